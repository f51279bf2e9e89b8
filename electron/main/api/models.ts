import type { HandlerMap } from "./dispatch";
import { inspectModelFile } from "../services/models/inspectModelFile";

export const modelsHandlers: HandlerMap<"models.inspect"> = {
  "models.inspect": (params) => inspectModelFile(params),
};
