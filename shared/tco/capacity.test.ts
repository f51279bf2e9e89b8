import { describe, expect, it } from "vitest";
import { computeOperatingPoint, findOperatingConcurrency, gpusNeededForPeak, peakGpuLoad } from "./capacity";
import { goldenBase } from "./goldenScenario.testdata";

const curve = [
  { parallelSequences: 1, generationTokensPerSecond: 100 },
  { parallelSequences: 2, generationTokensPerSecond: 190 },
  { parallelSequences: 4, generationTokensPerSecond: 340 },
  { parallelSequences: 8, generationTokensPerSecond: 480 },
];

describe("operating point", () => {
  it("takes the highest measured concurrency whose per-sequence speed meets the service level", () => {
    // Per sequence: 100, 95, 85, 60 tokens/s.
    expect(findOperatingConcurrency(curve, 60)?.parallelSequences).toBe(8);
    expect(findOperatingConcurrency(curve, 61)?.parallelSequences).toBe(4);
    expect(findOperatingConcurrency(curve, 100)?.parallelSequences).toBe(1);
    expect(findOperatingConcurrency([...curve].reverse(), 90)?.parallelSequences).toBe(2);
  });

  it("is undefined when not even one sequence meets the service level", () => {
    expect(findOperatingConcurrency(curve, 101)).toBeUndefined();
    expect(findOperatingConcurrency([], 1)).toBeUndefined();
  });

  it("charges each request its prefill plus its share of batched generation", () => {
    const scenario = goldenBase();
    // 1,000 / 10,000 + 500 / 1,250 = 0.5 GPU-seconds.
    expect(computeOperatingPoint(scenario.throughput, scenario.workload)?.gpuSecondsPerRequest).toBeCloseTo(0.5, 12);
  });
});

describe("GPUs for the peak", () => {
  it("rounds up, with room for the target utilization", () => {
    // 2,628,000 requests a month at a 2× peak = 2 requests/s × 0.5 s = 1 busy GPU; at 50% utilization 2 GPUs.
    expect(peakGpuLoad(2_628_000, 2, 0.5)).toBeCloseTo(1, 12);
    expect(gpusNeededForPeak(1, 0.5)).toBe(2);
    expect(gpusNeededForPeak(1.01, 0.5)).toBe(3);
    expect(gpusNeededForPeak(0, 0.5)).toBe(0);
  });

  it("does not buy a GPU for floating-point noise", () => {
    expect(gpusNeededForPeak(0.1 + 0.2 - 0.3 + 2, 1)).toBe(2);
    expect(gpusNeededForPeak(2.0000000000000004, 1)).toBe(2);
  });
});
