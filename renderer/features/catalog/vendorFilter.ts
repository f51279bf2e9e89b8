import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";

export type VendorFilter = {
  /** "" shows every provider. */
  provider: string;
  /** Matched, case-insensitively, against name, id, provider and LiteLLM key. */
  search: string;
  /** Show only models whose prices the user changed or added. */
  editedOnly: boolean;
};

export const NO_VENDOR_FILTER: VendorFilter = { provider: "", search: "", editedOnly: false };

export function filterVendorEntries(entries: readonly MergedVendorEntry[], filter: VendorFilter): MergedVendorEntry[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter((word) => word !== "");
  return entries.filter((entry) => {
    if (filter.provider !== "" && entry.provider !== filter.provider) return false;
    if (filter.editedOnly && entry.origin === "shipped") return false;
    const haystack = [entry.label, entry.id, entry.provider, entry.litellmKey ?? ""].join(" ").toLowerCase();
    // Every word must match somewhere, so "gpt mini" finds "GPT-4o mini".
    return words.every((word) => haystack.includes(word));
  });
}

/** Providers present, alphabetical, for the filter's choices. */
export function providersOf(entries: readonly { provider: string }[]): string[] {
  return [...new Set(entries.map((entry) => entry.provider))].sort((a, b) => a.localeCompare(b));
}
