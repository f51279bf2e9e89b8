// synth.presets and synth.create: synthetic GGUF models written by a worker process, with
// progress events, cancellation, and refusals (existing file, full disk) before any byte is written.
import { rm, stat, statfs } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ApiEvents } from "../../../../shared/api/contract";
import { ApiFailure } from "../../../../shared/api/errors";
import type { SynthCreateParams, SynthCreateResult, SynthPresetsResult } from "../../../../shared/api/synth";
import { getSynthPreset, isSynthPresetId, synthPresets } from "../../../../shared/synth/presets";
import { isSynthQuant, synthQuants } from "../../../../shared/synth/quantRecipe";
import { buildSynthLayout } from "../../../../shared/synth/tensorLayout";
import { runWorkerJob } from "../../worker/runWorkerJob";
import { createRunRegistry } from "../bench/runRegistry";
import { resolveModelPath } from "../models/resolveModelPath";

export const synthJobs = createRunRegistry("synthetic model", { exclusive: false });

let presetsCache: SynthPresetsResult | null = null;

export function listSynthPresets(): SynthPresetsResult {
  presetsCache ??= {
    presets: synthPresets.map((preset) => ({
      id: preset.id,
      label: preset.label,
      description: preset.description,
      basedOn: preset.basedOn ?? null,
      forTesting: preset.forTesting,
      sizes: synthQuants.map((quant) => ({ quant, bytes: buildSynthLayout(preset, quant).totalFileBytes })),
    })),
    quants: [...synthQuants],
    defaultDirectory: path.join(os.homedir(), "Breakeven", "models"),
  };
  return presetsCache;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Free bytes on the disk that would hold `file` (its nearest existing folder), or null if unknown. */
async function freeBytesFor(file: string): Promise<number | null> {
  let dir = path.dirname(file);
  while (!(await exists(dir))) {
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
  try {
    const info = await statfs(dir);
    return info.bavail * info.bsize;
  } catch {
    return null;
  }
}

export async function createSynthModel(params: SynthCreateParams, emit: (payload: ApiEvents["synth.progress"]) => void): Promise<SynthCreateResult> {
  const { jobId, preset, quant } = params ?? ({} as SynthCreateParams);
  if (typeof preset !== "string" || !isSynthPresetId(preset)) throw new ApiFailure("BAD_REQUEST", `Choose a synthetic model preset: ${synthPresets.map((p) => p.id).join(", ")}.`);
  if (typeof quant !== "string" || !isSynthQuant(quant)) throw new ApiFailure("BAD_REQUEST", `Choose a quantization: ${synthQuants.join(", ")}.`);
  if (typeof params.path !== "string" || params.path.trim() === "") throw new ApiFailure("BAD_REQUEST", "path is required: where to write the .gguf file.");
  const target = resolveModelPath(params.path);
  if (!target.toLowerCase().endsWith(".gguf")) throw new ApiFailure("BAD_REQUEST", `${target} should end in .gguf, so llama.cpp tools recognize it.`);
  if (!params.overwrite && (await exists(target))) throw new ApiFailure("BAD_REQUEST", `${target} already exists. Choose another file name, or allow replacing it.`);
  const sizeBytes = buildSynthLayout(getSynthPreset(preset), quant).totalFileBytes;
  const free = await freeBytesFor(target);
  if (free !== null && free < sizeBytes) {
    throw new ApiFailure("BAD_REQUEST", `${path.basename(target)} needs ${(sizeBytes / 1024 ** 3).toFixed(1)} GiB, but its disk has ${(free / 1024 ** 3).toFixed(1)} GiB free. Choose another folder or a smaller preset.`);
  }
  const controller = synthJobs.start(jobId);
  try {
    const result = await runWorkerJob(
      "synth",
      { preset, quant, path: target },
      { signal: controller.signal, onProgress: (progress) => emit({ jobId, ...progress }) },
    );
    return { ...result, preset, quant };
  } catch (error) {
    // A worker killed mid-write leaves its ".partial" file behind; the real name is never half-written.
    await rm(`${target}.partial`, { force: true }).catch(() => undefined);
    if (controller.signal.aborted) throw new ApiFailure("CANCELLED", `Writing ${path.basename(target)} was cancelled; nothing was left on disk.`);
    throw error;
  } finally {
    synthJobs.finish(jobId);
  }
}
