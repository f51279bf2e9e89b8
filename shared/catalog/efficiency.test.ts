import { describe, expect, it } from "vitest";
import {
  cloudUsdPerMillionTokens,
  gpuEfficiency,
  tokensPerCloudUsd,
  tokensPerSecondPerUsd,
  tokensPerSecondPerWatt,
} from "./efficiency";
import type { GpuEntry } from "./gpus";
import { measuredThroughput, projectThroughput } from "./projection";

const rtx4090: GpuEntry = {
  id: "rtx-4090",
  label: "GeForce RTX 4090",
  vendor: "nvidia",
  segment: "consumer",
  vramGb: 24,
  unifiedMemory: false,
  memoryBandwidthGBps: 1008,
  boardPowerWatts: 450,
  purchaseUsd: { typical: 1599, note: "Launch MSRP" },
  cloudUsdPerHour: { low: 0.34, high: 0.74 },
  sources: ["test"],
  readOn: "2026-12-03",
};

describe("efficiency helpers", () => {
  it("divide by power and price, and return null when unknown", () => {
    expect(tokensPerSecondPerWatt(130, 450)).toBeCloseTo(0.2889, 4);
    expect(tokensPerSecondPerWatt(130, null)).toBeNull();
    expect(tokensPerSecondPerUsd(130, 1599)).toBeCloseTo(0.0813, 4);
    expect(tokensPerSecondPerUsd(130, 0)).toBeNull();
    expect(tokensPerCloudUsd(100, 0.5)).toBe(720_000);
  });

  it("prices cloud tokens as in the reference: $1.50/h at 2000 t/s ≈ $0.21 per 1M", () => {
    expect(cloudUsdPerMillionTokens(2000, 1.5)).toBeCloseTo(0.2083, 4);
    expect(cloudUsdPerMillionTokens(0, 1.5)).toBeNull();
  });
});

describe("gpuEfficiency", () => {
  it("uses board power, the typical price and the middle of a cloud range", () => {
    const figure = measuredThroughput(130, { kind: "gpu", label: "RTX 4090", memoryBandwidthGBps: 1008 });
    const row = gpuEfficiency(rtx4090, figure);
    expect(row).toMatchObject({ powerWatts: 450, powerBasis: "board power" });
    expect(row.tokensPerSecondPerThousandUsd).toBeCloseTo(81.3, 1);
    // Cloud $/h taken as (0.34 + 0.74) / 2 = 0.54.
    expect(row.cloudUsdPerMillionTokens).toBeCloseTo(0.54 / (130 * 3600) * 1e6, 10);
  });

  it("prefers measured power and keeps a projected figure labelled", () => {
    const measured = measuredThroughput(100, { kind: "gpu", label: "here", memoryBandwidthGBps: 504 });
    const projected = projectThroughput(measured, rtx4090, { modelSizeBytes: 4.683e9 });
    const row = gpuEfficiency(rtx4090, projected, 300);
    expect(row.figure.kind).toBe("projected");
    expect(row).toMatchObject({ powerWatts: 300, powerBasis: "measured" });
    expect(row.tokensPerSecondPerWatt).toBeCloseTo(200 / 300, 10);
  });

  it("leaves unknowns null", () => {
    const bare = { ...rtx4090, boardPowerWatts: null, purchaseUsd: null, cloudUsdPerHour: null };
    const row = gpuEfficiency(bare, measuredThroughput(50, { kind: "gpu", label: "x", memoryBandwidthGBps: 100 }));
    expect(row).toMatchObject({
      powerBasis: "unknown",
      tokensPerSecondPerWatt: null,
      tokensPerSecondPerThousandUsd: null,
      tokensPerCloudUsd: null,
      cloudUsdPerMillionTokens: null,
    });
  });
});
