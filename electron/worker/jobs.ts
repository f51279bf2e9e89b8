import type { JobInput, JobOutput, WorkerJobName } from "../../shared/worker/protocol";
import { runBench } from "./bench/runBench";
import { inspectModel } from "./inspect/inspectJob";
import { probeBackends } from "./probeBackends";
import { synthJob } from "./synthJob";

export type JobContext = {
  signal: AbortSignal;
  progress(payload: unknown): void;
};

type JobTable = { [J in WorkerJobName]: (input: JobInput<J>, context: JobContext) => Promise<JobOutput<J>> };

export const jobs: JobTable = {
  probeBackends,
  inspect: inspectModel,
  bench: runBench,
  synth: synthJob,
};
