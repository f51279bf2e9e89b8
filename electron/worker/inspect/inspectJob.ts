// models.inspect in the worker: header only (milliseconds even for a 7B file), then estimates.
import { basename } from "node:path";
import { GgufInsights, readGgufFileInfo, type GgufFileInfo } from "node-llama-cpp";
import { ApiFailure } from "../../../shared/api/errors";
import type { InspectParams, ModelInspection } from "../../../shared/models/inspection";
import type { JobContext } from "../jobs";
import { loadLlama } from "../llama/loadLlama";
import { describeGguf } from "./describeGguf";
import { deviceFits, estimateMemory } from "./estimateMemory";
import { checkGgufPrefix, checkTensorExtents, statModelFile } from "./ggufFileChecks";

const DEFAULT_CONTEXT = 4096;
/** The tokenizer's big arrays (150k+ strings on a 7B model) are not needed to inspect or benchmark. */
const SKIPPED_KEYS = ["tokenizer.ggml.tokens", "tokenizer.ggml.scores", "tokenizer.ggml.token_type", "tokenizer.ggml.merges"];
const ALL_LAYERS = 999;

/** Validated header of a model file, and how long reading it took. */
export async function readModelHeader(path: string, signal?: AbortSignal): Promise<{ info: GgufFileInfo; fileSizeBytes: number; headerReadMs: number }> {
  const fileSizeBytes = await statModelFile(path);
  await checkGgufPrefix(path, fileSizeBytes);
  const started = performance.now();
  let info: GgufFileInfo;
  try {
    info = await readGgufFileInfo(path, { sourceType: "filesystem", logWarnings: false, ignoreKeys: SKIPPED_KEYS, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiFailure("MODEL_INVALID", `The GGUF header of ${basename(path)} could not be read (${detail}). The file is probably truncated or corrupt: download or create it again.`);
  }
  const headerReadMs = performance.now() - started;
  checkTensorExtents(path, info, fileSizeBytes);
  return { info, fileSizeBytes, headerReadMs };
}

export async function inspectModel(input: InspectParams & { maxThreads: number }, context: JobContext): Promise<ModelInspection> {
  const { info, fileSizeBytes, headerReadMs } = await readModelHeader(input.path, context.signal);
  const shape = describeGguf(input.path, info);
  const { llama } = await loadLlama(input.maxThreads);
  try {
    const insights = await GgufInsights.from(info, llama);
    const contextSize = input.contextSize ?? DEFAULT_CONTEXT;
    const estimate = await estimateMemory(llama, insights, { gpuLayers: input.gpuLayers ?? ALL_LAYERS, contextSize });
    return {
      path: input.path,
      fileSizeBytes,
      headerReadMs,
      parameterCount: insights.totalParameters,
      ...shape,
      estimate: { ...estimate, contextSize, fits: await deviceFits(llama, estimate) },
    };
  } finally {
    await llama.dispose();
  }
}
