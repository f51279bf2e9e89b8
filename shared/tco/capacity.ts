import type { ConcurrencyPoint, OperatingPoint, ThroughputInput, WorkloadInput } from "./types";
import { SECONDS_PER_MONTH } from "./units";

// A peak load of exactly 2.0 GPUs can come out of floating point as 2.0000000000000004; that must not buy a third GPU.
const CEIL_TOLERANCE = 1e-9;

/** The highest measured concurrency whose per-sequence generation speed still meets the service level. */
export function findOperatingConcurrency(
  curve: readonly ConcurrencyPoint[],
  minTokensPerSecondPerRequest: number,
): ConcurrencyPoint | undefined {
  let best: ConcurrencyPoint | undefined;
  for (const point of curve) {
    const meets = point.generationTokensPerSecond / point.parallelSequences >= minTokensPerSecondPerRequest;
    if (meets && (best === undefined || point.parallelSequences > best.parallelSequences)) best = point;
  }
  return best;
}

/** The fastest per-sequence speed anywhere on the curve: what a user must lower the service level to. */
export function fastestTokensPerSecondPerRequest(curve: readonly ConcurrencyPoint[]): number {
  let fastest = 0;
  for (const point of curve) fastest = Math.max(fastest, point.generationTokensPerSecond / point.parallelSequences);
  return fastest;
}

export function computeOperatingPoint(throughput: ThroughputInput, workload: WorkloadInput): OperatingPoint | undefined {
  const point = findOperatingConcurrency(throughput.concurrencyCurve, throughput.minTokensPerSecondPerRequest);
  if (point === undefined) return undefined;
  // Prefill and batched generation take turns on the GPU, so their times add up per request.
  const gpuSecondsPerRequest =
    workload.inputTokensPerRequest / throughput.promptTokensPerSecond +
    workload.outputTokensPerRequest / point.generationTokensPerSecond;
  return {
    parallelSequences: point.parallelSequences,
    generationTokensPerSecond: point.generationTokensPerSecond,
    tokensPerSecondPerRequest: point.generationTokensPerSecond / point.parallelSequences,
    gpuSecondsPerRequest,
  };
}

/** Busy GPUs during the month's peak: GPU-seconds of work arriving per second. */
export function peakGpuLoad(requestsPerMonth: number, peakToAverageRatio: number, gpuSecondsPerRequest: number): number {
  return ((requestsPerMonth * peakToAverageRatio) / SECONDS_PER_MONTH) * gpuSecondsPerRequest;
}

/** GPUs that carry the peak while staying at or under the target utilization, rounded up. */
export function gpusNeededForPeak(peakGpuLoadGpus: number, targetUtilizationShare: number): number {
  const exact = peakGpuLoadGpus / targetUtilizationShare;
  return exact <= 0 ? 0 : Math.ceil(exact - CEIL_TOLERANCE);
}
