import os from "node:os";
import si from "systeminformation";

/**
 * Cores llama.cpp may use: physical ones (not hardware threads), and never more than this process
 * may run on, since a container or cpuset can allow fewer CPUs than the host has cores.
 */
export function usableCores(reported: { physicalCores?: number; cores?: number }, availableCpus: number): number {
  const physical = reported.physicalCores || reported.cores || availableCpus;
  return Math.max(1, Math.min(physical, availableCpus));
}

let cached: Promise<number> | null = null;

/**
 * Physical CPU cores this process can use: the most threads llama.cpp should ever get. More
 * makes its spinning worker threads fight over cores and runs many times slower.
 */
export function physicalCores(): Promise<number> {
  cached ??= si
    .cpu()
    .catch(() => ({}))
    .then((cpu) => usableCores(cpu, os.availableParallelism()));
  return cached;
}
