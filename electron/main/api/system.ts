import type { HandlerMap } from "./dispatch";
import { describeSystem } from "../services/hardware/describeSystem";

export const systemHandlers: HandlerMap<"system.describe"> = {
  // params come off the wire: anything but an explicit true keeps the cached probe.
  "system.describe": (params) => describeSystem({ refresh: params?.refresh === true }),
};
