import type { SkippedPriceKey } from "./litellmImport";
import { VENDOR_PRICE_FIELDS, type VendorEntry, type VendorPriceField } from "./vendorPrices";

// What an imported price file would change, computed before anything is applied, so the
// user sees "gpt-4o input 2.5 → 2.0" and decides. Nothing here mutates the catalog.

export type PriceChange = {
  /** Id of the current entry the change applies to. */
  id: string;
  field: VendorPriceField;
  from: number | null;
  to: number | null;
};

export type PriceImportPreview = {
  /** Imported models the current catalog does not have. */
  added: VendorEntry[];
  changed: PriceChange[];
  /** Current entries the file also prices, at the same prices. */
  unchanged: number;
  skipped: SkippedPriceKey[];
};

// Prices are rounded to 1e-6 USD per 1M on import; anything closer is the same price.
const SAME_PRICE_TOLERANCE = 1e-9;

function samePrice(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= SAME_PRICE_TOLERANCE;
}

/** The key an entry is known by in a price file: its LiteLLM key when it has one, else its id. */
function matchKey(entry: VendorEntry): string {
  return entry.litellmKey ?? entry.id;
}

/**
 * Compares imported entries with the current ones (pass the merged view, with user edits,
 * so changes are measured against what the user sees). Matches on LiteLLM key, then on id.
 */
export function previewPriceImport(
  current: readonly VendorEntry[],
  imported: readonly VendorEntry[],
  skipped: readonly SkippedPriceKey[] = [],
): PriceImportPreview {
  const byKey = new Map<string, VendorEntry>();
  for (const entry of current) {
    byKey.set(entry.id, entry);
    byKey.set(matchKey(entry), entry);
  }

  const added: VendorEntry[] = [];
  const changed: PriceChange[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  for (const entry of imported) {
    const match = byKey.get(matchKey(entry)) ?? byKey.get(entry.id);
    if (match === undefined) {
      added.push(entry);
      continue;
    }
    // Two imported keys can map to one entry (an id equal to another's key); the first wins.
    if (seen.has(match.id)) continue;
    seen.add(match.id);
    // A price the file does not give (null) is one it does not know, not one the vendor dropped: many
    // LiteLLM entries omit batch and cache prices, and reading that as "no price" would erase the user's.
    const changes = VENDOR_PRICE_FIELDS.filter((field) => entry[field] != null && !samePrice(match[field] ?? null, entry[field] ?? null)).map(
      (field): PriceChange => ({ id: match.id, field, from: match[field] ?? null, to: entry[field] ?? null }),
    );
    if (changes.length === 0) unchanged += 1;
    else changed.push(...changes);
  }
  return { added, changed, unchanged, skipped: [...skipped] };
}
