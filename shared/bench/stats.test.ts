import { describe, expect, it } from "vitest";
import { mean, sampleStdDev, summarizeSamples } from "./stats";

describe("bench statistics", () => {
  it("computes the mean and the sample (n − 1) standard deviation", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(sampleStdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138, 3);
    expect(sampleStdDev([5])).toBe(0);
    expect(Number.isNaN(mean([]))).toBe(true);
  });

  it("turns nanosecond samples into llama-bench's tokens/s per sample, then averages the rates", () => {
    // 128 tokens in 1 s and in 0.5 s: 128 and 256 t/s, mean 192 (not 256 / 1.5 s = 170.7).
    const stats = summarizeSamples([1e9, 0.5e9], 128);
    expect(stats.samples_ts).toEqual([128, 256]);
    expect(stats.avg_ts).toBe(192);
    expect(stats.stddev_ts).toBeCloseTo(90.51, 2);
    expect(stats.avg_ns).toBe(750_000_000);
    expect(stats.samples_ns).toEqual([1_000_000_000, 500_000_000]);
  });
});
