import type { HandlerMap } from "./dispatch";
import { describeSystem } from "../services/hardware/describeSystem";

export const systemHandlers: HandlerMap<"system.describe"> = {
  "system.describe": () => describeSystem(),
};
