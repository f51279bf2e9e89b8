// models.inspect: the header is read in a worker process, so a corrupt file that makes the parser
// spin or allocate wildly costs a worker, never the app; a time limit ends that case too.
import { ApiFailure } from "../../../../shared/api/errors";
import type { InspectParams, ModelInspection } from "../../../../shared/models/inspection";
import { checkGgufPrefix, statModelFile } from "../../../worker/inspect/ggufFileChecks";
import { runWorkerJob } from "../../worker/runWorkerJob";
import { physicalCores } from "../hardware/physicalCores";
import { HEADER_TIME_LIMIT_MS, headerTooSlow } from "./headerTimeLimit";
import { resolveModelPath } from "./resolveModelPath";

function optionalInt(value: unknown, name: string, min: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) throw new ApiFailure("BAD_REQUEST", `${name} must be a whole number of at least ${min}; got ${JSON.stringify(value)}.`);
  return value;
}

/** The cheap checks (exists, is a file, starts like a GGUF) without starting a worker; returns the file's size. */
export async function checkModelFile(path: string): Promise<number> {
  const sizeBytes = await statModelFile(path);
  await checkGgufPrefix(path, sizeBytes);
  return sizeBytes;
}

export async function inspectModelFile(params: InspectParams): Promise<ModelInspection> {
  if (typeof params?.path !== "string" || params.path.trim() === "") throw new ApiFailure("BAD_REQUEST", "path is required: the full path of a .gguf model file.");
  const gpuLayers = optionalInt(params.gpuLayers, "gpuLayers", 0);
  const contextSize = optionalInt(params.contextSize, "contextSize", 1);
  const path = resolveModelPath(params.path);
  await checkModelFile(path);
  const signal = AbortSignal.timeout(HEADER_TIME_LIMIT_MS);
  try {
    return await runWorkerJob(
      "inspect",
      { path, maxThreads: await physicalCores(), ...(gpuLayers !== undefined ? { gpuLayers } : {}), ...(contextSize !== undefined ? { contextSize } : {}) },
      { signal },
    );
  } catch (error) {
    if (signal.aborted) throw headerTooSlow(path);
    throw error;
  }
}
