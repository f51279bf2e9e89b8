/**
 * Tiny synthetic models for tests anywhere in the project: a real GGUF file that node-llama-cpp
 * loads and generates with in milliseconds, made on demand instead of committed or downloaded.
 */
import { rename, stat } from "node:fs/promises";
import { join } from "node:path";
import { synthGeneratorVersion } from "../../shared/synth/metadata";
import type { SynthQuant } from "../../shared/synth/quantRecipe";
import { buildSynthLayout } from "../../shared/synth/tensorLayout";
import { createSyntheticModel } from "./writeSyntheticModel";

const inFlight = new Map<string, Promise<string>>();

async function hasSize(path: string, sizeBytes: number): Promise<boolean> {
  try {
    return (await stat(path)).size === sizeBytes;
  } catch {
    return false;
  }
}

/**
 * Returns the path of the `tiny` preset written in `dir` at `quant` (defaults to Q4_K_M),
 * writing it only when no complete file of this generator version is already there.
 */
export async function makeTinyModel(dir: string, quant: SynthQuant = "Q4_K_M"): Promise<string> {
  const path = join(dir, `breakeven-synth-tiny-${quant}-v${synthGeneratorVersion}.gguf`);
  const existing = inFlight.get(path);
  if (existing !== undefined) return existing;
  const making = (async () => {
    if (await hasSize(path, buildSynthLayout("tiny", quant).totalFileBytes)) return path;
    // A per-process name keeps test workers that share `dir` from writing one partial file;
    // createSyntheticModel's rename makes the final file appear atomically.
    const result = await createSyntheticModel({ preset: "tiny", quant, path: `${path}.${process.pid}.tmp` });
    await rename(result.path, path);
    return path;
  })();
  inFlight.set(path, making);
  try {
    return await making;
  } finally {
    inFlight.delete(path);
  }
}
