import { describe, expect, it } from "vitest";
import {
  describeThroughput,
  measuredThroughput,
  projectThroughput,
  rooflineShare,
  rooflineTokensPerSecond,
  type ThroughputFigure,
} from "./projection";

const GB = 1e9;
// Published Q4_K_M file size of DeepSeek-R1-Distill-Qwen-7B (reference-data.md).
const DISTILL_7B_Q4_BYTES = 4_683_073_184;

const onThisGpu = measuredThroughput(100, { kind: "gpu", label: "this GPU", memoryBandwidthGBps: 1000 });
const bigGpu = { label: "big GPU", memoryBandwidthGBps: 2000, vramGb: 24 };

describe("projectThroughput", () => {
  it("scales by the memory-bandwidth ratio: 100 t/s at 1000 GB/s → 200 t/s at 2000 GB/s", () => {
    const projected = projectThroughput(onThisGpu, bigGpu, { modelSizeBytes: DISTILL_7B_Q4_BYTES });
    expect(projected.kind).toBe("projected");
    expect(projected.tokensPerSecond).toBeCloseTo(200, 10);
    expect(projected.bandwidthRatio).toBe(2);
    expect(projected.cappedByRoofline).toBe(false);
    // Roofline: 2000e9 B/s ÷ 4.683e9 B per token ≈ 427.1 t/s.
    expect(projected.rooflineTokensPerSecond).toBeCloseTo(427.07, 2);
    expect(projected.basis).toBe(
      "Projected from 100.0 t/s measured on this GPU (1000 GB/s memory bandwidth), scaled by the memory-bandwidth ratio ×2.00 to big GPU (2000 GB/s), because generating a token at batch 1 reads every weight once and is bound by memory bandwidth.",
    );
    expect(projected.caveat).toMatch(/^An upper estimate/);
  });

  it("caps at the roofline: bandwidth ÷ bytes read per token", () => {
    // 10 GB read per token: 2000 GB/s can give at most 200 t/s, whatever the ratio says (150 × 2 = 300).
    const fast = measuredThroughput(150, { kind: "gpu", label: "this GPU", memoryBandwidthGBps: 1000 });
    const projected = projectThroughput(fast, bigGpu, { modelSizeBytes: 8 * GB, kvBytesReadPerToken: 2 * GB });
    expect(projected.tokensPerSecond).toBeCloseTo(200, 10);
    expect(projected.cappedByRoofline).toBe(true);
    expect(projected.basis).toContain("capped at the roofline bound of 200.0 t/s (bandwidth ÷ 10.0 GB read per token)");
  });

  it("checks VRAM fit with the KV/context allowance", () => {
    const fits = projectThroughput(onThisGpu, bigGpu, { modelSizeBytes: 4.7 * GB, kvAllowanceBytes: 0.5 * GB });
    expect(fits.fits).toBe(true);
    expect(fits.fitNote).toBe("Needs 5.2 GB (4.7 GB weights + 0.5 GB KV/context allowance) of 24.0 GB: fits with 18.8 GB to spare.");

    const small = { label: "small GPU", memoryBandwidthGBps: 300, vramGb: 8 };
    const tooBig = projectThroughput(onThisGpu, small, { modelSizeBytes: 7.5 * GB, kvAllowanceBytes: 1 * GB });
    expect(tooBig.fits).toBe(false);
    expect(tooBig.fitNote).toBe("Needs 8.5 GB (7.5 GB weights + 1.0 GB KV/context allowance) of 8.0 GB: does not fit, 0.5 GB short.");
    expect(tooBig.tokensPerSecond).toBeCloseTo(30, 10);
    expect(tooBig.caveat).toMatch(/^Scaling down assumes/);
  });

  it("counts only the usable share of unified memory", () => {
    const mac = { label: "Mac", memoryBandwidthGBps: 410, vramGb: 36, unifiedMemory: true };
    const projected = projectThroughput(onThisGpu, mac, { modelSizeBytes: 26 * GB, kvAllowanceBytes: 2 * GB });
    expect(projected.fits).toBe(false);
    expect(projected.fitNote).toContain("of 27.0 GB usable (75% of 36 GB unified memory): does not fit, 1.0 GB short.");
    const roomier = projectThroughput(onThisGpu, mac, { modelSizeBytes: 26 * GB, kvAllowanceBytes: 2 * GB, unifiedMemoryUsableFraction: 0.8 });
    expect(roomier.fits).toBe(true);
  });

  it("projects from a CPU run using the system RAM bandwidth", () => {
    const cpuRun = measuredThroughput(4, { kind: "cpu", label: "this CPU", systemRamBandwidthGBps: 50 });
    const projected = projectThroughput(cpuRun, { label: "RTX 4090", memoryBandwidthGBps: 1008, vramGb: 24 }, { modelSizeBytes: DISTILL_7B_Q4_BYTES });
    expect(projected.tokensPerSecond).toBeCloseTo(80.64, 10);
    expect(projected.basis).toContain("measured on this CPU (50 GB/s system RAM bandwidth)");
    expect(projected.caveat).toContain("Measured on CPU");
  });

  it("refuses nonsense inputs", () => {
    expect(() => projectThroughput(onThisGpu, { ...bigGpu, memoryBandwidthGBps: 0 }, { modelSizeBytes: GB })).toThrow(RangeError);
    expect(() => projectThroughput(onThisGpu, bigGpu, { modelSizeBytes: -1 })).toThrow(/modelSizeBytes must be a number > 0/);
    expect(() => measuredThroughput(10, { kind: "cpu", label: "cpu", systemRamBandwidthGBps: 0 })).toThrow(RangeError);
  });
});

describe("roofline helpers", () => {
  it("reproduces the RTX 4080 figure from the llama-bench README: 119.9 t/s ≈ 78% of the bound", () => {
    // 717 GB/s ÷ 4.683 GB ≈ 153.1 t/s; 119.9 ÷ 153.1 ≈ 0.78.
    expect(rooflineTokensPerSecond(717, DISTILL_7B_Q4_BYTES)).toBeCloseTo(153.1, 1);
    const run = measuredThroughput(119.9, { kind: "gpu", label: "RTX 4080", memoryBandwidthGBps: 717 });
    expect(rooflineShare(run, DISTILL_7B_Q4_BYTES)).toBeCloseTo(0.78, 2);
  });
});

describe("ThroughputFigure", () => {
  it("always says which kind a figure is", () => {
    const figures: ThroughputFigure[] = [onThisGpu, projectThroughput(onThisGpu, bigGpu, { modelSizeBytes: DISTILL_7B_Q4_BYTES })];
    expect(figures.map(describeThroughput)).toEqual(["100.0 t/s (measured)", "200.0 t/s (projected)"]);
  });
});
