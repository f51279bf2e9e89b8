import { describe, expect, it } from "vitest";
import { DEFAULT_MEMORY_ALLOWANCE_GB, memoryAllowanceBytes, projectCurve, SCALED_CURVE_CAVEAT } from "./curveProjection";
import { measuredThroughput } from "./projection";

const measured = measuredThroughput(100, { kind: "gpu", label: "Card A", memoryBandwidthGBps: 1000 });
const curve = [
  { parallelSequences: 1, generationTokensPerSecond: 100, tag: "kept" },
  { parallelSequences: 4, generationTokensPerSecond: 300, tag: "kept" },
];

describe("projectCurve", () => {
  it("scales every point and the prompt speed by the batch-1 bandwidth ratio when the model fits", () => {
    // Card B has twice the bandwidth: 100 → 200 t/s; 4 GB weights at 2,000 GB/s allow 500 t/s, so no cap.
    const result = projectCurve({
      measured,
      target: { label: "Card B", memoryBandwidthGBps: 2000, vramGb: 24 },
      modelSizeBytes: 4e9,
      memoryAllowanceBytes: memoryAllowanceBytes(DEFAULT_MEMORY_ALLOWANCE_GB),
      curve,
      promptTokensPerSecond: 5000,
    });
    if (!result.fits) throw new Error(result.reason);
    expect(result.factor).toBe(2);
    expect(result.curve).toEqual([
      { parallelSequences: 1, generationTokensPerSecond: 200, tag: "kept" },
      { parallelSequences: 4, generationTokensPerSecond: 600, tag: "kept" },
    ]);
    expect(result.promptTokensPerSecond).toBe(10_000);
    expect(result.projection.kind).toBe("projected");
    expect(result.projection.caveat.endsWith(SCALED_CURVE_CAVEAT)).toBe(true);
  });

  it("refuses, with no curve, when weights plus allowance exceed the VRAM", () => {
    // 7.5 GB + 1 GB = 8.5 GB > 8 GB.
    const result = projectCurve({
      measured,
      target: { label: "Card C", memoryBandwidthGBps: 2000, vramGb: 8 },
      modelSizeBytes: 7.5e9,
      memoryAllowanceBytes: 1e9,
      curve,
      promptTokensPerSecond: null,
    });
    expect(result.fits).toBe(false);
    expect(result).not.toHaveProperty("curve");
    if (result.fits) return;
    expect(result.reason).toBe(
      "Card C cannot hold the model: it does not fit in 8 GB. Needs 8.5 GB (7.5 GB weights + 1.0 GB KV/context allowance) of 8.0 GB: does not fit, 0.5 GB short.",
    );
  });
});
