import { describe, expect, it } from "vitest";
import type { CatalogEdits } from "../../../shared/catalog/catalogs";
import { EMPTY_GPU_USER_EDITS, GPU_CATALOG_EDITS, quoteFigure, type GpuUserEdits } from "../../../shared/catalog/gpuEdits";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { EMPTY_VENDOR_USER_EDITS, type VendorUserEdits } from "../../../shared/catalog/mergeCatalog";
import { putUserEntry, setPriceOverride } from "../../../shared/catalog/userEdits";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { describeEditCount, editsToJson, mergeEditsDocuments, readEditsFile, unreadableBackupToJson } from "./editsFile";

const mini: VendorEntry = {
  id: "gpt-4o-mini",
  label: "GPT-4o mini",
  provider: "openai",
  litellmKey: "gpt-4o-mini",
  usdPerMillionInput: 0.15,
  usdPerMillionOutput: 0.6,
  usdPerMillionCachedInput: 0.075,
  source: "test",
  priceReadOn: "2026-12-03",
};
const l40s: GpuEntry = {
  id: "l40s",
  label: "L40S",
  vendor: "nvidia",
  segment: "datacenter",
  vramGb: 48,
  unifiedMemory: false,
  memoryBandwidthGBps: 864,
  boardPowerWatts: 350,
  purchaseUsd: { typical: 8000 },
  cloudUsdPerHour: { low: 0.8, high: 1.2 },
  sources: ["test"],
  readOn: "2026-12-03",
};
const vendorOnly = (vendor: VendorUserEdits): CatalogEdits => ({ vendor, gpus: EMPTY_GPU_USER_EDITS });

function gpuEdits(): GpuUserEdits {
  const quoted = setPriceOverride(GPU_CATALOG_EDITS, EMPTY_GPU_USER_EDITS, l40s, { cloudUsdPerHour: quoteFigure(0.95) }, "2026-12-04", "entered by hand");
  return putUserEntry(GPU_CATALOG_EDITS, quoted, { ...l40s, id: "user-our-card", label: "Our card", readOn: "2026-12-05" });
}

describe("edits file", () => {
  it("round-trips and merges with the file winning", () => {
    const mine: VendorUserEdits = { ...EMPTY_VENDOR_USER_EDITS, added: [{ ...mini, id: "user-a", usdPerMillionInput: 1 }] };
    const theirs: VendorUserEdits = { ...EMPTY_VENDOR_USER_EDITS, added: [{ ...mini, id: "user-a", usdPerMillionInput: 2 }, { ...mini, id: "user-b" }] };
    const read = readEditsFile(editsToJson(vendorOnly(theirs)));
    if (!read.ok) throw new Error(read.error);
    const merged = mergeEditsDocuments(vendorOnly(mine), read.value);
    expect(merged.vendor.added.map((entry) => [entry.id, entry.usdPerMillionInput])).toEqual([["user-a", 2], ["user-b", 0.15]]);
    expect(describeEditCount(merged)).toBe("0 edited models, 2 added models");
  });

  it("carries GPU quotes and added GPUs, and merges them with the file winning", () => {
    const edits: CatalogEdits = { vendor: EMPTY_VENDOR_USER_EDITS, gpus: gpuEdits() };
    const text = editsToJson(edits);
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2, vendorPrices: { schemaVersion: 1 }, gpus: { schemaVersion: 1 } });
    expect(readEditsFile(text)).toEqual({ ok: true, value: edits });

    const mine: CatalogEdits = { vendor: EMPTY_VENDOR_USER_EDITS, gpus: putUserEntry(GPU_CATALOG_EDITS, EMPTY_GPU_USER_EDITS, { ...l40s, id: "user-our-card", vramGb: 24 }) };
    const merged = mergeEditsDocuments(mine, edits);
    expect(merged.gpus.added.map((gpu) => [gpu.id, gpu.vramGb])).toEqual([["user-our-card", 48]]);
    expect(merged.gpus.overrides.l40s.fields.cloudUsdPerHour).toEqual({ typical: 0.95 });
    expect(describeEditCount(merged)).toBe("0 edited models, 0 added models, 1 quoted GPU, 1 added GPU");
  });

  it("still imports a version 1 file, written before GPUs were editable", () => {
    const version1 = JSON.stringify({ ...EMPTY_VENDOR_USER_EDITS, added: [{ ...mini, id: "user-old" }] });
    const read = readEditsFile(version1);
    expect(read).toEqual({ ok: true, value: { vendor: { ...EMPTY_VENDOR_USER_EDITS, added: [{ ...mini, id: "user-old" }] }, gpus: EMPTY_GPU_USER_EDITS } });
  });

  it("explains a file that is not an edits export", () => {
    expect(readEditsFile("{")).toMatchObject({ ok: false, error: expect.stringContaining("not valid JSON") });
    expect(readEditsFile('{"gpt-4o": {}}')).toMatchObject({ ok: false, error: expect.stringContaining("Export my edits") });
    expect(readEditsFile('{"gpt-4o": {}}')).toMatchObject({ ok: false, error: expect.stringContaining("schemaVersion 1 or 2 (got nothing)") });
    expect(readEditsFile('{"schemaVersion": 3}')).toMatchObject({ ok: false, error: expect.stringContaining("newer than this version of Breakeven reads (2)") });
  });

  it("names the GPU and field that are wrong in a version 2 file", () => {
    const file = JSON.parse(editsToJson({ vendor: EMPTY_VENDOR_USER_EDITS, gpus: gpuEdits() }));
    file.gpus.added[0].vramGb = "lots";
    const read = readEditsFile(JSON.stringify(file));
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining("Added GPU 'user-our-card': vramGb must be a number > 0 (GB)") });
    expect(readEditsFile(JSON.stringify({ ...file, extra: 1 }))).toMatchObject({ ok: false, error: expect.stringContaining("unknown field 'extra'") });
  });

  it("turns an unreadable stored document into a file that imports once fixed", () => {
    const broken = JSON.parse(JSON.stringify(gpuEdits()));
    broken.overrides.l40s.editedOn = "yesterday";
    const file = unreadableBackupToJson("gpus", broken);
    expect(readEditsFile(file)).toMatchObject({ ok: false, error: expect.stringContaining("Saved GPU edits: overrides.l40s.editedOn must be a real date") });
    const fixed = file.replace('"yesterday"', '"2026-12-04"');
    expect(readEditsFile(fixed)).toEqual({ ok: true, value: { vendor: EMPTY_VENDOR_USER_EDITS, gpus: gpuEdits() } });
    expect(readEditsFile(unreadableBackupToJson("vendor", EMPTY_VENDOR_USER_EDITS))).toEqual({ ok: true, value: vendorOnly(EMPTY_VENDOR_USER_EDITS) });
  });
});
