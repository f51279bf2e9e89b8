import os from "node:os";
import si from "systeminformation";

let cached: Promise<number> | null = null;

/**
 * Physical CPU cores (not hardware threads): the most threads llama.cpp should ever get. More
 * makes its spinning worker threads fight over cores and runs many times slower.
 */
export function physicalCores(): Promise<number> {
  cached ??= si
    .cpu()
    .then((cpu) => cpu.physicalCores || cpu.cores || os.availableParallelism())
    .catch(() => os.availableParallelism())
    .then((count) => Math.max(1, count));
  return cached;
}
