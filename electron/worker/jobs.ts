import type { JobInput, JobOutput, WorkerJobName } from "../../shared/worker/protocol";
import { probeBackends } from "./probeBackends";

export type JobContext = {
  signal: AbortSignal;
  progress(payload: unknown): void;
};

type JobTable = { [J in WorkerJobName]: (input: JobInput<J>, context: JobContext) => Promise<JobOutput<J>> };

export const jobs: JobTable = {
  probeBackends,
};
