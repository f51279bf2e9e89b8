import type { HandlerMap } from "./dispatch";
import { benchRuns, runBenchmark } from "../services/bench/runBenchmark";

export const benchHandlers: HandlerMap<"bench.run" | "bench.cancel"> = {
  "bench.run": (params, context) => runBenchmark(params?.runId, params?.spec, { emit: (payload) => context.emit("bench.progress", payload) }),
  "bench.cancel": async (params) => ({ cancelled: benchRuns.cancel(params?.runId) }),
};
