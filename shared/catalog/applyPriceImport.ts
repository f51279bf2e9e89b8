import {
  putUserVendorEntry,
  setVendorPriceOverride,
  type MergedVendorEntry,
  type VendorPriceOverride,
  type VendorUserEdits,
} from "./mergeCatalog";
import type { PriceImportPreview } from "./priceImportPreview";
import type { VendorEntry } from "./vendorPrices";

// Applying an import the user confirmed: its changes become user edits (dated the import day,
// sourced to the file), never a rewrite of the shipped catalog, so they can be reverted one by one.

export type ApplyPriceImportOptions = {
  /** YYYY-MM-DD: the date shown next to every imported price. */
  importedOn: string;
  /** Names the imported file in each edit's source. */
  sourceName: string;
  /** Which added models to keep: all, none, or the ids the user ticked. Defaults to none. */
  includeAdded?: boolean | ReadonlySet<string>;
};

export function applyPriceImport(
  edits: VendorUserEdits,
  current: readonly (VendorEntry | MergedVendorEntry)[],
  preview: PriceImportPreview,
  options: ApplyPriceImportOptions,
): VendorUserEdits {
  const fieldsById = new Map<string, VendorPriceOverride["fields"]>();
  for (const change of preview.changed) {
    const fields = fieldsById.get(change.id) ?? {};
    // Input and output are never null in a valid import; the cast only narrows the union.
    (fields as Record<string, number | null>)[change.field] = change.to;
    fieldsById.set(change.id, fields);
  }

  let next = edits;
  for (const [id, fields] of fieldsById) {
    const entry = current.find((candidate) => candidate.id === id);
    if (entry === undefined) continue;
    next = setVendorPriceOverride(next, entry, fields, options.importedOn, options.sourceName);
  }

  const include = options.includeAdded ?? false;
  for (const entry of preview.added) {
    const wanted = typeof include === "boolean" ? include : include.has(entry.id);
    if (wanted) next = putUserVendorEntry(next, entry);
  }
  return next;
}
