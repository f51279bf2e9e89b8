import { z } from "zod";
import { isoDateSchema, nonNegativeNumberSchema } from "./catalogFields";
import { parseCatalogJson, type ParseResult } from "./catalogParse";
import {
  VENDOR_FIELD_EXPECTATIONS,
  VENDOR_PRICE_FIELDS,
  vendorEntrySchema,
  type VendorEntry,
  type VendorPriceField,
} from "./vendorPrices";

// User edits live apart from the shipped catalog and are laid over it at read time, so an
// app update that rewrites vendor-prices.json can never lose them. Every merged price keeps
// the date it is true as of: the shipped read date, or the day the user typed it.

export const VENDOR_USER_EDITS_SCHEMA_VERSION = 1;

const nullablePrice = nonNegativeNumberSchema.nullable();

export const vendorPriceOverrideSchema = z.strictObject({
  editedOn: isoDateSchema,
  fields: z.strictObject({
    usdPerMillionInput: nonNegativeNumberSchema.optional(),
    usdPerMillionOutput: nonNegativeNumberSchema.optional(),
    usdPerMillionCachedInput: nullablePrice.optional(),
    usdPerMillionCacheWrite: nullablePrice.optional(),
    usdPerMillionBatchInput: nullablePrice.optional(),
    usdPerMillionBatchOutput: nullablePrice.optional(),
  }),
  /** Per-field edit days, when fields were edited on different days; editedOn is the latest. */
  editedOnByField: z.partialRecord(z.enum(VENDOR_PRICE_FIELDS), isoDateSchema).optional(),
  /** Where the edited prices came from: "entered by hand", or the imported file. */
  source: z.string().optional(),
  /** The entry as it was when edited: keeps the edit usable if the entry leaves the shipped file. */
  baseline: vendorEntrySchema.optional(),
});

export type VendorPriceOverride = z.infer<typeof vendorPriceOverrideSchema>;

export const vendorUserEditsSchema = z.strictObject({
  schemaVersion: z.literal(VENDOR_USER_EDITS_SCHEMA_VERSION),
  /** Keyed by entry id. */
  overrides: z.record(z.string(), vendorPriceOverrideSchema),
  /** Models the user added; their priceReadOn is the day they entered the price. */
  added: z.array(vendorEntrySchema),
});

export type VendorUserEdits = z.infer<typeof vendorUserEditsSchema>;

export const EMPTY_VENDOR_USER_EDITS: VendorUserEdits = { schemaVersion: 1, overrides: {}, added: [] };

export type PriceOrigin = "shipped" | "edited" | "user";

export type MergedVendorEntry = VendorEntry & {
  origin: PriceOrigin;
  /** The date to show next to each price. */
  priceDates: Record<VendorPriceField, string>;
  /** The latest of priceDates, for one date per row in compact lists. */
  priceDate: string;
  editedFields: VendorPriceField[];
  /** Where the edited prices came from; null when nothing is edited. */
  editSource: string | null;
  /** The shipped entry behind an edit, to show "shipped: 2.50"; null for user models. */
  shipped: VendorEntry | null;
  /** The shipped value of a field the user edited has changed since the edit. */
  shippedChangedSinceEdit: boolean;
  /** The entry left the shipped catalog; it is kept because the user edited it. */
  shippedRemoved: boolean;
};

