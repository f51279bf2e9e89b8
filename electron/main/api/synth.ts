import type { HandlerMap } from "./dispatch";
import { createSynthModel, listSynthPresets, synthJobs } from "../services/synth/synthModels";

export const synthHandlers: HandlerMap<"synth.presets" | "synth.create" | "synth.cancel"> = {
  "synth.presets": async () => listSynthPresets(),
  "synth.create": (params, context) => createSynthModel(params, (payload) => context.emit("synth.progress", payload)),
  "synth.cancel": async (params) => ({ cancelled: synthJobs.cancel(params?.jobId) }),
};
