import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EMPTY_GPU_USER_EDITS, GPU_CATALOG_EDITS, quoteFigure, type GpuUserEdits } from "../../shared/catalog/gpuEdits";
import type { GpuEntry } from "../../shared/catalog/gpus";
import { EMPTY_VENDOR_USER_EDITS } from "../../shared/catalog/mergeCatalog";
import { putUserEntry, setPriceOverride } from "../../shared/catalog/userEdits";
import { BreakevenDb } from "./db";
import { listUnreadableDocuments, loadEditsDocument, saveEditsDocument } from "./editsDocumentRepo";
import { GPU_EDITS_DOCUMENT, GPU_EDITS_KEY } from "./gpuEditsRepo";
import { listUnreadableEdits, loadVendorEdits, saveVendorEdits, VENDOR_EDITS_DOCUMENT } from "./vendorEditsRepo";

const h100: GpuEntry = {
  id: "h100-sxm",
  label: "H100 SXM",
  vendor: "nvidia",
  segment: "datacenter",
  vramGb: 80,
  unifiedMemory: false,
  memoryBandwidthGBps: 3350,
  boardPowerWatts: 700,
  purchaseUsd: { typical: 30000 },
  cloudUsdPerHour: null,
  sources: ["test"],
  readOn: "2026-12-03",
};

function sampleEdits(): GpuUserEdits {
  const quoted = setPriceOverride(GPU_CATALOG_EDITS, EMPTY_GPU_USER_EDITS, h100, { purchaseUsd: quoteFigure(26000) }, "2026-12-04");
  return putUserEntry(GPU_CATALOG_EDITS, quoted, { ...h100, id: "user-our-gpu", label: "Our GPU", readOn: "2026-12-04" });
}

let db: BreakevenDb;
let dbCount = 0;

beforeEach(async () => {
  db = new BreakevenDb(`gpu-edits-test-${++dbCount}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe("GPU edits repository", () => {
  it("loads back exactly what it saved, apart from the vendor edits", async () => {
    await saveEditsDocument(db, GPU_EDITS_DOCUMENT, sampleEdits());
    expect(await loadEditsDocument(db, GPU_EDITS_DOCUMENT)).toEqual({ edits: sampleEdits(), movedAside: null });
    expect((await loadVendorEdits(db)).edits).toEqual(EMPTY_VENDOR_USER_EDITS);
  });

  it("refuses an invalid document with the reason, and keeps the saved one", async () => {
    await saveEditsDocument(db, GPU_EDITS_DOCUMENT, sampleEdits());
    const broken = { ...sampleEdits(), added: [{ ...h100, vramGb: -1 }] };
    await expect(saveEditsDocument(db, GPU_EDITS_DOCUMENT, broken)).rejects.toThrow(/GPU edits were not saved[\s\S]*vramGb/);
    expect((await loadEditsDocument(db, GPU_EDITS_DOCUMENT)).edits).toEqual(sampleEdits());
  });

  it("sets an unreadable document aside under its own prefix and leaves the price edits alone", async () => {
    await saveVendorEdits(db, EMPTY_VENDOR_USER_EDITS);
    const corrupt = { schemaVersion: 1, overrides: {}, added: [{ id: "x" }] };
    await db.settings.put({ key: GPU_EDITS_KEY, value: corrupt });

    const loaded = await loadEditsDocument(db, GPU_EDITS_DOCUMENT, () => new Date("2026-12-05T10:00:00Z"));
    expect(loaded.edits).toEqual(EMPTY_GPU_USER_EDITS);
    expect(loaded.movedAside).toMatchObject({ key: "gpuUserEdits.unreadable.2026-12-05T10:00:00.000Z", raw: corrupt });
    expect(loaded.movedAside?.reason).toMatch(/Added GPU 'x'/);
    expect(await db.settings.get(GPU_EDITS_KEY)).toBeUndefined();
    expect((await listUnreadableDocuments(db, GPU_EDITS_DOCUMENT)).map((backup) => backup.raw)).toEqual([corrupt]);
    expect(await listUnreadableEdits(db)).toEqual([]);
    expect(await loadEditsDocument(db, VENDOR_EDITS_DOCUMENT)).toEqual({ edits: EMPTY_VENDOR_USER_EDITS, movedAside: null });
  });

  it("saves two documents in one transaction or neither", async () => {
    const broken = { ...EMPTY_VENDOR_USER_EDITS, overrides: { x: { editedOn: "never", fields: {} } } };
    const both = db.transaction("rw", db.settings, async () => {
      await saveEditsDocument(db, GPU_EDITS_DOCUMENT, sampleEdits());
      await saveEditsDocument(db, VENDOR_EDITS_DOCUMENT, broken as never);
    });
    await expect(both).rejects.toThrow(/price edits were not saved/);
    expect((await loadEditsDocument(db, GPU_EDITS_DOCUMENT)).edits).toEqual(EMPTY_GPU_USER_EDITS);
  });
});