export type MergedVendorCatalog = {
  entries: MergedVendorEntry[];
  /** Overrides whose entry is gone from the shipped catalog and that kept no baseline. */
  orphanedOverrideIds: string[];
  /** Shipped ids hidden because a user-added model has the same id (the user's wins). */
  shadowedShippedIds: string[];
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

function editedFieldsOf(override: VendorPriceOverride): VendorPriceField[] {
  return VENDOR_PRICE_FIELDS.filter((field) => override.fields[field] !== undefined);
}

function build(
  base: VendorEntry,
  origin: PriceOrigin,
  override: VendorPriceOverride | undefined,
  shipped: VendorEntry | null,
  flags: { shippedChangedSinceEdit: boolean; shippedRemoved: boolean },
): MergedVendorEntry {
  const editedFields = override === undefined ? [] : editedFieldsOf(override);
  const merged: VendorEntry = { ...base, ...(override?.fields ?? {}) };
  const priceDates = Object.fromEntries(
    VENDOR_PRICE_FIELDS.map((field) => [
      field,
      editedFields.includes(field) ? (override!.editedOnByField?.[field] ?? override!.editedOn) : base.priceReadOn,
    ]),
  ) as Record<VendorPriceField, string>;
  // ISO dates compare correctly as strings.
  const priceDate = Object.values(priceDates).reduce((latest, date) => (date > latest ? date : latest));
  return {
    ...merged,
    origin: origin === "shipped" && editedFields.length > 0 ? "edited" : origin,
    priceDates,
    priceDate,
    editedFields,
    editSource: editedFields.length > 0 ? (override?.source ?? "entered by hand") : null,
    shipped,
    ...flags,
  };
}

function shippedMovedUnderEdit(shipped: VendorEntry, override: VendorPriceOverride): boolean {
  const baseline = override.baseline;
  if (baseline === undefined) return false;
  return editedFieldsOf(override).some((field) => (baseline[field] ?? null) !== (shipped[field] ?? null));
}

/** Lays user edits over the shipped catalog: shipped order first, then kept-removed, then user models. */
export function mergeVendorPrices(shipped: readonly VendorEntry[], userEdits: VendorUserEdits): MergedVendorCatalog {
  const userIds = new Set(userEdits.added.map((entry) => entry.id));
  const shippedIds = new Set(shipped.map((entry) => entry.id));
  const entries: MergedVendorEntry[] = [];
  const shadowedShippedIds: string[] = [];
  const orphanedOverrideIds: string[] = [];

  for (const entry of shipped) {
    if (userIds.has(entry.id)) {
      shadowedShippedIds.push(entry.id);
      continue;
    }
    const override = userEdits.overrides[entry.id];
    const moved = override !== undefined && shippedMovedUnderEdit(entry, override);
    entries.push(build(entry, "shipped", override, override ? entry : null, { shippedChangedSinceEdit: moved, shippedRemoved: false }));
  }
  for (const [id, override] of Object.entries(userEdits.overrides)) {
    if (shippedIds.has(id) || userIds.has(id)) continue;
    if (override.baseline === undefined) orphanedOverrideIds.push(id);
    else entries.push(build(override.baseline, "edited", override, null, { shippedChangedSinceEdit: false, shippedRemoved: true }));
  }
  for (const entry of userEdits.added) {
    const override = userEdits.overrides[entry.id];
    entries.push(build(entry, "user", override, null, { shippedChangedSinceEdit: false, shippedRemoved: false }));
  }
  return { entries, orphanedOverrideIds, shadowedShippedIds };
}

/** Strips the merge bookkeeping, leaving a plain entry (for baselines and exports). */
export function toVendorEntry(entry: VendorEntry | MergedVendorEntry): VendorEntry {
  const plain = vendorEntrySchema.keyof().options;
  return Object.fromEntries(plain.filter((key) => key in entry).map((key) => [key, entry[key]])) as VendorEntry;
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
  const previous = edits.overrides[entry.id];
  const touched = VENDOR_PRICE_FIELDS.filter((field) => fields[field] !== undefined);
  const earlierDates = previous === undefined ? {} : Object.fromEntries(
    editedFieldsOf(previous).map((field) => [field, previous.editedOnByField?.[field] ?? previous.editedOn]),
  );
  const shippedBehind = "shipped" in entry && entry.shipped !== null ? entry.shipped : entry;
  const override: VendorPriceOverride = {
    editedOn,
    fields: { ...(previous?.fields ?? {}), ...fields },
    editedOnByField: { ...earlierDates, ...Object.fromEntries(touched.map((field) => [field, editedOn])) },
    source: [...new Set([...(previous?.source?.split("; ") ?? []), source])].join("; "),
    // The first baseline is the shipped truth the user disagreed with; keep it.
    baseline: previous?.baseline ?? toVendorEntry(shippedBehind),
  };
  return { ...edits, overrides: { ...edits.overrides, [entry.id]: override } };
}

/** Drops the user's edits of one entry, so the shipped price shows again. */
export function clearVendorPriceOverride(edits: VendorUserEdits, id: string): VendorUserEdits {
  const { [id]: _dropped, ...rest } = edits.overrides;
  return { ...edits, overrides: rest };
}

/** Adds or replaces a user model (same id replaces). */
export function putUserVendorEntry(edits: VendorUserEdits, entry: VendorEntry): VendorUserEdits {
  return { ...edits, added: [...edits.added.filter((existing) => existing.id !== entry.id), toVendorEntry(entry)] };
}
