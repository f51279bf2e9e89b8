import { describe, expect, it } from "vitest";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { describeUsdFigure, filterGpus, NO_GPU_FILTER } from "./gpuFormat";

const gpu = (id: string, vendor: GpuEntry["vendor"], segment: GpuEntry["segment"]): GpuEntry => ({
  id,
  label: id.toUpperCase(),
  vendor,
  segment,
  vramGb: 24,
  unifiedMemory: false,
  memoryBandwidthGBps: 1000,
  boardPowerWatts: 300,
  purchaseUsd: null,
  cloudUsdPerHour: null,
  sources: ["test"],
  readOn: "2026-12-03",
});

describe("GPU catalog display", () => {
  it("shows a typical price with its range, or the range alone", () => {
    expect(describeUsdFigure({ typical: 0.39, low: 0.22, high: 0.39, note: "RunPod" })).toEqual({ main: "$0.39", range: "$0.22–$0.39", note: "RunPod" });
    expect(describeUsdFigure({ low: 25000, high: 30000 })).toEqual({ main: "$25,000–$30,000", range: null, note: null });
    expect(describeUsdFigure(null).main).toBe("—");
  });

  it("filters by segment, vendor and name", () => {
    const gpus = [gpu("rtx-4090", "nvidia", "consumer"), gpu("mi300x", "amd", "datacenter"), gpu("h100-sxm", "nvidia", "datacenter")];
    expect(filterGpus(gpus, { ...NO_GPU_FILTER, segment: "datacenter", vendor: "nvidia" }).map((entry) => entry.id)).toEqual(["h100-sxm"]);
    expect(filterGpus(gpus, { ...NO_GPU_FILTER, search: "MI300" }).map((entry) => entry.id)).toEqual(["mi300x"]);
  });
});
