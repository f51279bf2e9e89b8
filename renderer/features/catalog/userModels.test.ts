import { describe, expect, it } from "vitest";
import { EMPTY_VENDOR_USER_EDITS, mergeVendorPrices, type VendorUserEdits } from "../../../shared/catalog/mergeCatalog";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { editPrices, readNewModel, removeUserModel, userModelId, type NewModelDraft } from "./userModels";

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
const draft = (overrides: Partial<NewModelDraft> = {}): NewModelDraft => ({
  label: "Our vLLM 8B",
  provider: "self",
  input: "0.2",
  output: "0.4",
  cachedInput: "",
  source: "",
  notes: "",
  ...overrides,
});

describe("user models", () => {
  it("builds a dated entry from the add form", () => {
    const read = readNewModel(draft(), [mini], "2026-12-04");
    expect(read).toEqual({
      ok: true,
      entry: expect.objectContaining({ id: "user-our-vllm-8b", usdPerMillionCachedInput: null, source: "entered by hand", priceReadOn: "2026-12-04" }),
    });
  });

  it("refuses a name already in the catalog and missing fields", () => {
    const read = readNewModel(draft({ label: "gpt-4o MINI", provider: " ", input: "" }), [mini], "2026-12-04");
    expect(read).toMatchObject({ ok: false, errors: { label: expect.stringContaining("already in the catalog"), provider: expect.any(String), input: expect.any(String) } });
    expect(userModelId("  !!  ")).toBe("user-model");
  });

  it("edits a shipped price as an override and a user model in place", () => {
    const added = readNewModel(draft(), [], "2026-12-01");
    if (!added.ok) throw new Error("expected entry");
    let edits: VendorUserEdits = { ...EMPTY_VENDOR_USER_EDITS, added: [added.entry] };
    const [shipped, own] = mergeVendorPrices([mini], edits).entries;
    edits = editPrices(edits, shipped, { usdPerMillionInput: 0.1 }, "2026-12-04");
    edits = editPrices(edits, own, { usdPerMillionOutput: 0.5 }, "2026-12-04");
    expect(edits.overrides["gpt-4o-mini"].fields).toEqual({ usdPerMillionInput: 0.1 });
    expect(edits.overrides[own.id]).toBeUndefined();
    expect(edits.added[0]).toMatchObject({ usdPerMillionOutput: 0.5, priceReadOn: "2026-12-04" });
    expect(removeUserModel(edits, own.id).added).toEqual([]);
  });
});
