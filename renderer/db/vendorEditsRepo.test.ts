import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  EMPTY_VENDOR_USER_EDITS,
  putUserVendorEntry,
  setVendorPriceOverride,
  type VendorUserEdits,
} from "../../shared/catalog/mergeCatalog";
import type { VendorEntry } from "../../shared/catalog/vendorPrices";
import { BreakevenDb } from "./db";
import {
  dismissUnreadableEdits,
  listUnreadableEdits,
  loadVendorEdits,
  saveVendorEdits,
  UNREADABLE_EDITS_PREFIX,
  VENDOR_EDITS_KEY,
} from "./vendorEditsRepo";

const shipped: VendorEntry = {
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

function sampleEdits(): VendorUserEdits {
  const edited = setVendorPriceOverride(EMPTY_VENDOR_USER_EDITS, shipped, { usdPerMillionInput: 0.1 }, "2026-12-04");
  return putUserVendorEntry(edited, { ...shipped, id: "my-model", label: "My model", litellmKey: null });
}

let db: BreakevenDb;
let dbCount = 0;

beforeEach(async () => {
  // A fresh database per test: fake-indexeddb keeps databases for the whole process.
  db = new BreakevenDb(`vendor-edits-test-${++dbCount}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe("vendor edits repository", () => {
  it("returns empty edits when nothing was saved", async () => {
    expect(await loadVendorEdits(db)).toEqual({ edits: EMPTY_VENDOR_USER_EDITS, movedAside: null });
  });

  it("loads back exactly what it saved", async () => {
    const edits = sampleEdits();
    await saveVendorEdits(db, edits);
    const loaded = await loadVendorEdits(db);
    expect(loaded.movedAside).toBeNull();
    expect(loaded.edits).toEqual(edits);
  });

  it("refuses to save an invalid document and keeps the saved one", async () => {
    await saveVendorEdits(db, sampleEdits());
    const broken = { ...sampleEdits(), added: [{ ...shipped, usdPerMillionInput: -1 }] };
    await expect(saveVendorEdits(db, broken)).rejects.toThrow(/usdPerMillionInput/);
    expect((await loadVendorEdits(db)).edits).toEqual(sampleEdits());
  });

  it("moves an unreadable document to a backup key instead of dropping it", async () => {
    const corrupt = { schemaVersion: 1, overrides: { x: { editedOn: "yesterday", fields: {} } }, added: [] };
    await db.settings.put({ key: VENDOR_EDITS_KEY, value: corrupt });

    const loaded = await loadVendorEdits(db, () => new Date("2026-12-05T10:00:00Z"));
    expect(loaded.edits).toEqual(EMPTY_VENDOR_USER_EDITS);
    expect(loaded.movedAside).toMatchObject({ key: `${UNREADABLE_EDITS_PREFIX}2026-12-05T10:00:00.000Z`, raw: corrupt, dismissed: false });
    expect(loaded.movedAside?.reason).toMatch(/editedOn/);

    // The original is gone from the main key, so the next save cannot overwrite the only copy.
    expect(await db.settings.get(VENDOR_EDITS_KEY)).toBeUndefined();
    expect((await db.settings.get(loaded.movedAside!.key))?.value).toMatchObject({ raw: corrupt });
    expect(await listUnreadableEdits(db)).toHaveLength(1);
  });

  it("keeps every backup when documents go bad more than once", async () => {
    const at = () => new Date("2026-12-05T10:00:00Z");
    await db.settings.put({ key: VENDOR_EDITS_KEY, value: "not an object" });
    await loadVendorEdits(db, at);
    await db.settings.put({ key: VENDOR_EDITS_KEY, value: { schemaVersion: 99 } });
    const second = await loadVendorEdits(db, at);
    expect(second.movedAside?.reason).toMatch(/newer than this version/);
    expect((await listUnreadableEdits(db)).map((backup) => backup.raw)).toEqual(["not an object", { schemaVersion: 99 }]);
  });

  it("two loads at once move a corrupt document only once", async () => {
    await db.settings.put({ key: VENDOR_EDITS_KEY, value: [] });
    const results = await Promise.all([loadVendorEdits(db), loadVendorEdits(db)]);
    expect(results.filter((result) => result.movedAside !== null)).toHaveLength(1);
    expect(await listUnreadableEdits(db)).toHaveLength(1);
  });

  it("dismissing hides the notice but keeps the backup", async () => {
    await db.settings.put({ key: VENDOR_EDITS_KEY, value: 42 });
    const { movedAside } = await loadVendorEdits(db);
    await dismissUnreadableEdits(db, movedAside!.key);
    expect(await listUnreadableEdits(db)).toEqual([]);
    expect((await db.settings.get(movedAside!.key))?.value).toMatchObject({ raw: 42, dismissed: true });
  });
});
