// Finds a run's GPU in the catalog by name, so its memory bandwidth, price and board power can be
// used without the user typing them. Drivers and catalogs spell names differently ("NVIDIA GeForce
// RTX 4090" vs "GeForce RTX 4090", "A100-SXM4-80GB" vs "A100 80GB SXM"), so names are compared as
// sets of words; when more than one entry fits equally well the match is refused rather than guessed.
import type { GpuEntry } from "./gpus";

// Brand words carry no model information and differ between drivers and catalogs.
const NOISE = new Set(["nvidia", "geforce", "amd", "radeon", "instinct", "apple", "intel", "generation", "graphics", "gpu"]);

function words(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ") // "(SXM)", "(16 GB)": catalog notes, not part of the device's own name
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !NOISE.has(word));
}

/** A form-factor word followed by a generation number ("sxm" in "sxm4"), never "l4" in "l40s". */
function isNumberedVariant(candidate: string, word: string): boolean {
  return candidate.startsWith(word) && /[a-z]$/.test(word) && /^\d+$/.test(candidate.slice(word.length));
}

/** Every word of the catalog label appears in the device name. */
function covers(deviceWords: string[], labelWords: string[]): boolean {
  return labelWords.length > 0 && labelWords.every((word) => deviceWords.some((candidate) => candidate === word || isNumberedVariant(candidate, word)));
}

export type GpuMatch = { kind: "matched"; gpu: GpuEntry } | { kind: "ambiguous"; candidates: GpuEntry[] } | { kind: "none" };

export function matchCatalogGpu(deviceName: string, gpus: readonly GpuEntry[]): GpuMatch {
  const deviceWords = words(deviceName);
  const hits = gpus.filter((gpu) => covers(deviceWords, words(gpu.label)));
  if (hits.length === 0) return { kind: "none" };
  // The entry naming the most words is the most specific: "H100 SXM" over "H100" if both were listed.
  const most = Math.max(...hits.map((gpu) => words(gpu.label).length));
  const best = hits.filter((gpu) => words(gpu.label).length === most);
  return best.length === 1 ? { kind: "matched", gpu: best[0] } : { kind: "ambiguous", candidates: best };
}
