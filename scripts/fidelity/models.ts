// The fidelity check's models: synthetic files with real small-model shapes (a ~125M and a
// ~270M llama) in the two quantizations whose kernels matter most, Q4_K_M and Q8_0. Their
// weights are noise, but llama.cpp's work per token is exactly that of a real model this shape.
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { createSyntheticModel } from "../../electron/synth/writeSyntheticModel";
import { synthGeneratorVersion } from "../../shared/synth/metadata";
import type { SynthPresetId } from "../../shared/synth/presets";
import type { SynthQuant } from "../../shared/synth/quantRecipe";
import { buildSynthLayout } from "../../shared/synth/tensorLayout";

export type FidelityModel = { preset: SynthPresetId; quant: SynthQuant; path: string; sizeBytes: number; label: string };

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

/** Writes the models that are missing (a few seconds each); the generator version is in the name. */
export async function ensureFidelityModels(
  dir: string,
  presets: readonly SynthPresetId[],
  quants: readonly SynthQuant[],
  log: (line: string) => void,
): Promise<FidelityModel[]> {
  const models: FidelityModel[] = [];
  for (const preset of presets) {
    for (const quant of quants) {
      const path = join(dir, `${preset}-${quant}-v${synthGeneratorVersion}.gguf`);
      const expectedBytes = buildSynthLayout(preset, quant).totalFileBytes;
      if ((await sizeOf(path)) !== expectedBytes) {
        log(`models: writing ${path}`);
        await createSyntheticModel({ preset, quant, path });
      }
      models.push({ preset, quant, path, sizeBytes: expectedBytes, label: `${preset} ${quant}` });
    }
  }
  return models;
}
