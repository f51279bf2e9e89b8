// models.inspect: the header is read in a worker process, so a corrupt file that makes the parser
// spin or allocate wildly costs a worker, never the app; a time limit ends that case too.
import { ApiFailure } from "../../../../shared/api/errors";
import type { InspectParams, ModelInspection } from "../../../../shared/models/inspection";
import { checkGgufPrefix, statModelFile } from "../../../worker/inspect/ggufFileChecks";
import { runWorkerJob } from "../../worker/runWorkerJob";
import { physicalCores } from "../hardware/physicalCores";
import { resolveModelPath } from "./resolveModelPath";

const TIME_LIMIT_MS = 30_000;

function optionalInt(value: unknown, name: string, min: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) throw new ApiFailure("BAD_REQUEST", `${name} must be a whole number of at least ${min}; got ${JSON.stringify(value)}.`);
  return value;
}

/** The cheap checks (exists, is a file, starts like a GGUF) without starting a worker. */
export async function checkModelFile(path: string): Promise<void> {
  await checkGgufPrefix(path, await statModelFile(path));
}

export async function inspectModelFile(params: InspectParams): Promise<ModelInspection> {
  if (typeof params?.path !== "string" || params.path.trim() === "") throw new ApiFailure("BAD_REQUEST", "path is required: the full path of a .gguf model file.");
  const gpuLayers = optionalInt(params.gpuLayers, "gpuLayers", 0);
  const contextSize = optionalInt(params.contextSize, "contextSize", 1);
  const path = resolveModelPath(params.path);
  await checkModelFile(path);
  const signal = AbortSignal.timeout(TIME_LIMIT_MS);
  try {
    return await runWorkerJob(
      "inspect",
      { path, maxThreads: await physicalCores(), ...(gpuLayers !== undefined ? { gpuLayers } : {}), ...(contextSize !== undefined ? { contextSize } : {}) },
      { signal },
    );
  } catch (error) {
    if (signal.aborted) {
      throw new ApiFailure("MODEL_INVALID", `Reading the header of ${path} took longer than ${TIME_LIMIT_MS / 1000} s, so it was stopped: the header is probably corrupt (it claims far more metadata than a model has).`);
    }
    throw error;
  }
}
