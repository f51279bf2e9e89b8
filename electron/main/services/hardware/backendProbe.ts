import { ApiFailure } from "../../../../shared/api/errors";
import type { BackendReport } from "../../../../shared/worker/protocol";
import { runWorkerJob } from "../../worker/runWorkerJob";
import { physicalCores } from "./physicalCores";

/** Loading CUDA's libraries takes seconds; a probe still busy after this is stuck (a hung driver). */
export const PROBE_TIMEOUT_MS = 60_000;

export type ProbeOptions = {
  /** Defaults to PROBE_TIMEOUT_MS. */
  timeoutMs?: number;
};

/** Runs the probe in a worker, since it loads native binaries; a stuck one is stopped with a reason. */
export async function probeBackends(options: ProbeOptions = {}): Promise<BackendReport> {
  const timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await runWorkerJob("probeBackends", { maxThreads: await physicalCores() }, { signal });
  } catch (error) {
    if (!signal.aborted) throw error;
    throw new ApiFailure("UNAVAILABLE", `Checking which backends load took longer than ${timeoutMs / 1000} s, so it was stopped.`);
  }
}

let cached: Promise<BackendReport> | null = null;

/**
 * Once per app launch, since every benchmark's report describes the system too; `refresh` probes
 * again (a driver installed since). A failure is not kept, so the next call tries again.
 */
export function probeBackendsCached(options: { refresh?: boolean } = {}): Promise<BackendReport> {
  if (options.refresh) cached = null;
  const probe = (cached ??= probeBackends().catch((error: unknown) => {
    if (cached === probe) cached = null;
    throw error;
  }));
  return probe;
}
