import { describe, expect, it } from "vitest";
import { EMPTY_VENDOR_USER_EDITS, type VendorUserEdits } from "../../../shared/catalog/mergeCatalog";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { describeEditCount, editsToJson, mergeEditsDocuments, readEditsFile } from "./editsFile";

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
describe("edits file", () => {
  it("round-trips and merges with the file winning", () => {
    const mine: VendorUserEdits = { ...EMPTY_VENDOR_USER_EDITS, added: [{ ...mini, id: "user-a", usdPerMillionInput: 1 }] };
    const theirs: VendorUserEdits = { ...EMPTY_VENDOR_USER_EDITS, added: [{ ...mini, id: "user-a", usdPerMillionInput: 2 }, { ...mini, id: "user-b" }] };
    const read = readEditsFile(editsToJson(theirs));
    if (!read.ok) throw new Error(read.error);
    const merged = mergeEditsDocuments(mine, read.value);
    expect(merged.added.map((entry) => [entry.id, entry.usdPerMillionInput])).toEqual([["user-a", 2], ["user-b", 0.15]]);
    expect(describeEditCount(merged)).toBe("0 edited models, 2 added models");
  });

  it("explains a file that is not an edits export", () => {
    expect(readEditsFile("{")).toMatchObject({ ok: false, error: expect.stringContaining("not valid JSON") });
    expect(readEditsFile('{"gpt-4o": {}}')).toMatchObject({ ok: false, error: expect.stringContaining("Export my edits") });
  });
});
