import os from "node:os";
import type { BackendReport } from "../../../../shared/worker/protocol";
import { runWorkerJob } from "../../worker/runWorkerJob";

let cached: Promise<BackendReport> | null = null;

/** Probing loads native binaries, so it runs in a worker once per app launch. */
export function probeBackendsCached(): Promise<BackendReport> {
  cached ??= runWorkerJob("probeBackends", { maxThreads: physicalCoreGuess() }).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

function physicalCoreGuess(): number {
  return Math.max(1, os.availableParallelism());
}
