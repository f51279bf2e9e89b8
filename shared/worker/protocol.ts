// Messages between the main process and a model worker. One worker process runs one job and
// exits, so a native crash or leak can never outlive the job that caused it.
import type { ApiError } from "../api/errors";
import type { BackendProbe } from "../api/system";
import type { SynthCreateResult } from "../api/synth";
import type { BenchJobEvent, BenchJobInput, BenchJobOutput } from "../bench/job";
import type { InspectParams, ModelInspection } from "../models/inspection";

export type BackendReport = { backends: BackendProbe[]; nodeLlamaCppVersion: string; llamaCppRelease: string | null };

export type WorkerJobs = {
  probeBackends: { input: { maxThreads: number }; output: BackendReport; progress: BackendProbe };
  /** Reads a GGUF header (never the tensor data) and estimates memory per device. */
  inspect: { input: InspectParams & { maxThreads: number }; output: ModelInspection; progress: never };
  /** A whole benchmark sweep: one model load per GPU-layer count, one context per test. */
  bench: { input: BenchJobInput; output: BenchJobOutput; progress: BenchJobEvent };
  /** Writes a synthetic GGUF model. */
  synth: {
    input: { preset: string; quant: string; path: string };
    output: Omit<SynthCreateResult, "preset" | "quant">;
    progress: { bytesWritten: number; totalBytes: number };
  };
};

export type WorkerJobName = keyof WorkerJobs;
export type JobInput<J extends WorkerJobName> = WorkerJobs[J]["input"];
export type JobOutput<J extends WorkerJobName> = WorkerJobs[J]["output"];
export type JobProgress<J extends WorkerJobName> = WorkerJobs[J]["progress"];

export type ParentToWorker =
  | { type: "run"; job: WorkerJobName; input: unknown }
  | { type: "cancel" };

export type WorkerToParent =
  | { type: "ready"; pid: number }
  | { type: "progress"; payload: unknown }
  | { type: "result"; value: unknown }
  | { type: "error"; error: ApiError };
