// Writes a synthetic GGUF model in the worker, so a 7B file's minutes of disk writing never
// block the app's main process, and cancelling stops it between write batches.
import { ApiFailure } from "../../shared/api/errors";
import { isSynthPresetId } from "../../shared/synth/presets";
import { isSynthQuant } from "../../shared/synth/quantRecipe";
import type { JobInput, JobOutput } from "../../shared/worker/protocol";
import { createSyntheticModel } from "../synth/writeSyntheticModel";
import type { JobContext } from "./jobs";

const PROGRESS_INTERVAL_MS = 100;

export async function synthJob(input: JobInput<"synth">, context: JobContext): Promise<JobOutput<"synth">> {
  if (!isSynthPresetId(input.preset)) throw new ApiFailure("BAD_REQUEST", `There is no synthetic model preset "${input.preset}".`);
  if (!isSynthQuant(input.quant)) throw new ApiFailure("BAD_REQUEST", `Synthetic models can be F16, Q8_0, Q4_0 or Q4_K_M, not "${input.quant}".`);
  let lastSentMs = 0;
  try {
    const result = await createSyntheticModel({
      preset: input.preset,
      quant: input.quant,
      path: input.path,
      signal: context.signal,
      onProgress(progress) {
        const now = performance.now();
        if (now - lastSentMs < PROGRESS_INTERVAL_MS && progress.bytesWritten < progress.totalBytes) return;
        lastSentMs = now;
        context.progress({ bytesWritten: progress.bytesWritten, totalBytes: progress.totalBytes });
      },
    });
    return { path: result.path, sizeBytes: result.sizeBytes, durationMs: result.durationMs, synthetic: true };
  } catch (error) {
    if (context.signal.aborted) throw new ApiFailure("CANCELLED", "Writing the synthetic model was cancelled; the partial file was removed.");
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOSPC") throw new ApiFailure("INTERNAL", `The disk is full: ${input.path} could not be written. Free some space or choose another folder.`);
    if (code === "EACCES" || code === "EPERM") throw new ApiFailure("BAD_REQUEST", `Breakeven may not write to ${input.path}: permission denied. Choose another folder.`);
    throw error;
  }
}
