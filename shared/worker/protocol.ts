// Messages between the main process and a model worker. One worker process runs one job and
// exits, so a native crash or leak can never outlive the job that caused it.
import type { ApiError } from "../api/errors";
import type { BackendProbe } from "../api/system";

export type BackendReport = { backends: BackendProbe[]; nodeLlamaCppVersion: string; llamaCppRelease: string | null };

export type WorkerJobs = {
  probeBackends: { input: { maxThreads: number }; output: BackendReport; progress: BackendProbe };
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
