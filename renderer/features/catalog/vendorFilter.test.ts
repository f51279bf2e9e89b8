import { describe, expect, it } from "vitest";
import { EMPTY_VENDOR_USER_EDITS, mergeVendorPrices } from "../../../shared/catalog/mergeCatalog";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { filterVendorEntries, NO_VENDOR_FILTER, providersOf } from "./vendorFilter";

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
const haiku: VendorEntry = { ...mini, id: "claude-3-haiku", label: "Claude 3 Haiku", provider: "anthropic", litellmKey: "claude-3-haiku-20240307" };

describe("vendor filter", () => {
  const merged = mergeVendorPrices([mini, haiku], EMPTY_VENDOR_USER_EDITS).entries;

  it("matches every search word and the chosen provider", () => {
    expect(filterVendorEntries(merged, { ...NO_VENDOR_FILTER, search: "gpt MINI" }).map((entry) => entry.id)).toEqual(["gpt-4o-mini"]);
    expect(filterVendorEntries(merged, { ...NO_VENDOR_FILTER, provider: "anthropic" }).map((entry) => entry.id)).toEqual(["claude-3-haiku"]);
    expect(filterVendorEntries(merged, { ...NO_VENDOR_FILTER, editedOnly: true })).toEqual([]);
    expect(providersOf(merged)).toEqual(["anthropic", "openai"]);
  });
});
