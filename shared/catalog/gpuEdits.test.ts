import { describe, expect, it } from "vitest";
import {
  EMPTY_GPU_USER_EDITS,
  GPU_CATALOG_EDITS,
  gpuPriceProvenance,
  mergeGpus,
  parseGpuUserEdits,
  quoteFigure,
  userFiguresMark,
  type GpuUserEdits,
  type MergedGpuEntry,
} from "./gpuEdits";
import type { GpuEntry } from "./gpus";
import { clearPriceOverride, editEntryPrices, putUserEntry, removeUserEntry, setPriceOverride } from "./userEdits";

function gpu(id: string, purchase: number | null, cloud: number | null, readOn = "2026-12-03"): GpuEntry {
  return {
    id,
    label: id,
    vendor: "nvidia",
    segment: "datacenter",
    vramGb: 80,
    unifiedMemory: false,
    memoryBandwidthGBps: 3350,
    boardPowerWatts: 700,
    purchaseUsd: purchase === null ? null : { typical: purchase, note: "list price" },
    cloudUsdPerHour: cloud === null ? null : { low: cloud, high: cloud * 2, note: "spot to on-demand" },
    sources: ["test fixture"],
    readOn,
  };
}

function byId(entries: readonly MergedGpuEntry[], id: string): MergedGpuEntry {
  const found = entries.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

const shippedV1 = [gpu("h100", 30000, 2), gpu("l40s", 8000, 1)];
const ownGpu: GpuEntry = { ...gpu("user-mi300x-ours", 15000, null, "2026-12-12"), vendor: "amd", vramGb: 192, memoryBandwidthGBps: 5300 };

function quotes(): GpuUserEdits {
  const edits = setPriceOverride(GPU_CATALOG_EDITS, EMPTY_GPU_USER_EDITS, shippedV1[0], { purchaseUsd: quoteFigure(25000) }, "2026-12-10", "Dell quote Q-123");
  return putUserEntry(GPU_CATALOG_EDITS, edits, ownGpu);
}

describe("mergeGpus", () => {
  it("lays a quote over the shipped GPU, dated, with the shipped figure kept beside it", () => {
    const { entries } = mergeGpus(shippedV1, quotes());
    expect(entries.map((entry) => [entry.id, entry.origin])).toEqual([
      ["h100", "edited"],
      ["l40s", "shipped"],
      ["user-mi300x-ours", "user"],
    ]);
    const h100 = byId(entries, "h100");
    expect(h100.purchaseUsd).toEqual({ typical: 25000 });
    expect(h100.cloudUsdPerHour).toEqual({ low: 2, high: 4, note: "spot to on-demand" });
    expect(h100.priceDates).toEqual({ purchaseUsd: "2026-12-10", cloudUsdPerHour: "2026-12-03" });
    expect(h100.editSource).toBe("Dell quote Q-123");
    expect(h100.shipped?.purchaseUsd).toEqual({ typical: 30000, note: "list price" });
    expect(h100.memoryBandwidthGBps).toBe(3350);
    expect(byId(entries, "user-mi300x-ours")).toMatchObject({ priceDate: "2026-12-12", vramGb: 192, shipped: null });
  });

  it("keeps a quote through an app update, and flags a shipped price that moved under it", () => {
    const shippedV2 = [{ ...gpu("h100", 28000, 2, "2027-03-01") }];
    const { entries } = mergeGpus(shippedV2, quotes());
    expect(byId(entries, "h100")).toMatchObject({ purchaseUsd: { typical: 25000 }, shippedChangedSinceEdit: true });
    // l40s left the shipped file without a quote: gone. The user's GPU stays.
    expect(entries.map((entry) => entry.id)).toEqual(["h100", "user-mi300x-ours"]);
    // A change to a field the user did not quote is not a conflict.
    const cloudOnly = [{ ...gpu("h100", 30000, 3, "2027-03-01") }];
    expect(byId(mergeGpus(cloudOnly, quotes()).entries, "h100").shippedChangedSinceEdit).toBe(false);
  });

  it("keeps a quoted GPU that left the shipped catalog, from the baseline stored with the quote", () => {
    const { entries } = mergeGpus([shippedV1[1]], quotes());
    expect(byId(entries, "h100")).toMatchObject({ origin: "edited", shippedRemoved: true, purchaseUsd: { typical: 25000 }, memoryBandwidthGBps: 3350 });
  });

  it("reverts to shipped, deletes an added GPU, and rewrites an added GPU's own price in place", () => {
    const reverted = clearPriceOverride(quotes(), "h100");
    expect(byId(mergeGpus(shippedV1, reverted).entries, "h100")).toMatchObject({ origin: "shipped", purchaseUsd: { typical: 30000 } });
    expect(mergeGpus(shippedV1, removeUserEntry(quotes(), ownGpu.id)).entries.map((entry) => entry.id)).toEqual(["h100", "l40s"]);

    const own = byId(mergeGpus(shippedV1, quotes()).entries, ownGpu.id);
    const rewritten = editEntryPrices(GPU_CATALOG_EDITS, quotes(), own, { cloudUsdPerHour: quoteFigure(1.5) }, "2026-12-20");
    expect(rewritten.overrides[ownGpu.id]).toBeUndefined();
    expect(rewritten.added[0]).toMatchObject({ cloudUsdPerHour: { typical: 1.5 }, readOn: "2026-12-20" });
    expect(rewritten.added[0]).not.toHaveProperty("origin");
  });

  it("marks the user's figures for pickers", () => {
    const { entries } = mergeGpus(shippedV1, quotes());
    expect(entries.map((entry) => [userFiguresMark(entry), gpuPriceProvenance(entry)])).toEqual([
      ["your quote", "your quote 2026-12-10"],
      [null, "read 2026-12-03"],
      ["your GPU", "your GPU, entered 2026-12-12"],
    ]);
    expect(gpuPriceProvenance(shippedV1[0])).toBe("read 2026-12-03");
  });
});

describe("parseGpuUserEdits", () => {
  it("round-trips through JSON", () => {
    expect(parseGpuUserEdits(JSON.parse(JSON.stringify(quotes())))).toEqual({ ok: true, value: quotes() });
  });

  it("names the GPU and the field of a bad stored document", () => {
    const stored = JSON.parse(JSON.stringify(quotes()));
    stored.overrides.h100.fields.purchaseUsd = { typical: -5 };
    expect(parseGpuUserEdits(stored)).toEqual({ ok: false, error: "Saved GPU edits: overrides.h100.fields.purchaseUsd.typical must be a number ≥ 0, or null (got -5)" });
    const badAdded = { ...quotes(), added: [{ ...ownGpu, memoryBandwidthGBps: 0 }] };
    expect(parseGpuUserEdits(badAdded)).toEqual({ ok: false, error: "Added GPU 'user-mi300x-ours': memoryBandwidthGBps must be a number > 0 (GB/s) (got 0)" });
    expect(parseGpuUserEdits({ schemaVersion: 2, overrides: {}, added: [] })).toMatchObject({ ok: false, error: expect.stringContaining("newer than this version") });
  });
});
