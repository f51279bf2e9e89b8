import { describe, expect, it } from "vitest";
import { applyPriceImport } from "./applyPriceImport";
import {
  EMPTY_VENDOR_USER_EDITS,
  clearVendorPriceOverride,
  mergeVendorPrices,
  parseVendorUserEdits,
  putUserVendorEntry,
  setVendorPriceOverride,
  type MergedVendorEntry,
} from "./mergeCatalog";
import { previewPriceImport } from "./priceImportPreview";
import type { VendorEntry } from "./vendorPrices";

function entry(id: string, input: number, output: number, priceReadOn = "2026-12-03"): VendorEntry {
  return {
    id,
    label: id,
    provider: "test",
    usdPerMillionInput: input,
    usdPerMillionOutput: output,
    usdPerMillionCachedInput: null,
    source: "test fixture",
    priceReadOn,
  };
}

function byId(entries: readonly MergedVendorEntry[], id: string): MergedVendorEntry {
  const found = entries.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

const shippedV1 = [entry("gpt-4o", 2.5, 10), entry("claude", 1, 5), entry("old-model", 0.5, 1)];

function userEdits() {
  let edits = setVendorPriceOverride(EMPTY_VENDOR_USER_EDITS, shippedV1[0], { usdPerMillionInput: 2 }, "2026-12-10");
  edits = setVendorPriceOverride(edits, shippedV1[2], { usdPerMillionOutput: 0.8 }, "2026-12-11");
  return putUserVendorEntry(edits, entry("our-negotiated-model", 0.3, 0.9, "2026-12-12"));
}

describe("mergeVendorPrices", () => {
  it("marks each entry's origin and dates each price", () => {
    const { entries } = mergeVendorPrices(shippedV1, userEdits());
    expect(entries.map((merged) => [merged.id, merged.origin])).toEqual([
      ["gpt-4o", "edited"],
      ["claude", "shipped"],
      ["old-model", "edited"],
      ["our-negotiated-model", "user"],
    ]);
    const gpt4o = byId(entries, "gpt-4o");
    expect(gpt4o).toMatchObject({ usdPerMillionInput: 2, usdPerMillionOutput: 10, editedFields: ["usdPerMillionInput"] });
    expect(gpt4o.priceDates.usdPerMillionInput).toBe("2026-12-10");
    expect(gpt4o.priceDates.usdPerMillionOutput).toBe("2026-12-03");
    expect(gpt4o.priceDate).toBe("2026-12-10");
    expect(gpt4o.editSource).toBe("entered by hand");
    expect(gpt4o.shipped?.usdPerMillionInput).toBe(2.5);
    expect(byId(entries, "claude")).toMatchObject({ priceDate: "2026-12-03", shipped: null, editSource: null });
    expect(byId(entries, "our-negotiated-model").priceDate).toBe("2026-12-12");
  });

  it("keeps user edits when an app update changes the shipped catalog", () => {
    const edits = userEdits();
    const shippedV2 = [entry("gpt-4o", 2.25, 9, "2027-03-01"), entry("claude", 1, 5), entry("new-model", 0.1, 0.2)];
    const { entries, orphanedOverrideIds } = mergeVendorPrices(shippedV2, edits);

    const gpt4o = byId(entries, "gpt-4o");
    expect(gpt4o).toMatchObject({ usdPerMillionInput: 2, usdPerMillionOutput: 9, shippedChangedSinceEdit: true });
    expect(gpt4o.priceDates).toMatchObject({ usdPerMillionInput: "2026-12-10", usdPerMillionOutput: "2027-03-01" });
    // Removed from the shipped file, kept because the user edited it.
    expect(byId(entries, "old-model")).toMatchObject({ origin: "edited", usdPerMillionOutput: 0.8, shippedRemoved: true });
    expect(byId(entries, "new-model").origin).toBe("shipped");
    expect(byId(entries, "our-negotiated-model").origin).toBe("user");
    expect(orphanedOverrideIds).toEqual([]);
  });

  it("does not flag a shipped change to a field the user did not edit", () => {
    const shippedV2 = [entry("gpt-4o", 2.5, 12, "2027-03-01")];
    expect(byId(mergeVendorPrices(shippedV2, userEdits()).entries, "gpt-4o").shippedChangedSinceEdit).toBe(false);
  });

  it("reports an override it cannot place instead of dropping it silently", () => {
    const edits = { ...EMPTY_VENDOR_USER_EDITS, overrides: { gone: { editedOn: "2026-12-10", fields: { usdPerMillionInput: 1 } } } };
    expect(mergeVendorPrices(shippedV1, edits).orphanedOverrideIds).toEqual(["gone"]);
  });

  it("lets a user model with a shipped id win, and says so", () => {
    const edits = putUserVendorEntry(EMPTY_VENDOR_USER_EDITS, entry("claude", 0.9, 4.5, "2026-12-20"));
    const merged = mergeVendorPrices(shippedV1, edits);
    expect(merged.shadowedShippedIds).toEqual(["claude"]);
    expect(byId(merged.entries, "claude")).toMatchObject({ origin: "user", usdPerMillionInput: 0.9 });
  });
});

describe("editing and reverting", () => {
  it("dates only the fields each edit touched and keeps the first baseline", () => {
    let edits = setVendorPriceOverride(EMPTY_VENDOR_USER_EDITS, shippedV1[0], { usdPerMillionInput: 2 }, "2026-12-10");
    const merged = byId(mergeVendorPrices(shippedV1, edits).entries, "gpt-4o");
    edits = setVendorPriceOverride(edits, merged, { usdPerMillionOutput: 8 }, "2026-12-20");
    const again = byId(mergeVendorPrices(shippedV1, edits).entries, "gpt-4o");
    expect(again.priceDates).toMatchObject({ usdPerMillionInput: "2026-12-10", usdPerMillionOutput: "2026-12-20" });
    expect(edits.overrides["gpt-4o"].baseline?.usdPerMillionInput).toBe(2.5);
  });

  it("reverts to the shipped price", () => {
    const edits = clearVendorPriceOverride(userEdits(), "gpt-4o");
    expect(byId(mergeVendorPrices(shippedV1, edits).entries, "gpt-4o")).toMatchObject({ origin: "shipped", usdPerMillionInput: 2.5 });
  });

  it("round-trips through JSON and validates stored edits", () => {
    const stored = JSON.parse(JSON.stringify(userEdits()));
    expect(parseVendorUserEdits(stored)).toEqual({ ok: true, value: userEdits() });
    stored.overrides["gpt-4o"].fields.usdPerMillionInput = -2;
    const result = parseVendorUserEdits(stored);
    expect(result.ok || result.error).toBe(
      "Saved price edits: overrides.gpt-4o.fields.usdPerMillionInput must be a number ≥ 0 (USD per 1M tokens) (got -2)",
    );
    const badModel = { ...userEdits(), added: [{ ...entry("mine", 1, 2), priceReadOn: "yesterday" }] };
    expect(parseVendorUserEdits(badModel)).toEqual({
      ok: false,
      error: `Added model 'mine': priceReadOn must be a real date written YYYY-MM-DD (got "yesterday")`,
    });
  });
});

describe("applyPriceImport", () => {
  it("turns a confirmed preview into dated, sourced user edits", () => {
    const current = mergeVendorPrices(shippedV1, EMPTY_VENDOR_USER_EDITS).entries;
    const imported = [{ ...entry("gpt-4o", 2.5, 8), priceReadOn: "2027-01-05" }, entry("brand-new", 0.2, 0.4, "2027-01-05")];
    const preview = previewPriceImport(current, imported);
    const edits = applyPriceImport(EMPTY_VENDOR_USER_EDITS, current, preview, {
      importedOn: "2027-01-05",
      sourceName: "model_prices_and_context_window.json",
      includeAdded: new Set(["brand-new"]),
    });
    const merged = mergeVendorPrices(shippedV1, edits).entries;
    expect(byId(merged, "gpt-4o")).toMatchObject({
      origin: "edited",
      usdPerMillionOutput: 8,
      editSource: "model_prices_and_context_window.json",
    });
    expect(byId(merged, "gpt-4o").priceDates.usdPerMillionOutput).toBe("2027-01-05");
    expect(byId(merged, "brand-new").origin).toBe("user");
    expect(applyPriceImport(EMPTY_VENDOR_USER_EDITS, current, preview, { importedOn: "2027-01-05", sourceName: "x" }).added).toEqual([]);
  });
});
