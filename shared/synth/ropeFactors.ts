import { headDimension, type SynthPreset } from "./presets";

/**
 * The contents of Llama 3.1's `rope_freqs.weight`: per-frequency divisors that stretch the low
 * frequencies for long context. Computed as convert_hf_to_gguf.py does, because unlike the
 * weights these values change how attention behaves, so random numbers would not be faithful.
 */
export function llama3RopeFactors(preset: SynthPreset): number[] {
  const scaling = preset.ropeScaling;
  const dimension = headDimension(preset);
  if (scaling === undefined) return new Array<number>(dimension / 2).fill(1);
  const lowFreqWavelength = scaling.originalContextLength / scaling.lowFreqFactor;
  const highFreqWavelength = scaling.originalContextLength / scaling.highFreqFactor;
  const factors: number[] = [];
  for (let i = 0; i < dimension; i += 2) {
    const frequency = 1 / preset.ropeFreqBase ** (i / dimension);
    const wavelength = (2 * Math.PI) / frequency;
    if (wavelength < highFreqWavelength) {
      factors.push(1);
    } else if (wavelength > lowFreqWavelength) {
      factors.push(scaling.factor);
    } else {
      const smooth =
        (scaling.originalContextLength / wavelength - scaling.lowFreqFactor) /
        (scaling.highFreqFactor - scaling.lowFreqFactor);
      factors.push(1 / ((1 - smooth) / scaling.factor + smooth));
    }
  }
  return factors;
}
