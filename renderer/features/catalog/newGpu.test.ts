import { describe, expect, it } from "vitest";
import { EMPTY_GPU_USER_EDITS, mergeGpus } from "../../../shared/catalog/gpuEdits";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { changedQuotes, editGpuQuote, quoteDraftOf, readGpuQuoteDraft, removeUserGpu } from "./gpuQuotes";
import { EMPTY_NEW_GPU, readNewGpu, type NewGpuDraft } from "./newGpu";

const rtx4090: GpuEntry = {
  id: "rtx-4090",
  label: "GeForce RTX 4090",
  vendor: "nvidia",
  segment: "consumer",
  vramGb: 24,
  unifiedMemory: false,
  memoryBandwidthGBps: 1008,
  boardPowerWatts: 450,
  purchaseUsd: { typical: 1599, note: "launch MSRP" },
  cloudUsdPerHour: { low: 0.34, high: 0.69 },
  sources: ["test"],
  readOn: "2026-12-03",
};

const filled = (overrides: Partial<NewGpuDraft> = {}): NewGpuDraft => ({
  ...EMPTY_NEW_GPU,
  label: "Radeon PRO W7900",
  vendor: "amd",
  segment: "workstation",
  vramGb: "48",
  memoryBandwidthGBps: "864",
  boardPowerWatts: "295",
  purchase: "$3,999",
  notes: "reseller quote",
  ...overrides,
});

describe("adding a GPU", () => {
  it("builds a dated entry with its figures and an entered-by-hand source", () => {
    expect(readNewGpu(filled(), [rtx4090], "2026-12-04")).toEqual({
      ok: true,
      gpu: {
        id: "user-radeon-pro-w7900",
        label: "Radeon PRO W7900",
        vendor: "amd",
        segment: "workstation",
        vramGb: 48,
        unifiedMemory: false,
        memoryBandwidthGBps: 864,
        boardPowerWatts: 295,
        purchaseUsd: { typical: 3999 },
        cloudUsdPerHour: null,
        notes: "reseller quote",
        sources: ["entered by hand"],
        readOn: "2026-12-04",
      },
    });
  });

  it("says what is wrong with every box at once, and what to type", () => {
    const read = readNewGpu({ ...EMPTY_NEW_GPU, vramGb: "0", memoryBandwidthGBps: "fast", cloud: "-1" }, [rtx4090], "2026-12-04");
    expect(read).toEqual({
      ok: false,
      errors: {
        label: "GPU name is required, e.g. GeForce RTX 4080 SUPER",
        vendor: "Choose who makes it (other when none fits)",
        segment: "Choose consumer, workstation or datacenter",
        vramGb: "VRAM must be a number > 0 (GB)",
        memoryBandwidthGBps: "Memory bandwidth must be a number > 0 (GB/s, from the spec sheet)",
        cloud: "Cloud price must be a number ≥ 0 (USD per GPU-hour), or leave it empty when there is none",
      },
    });
    expect(readNewGpu(filled({ memoryBandwidthGBps: "" }), [], "2026-12-04")).toMatchObject({
      ok: false,
      errors: { memoryBandwidthGBps: "Memory bandwidth is required: enter GB/s, from the spec sheet, e.g. 1008" },
    });
  });

  it("refuses a GPU already in the catalog and points to its row", () => {
    expect(readNewGpu(filled({ label: "geforce rtx 4090" }), [rtx4090], "2026-12-04")).toMatchObject({
      ok: false,
      errors: { label: '"GeForce RTX 4090" is already in the catalog: record your quote in its row instead' },
    });
  });
});

describe("quoting a GPU", () => {
  it("starts from the shipped figures and keeps only what the user changed", () => {
    const draft = quoteDraftOf(rtx4090);
    expect(draft).toEqual({ purchase: "1599", cloud: "0.515" });
    const unchanged = readGpuQuoteDraft(draft);
    if (!unchanged.ok) throw new Error("expected a quote");
    expect(changedQuotes(rtx4090, unchanged.quote)).toEqual({});
    const quoted = readGpuQuoteDraft({ ...draft, purchase: "1,850" });
    if (!quoted.ok) throw new Error("expected a quote");
    expect(changedQuotes(rtx4090, quoted.quote)).toEqual({ purchaseUsd: { typical: 1850 } });
    expect(changedQuotes(rtx4090, { ...quoted.quote, cloudUsdPerHour: null })).toEqual({ purchaseUsd: { typical: 1850 }, cloudUsdPerHour: null });
    expect(readGpuQuoteDraft({ purchase: "lots", cloud: "" })).toEqual({
      ok: false,
      errors: { purchase: "Purchase price must be a number ≥ 0 (USD per GPU), or leave it empty when there is none" },
    });
  });

  it("records a dated quote on a shipped GPU and deletes an added one", () => {
    const added = readNewGpu(filled(), [rtx4090], "2026-12-04");
    if (!added.ok) throw new Error("expected a GPU");
    let edits = { ...EMPTY_GPU_USER_EDITS, added: [added.gpu] };
    const [shipped] = mergeGpus([rtx4090], edits).entries;
    edits = editGpuQuote(edits, shipped, { purchaseUsd: { typical: 1850 } }, "2026-12-05");
    const merged = mergeGpus([rtx4090], edits).entries;
    expect(merged[0]).toMatchObject({ origin: "edited", purchaseUsd: { typical: 1850 }, priceDates: { purchaseUsd: "2026-12-05", cloudUsdPerHour: "2026-12-03" } });
    expect(mergeGpus([rtx4090], removeUserGpu(edits, added.gpu.id)).entries.map((gpu) => gpu.id)).toEqual(["rtx-4090"]);
  });
});
