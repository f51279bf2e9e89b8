import { z } from "zod";
import { nonNegativeNumberSchema } from "./catalogFields";
import { parseCatalogJson, type ParseResult } from "./catalogParse";
import {
  clearPriceOverride,
  mergeUserEdits,
  putUserEntry,
  setPriceOverride,
  toPlainEntry,
  userEditsSchemas,
  USER_EDITS_SCHEMA_VERSION,
  type EditableCatalog,
  type MergedCatalog,
  type MergedEntry,
} from "./userEdits";
import {
  VENDOR_FIELD_EXPECTATIONS,
  VENDOR_PRICE_FIELDS,
  vendorEntrySchema,
  type VendorEntry,
  type VendorPriceField,
} from "./vendorPrices";

// The vendor-price side of user edits (see userEdits.ts for how edits are kept and laid over the
// shipped catalog): which fields may be edited, their schema, and the names the app already uses.

export const VENDOR_USER_EDITS_SCHEMA_VERSION = USER_EDITS_SCHEMA_VERSION;

const nullablePrice = nonNegativeNumberSchema.nullable();

const vendorEditSchemas = userEditsSchemas(
  vendorEntrySchema,
  z.strictObject({
    usdPerMillionInput: nonNegativeNumberSchema.optional(),
    usdPerMillionOutput: nonNegativeNumberSchema.optional(),
    usdPerMillionCachedInput: nullablePrice.optional(),
    usdPerMillionCacheWrite: nullablePrice.optional(),
    usdPerMillionBatchInput: nullablePrice.optional(),
    usdPerMillionBatchOutput: nullablePrice.optional(),
  }),
  z.enum(VENDOR_PRICE_FIELDS),
);

export const vendorPriceOverrideSchema = vendorEditSchemas.override;
export type VendorPriceOverride = z.infer<typeof vendorPriceOverrideSchema>;

export const vendorUserEditsSchema = vendorEditSchemas.document;
export type VendorUserEdits = z.infer<typeof vendorUserEditsSchema>;

export const EMPTY_VENDOR_USER_EDITS: VendorUserEdits = { schemaVersion: 1, overrides: {}, added: [] };

export type { PriceOrigin } from "./userEdits";
export type MergedVendorEntry = MergedEntry<VendorEntry, VendorPriceField>;
export type MergedVendorCatalog = MergedCatalog<VendorEntry, VendorPriceField>;

export const VENDOR_CATALOG_EDITS: EditableCatalog<VendorEntry, VendorPriceField> = {
  fields: VENDOR_PRICE_FIELDS,
  readOnKey: "priceReadOn",
  entryKeys: vendorEntrySchema.keyof().options,
};

/** Validates stored user edits (they are user data, so they get the same clear errors). */
export function parseVendorUserEdits(json: unknown): ParseResult<VendorUserEdits> {
  return parseCatalogJson(json, vendorUserEditsSchema, {
    catalogName: "saved price edits",
    schemaVersion: VENDOR_USER_EDITS_SCHEMA_VERSION,
    topLevelFields: "schemaVersion, overrides and added",
    expectations: { ...VENDOR_FIELD_EXPECTATIONS, editedOn: "a date written YYYY-MM-DD" },
  });
}

/** Lays user edits over the shipped catalog: shipped order first, then kept-removed, then user models. */
export function mergeVendorPrices(shipped: readonly VendorEntry[], userEdits: VendorUserEdits): MergedVendorCatalog {
  return mergeUserEdits(VENDOR_CATALOG_EDITS, shipped, userEdits);
}

/** Strips the merge bookkeeping, leaving a plain entry (for baselines and exports). */
export function toVendorEntry(entry: VendorEntry | MergedVendorEntry): VendorEntry {
  return toPlainEntry<VendorEntry>(VENDOR_CATALOG_EDITS, entry);
}

/**
 * Records price edits for one entry (shipped or merged); later edits add to the override and
 * date only the fields they touch. `source` says where the prices came from.
 */
export function setVendorPriceOverride(
  edits: VendorUserEdits,
  entry: VendorEntry | MergedVendorEntry,
  fields: VendorPriceOverride["fields"],
  editedOn: string,
  source = "entered by hand",
): VendorUserEdits {
  return setPriceOverride(VENDOR_CATALOG_EDITS, edits, entry, fields, editedOn, source);
}

/** Drops the user's edits of one entry, so the shipped price shows again. */
export function clearVendorPriceOverride(edits: VendorUserEdits, id: string): VendorUserEdits {
  return clearPriceOverride(edits, id);
}

/** Adds or replaces a user model (same id replaces). */
export function putUserVendorEntry(edits: VendorUserEdits, entry: VendorEntry): VendorUserEdits {
  return putUserEntry(VENDOR_CATALOG_EDITS, edits, entry);
}
