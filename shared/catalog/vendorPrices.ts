import { z } from "zod";
import { isoDateSchema, nonEmptyTextSchema, nonNegativeNumberSchema } from "./catalogFields";
import { parseCatalogJson, type FieldExpectations, type ParseResult } from "./catalogParse";

// The vendor API price catalog: what a team pays per 1M tokens today, the thing a
// self-hosted 7B model has to beat. Every price carries the day it was read and where from,
// because these numbers move and a stale one silently flips a break-even verdict.

export const VENDOR_CATALOG_SCHEMA_VERSION = 1;

/** The price fields, in display order; the only fields user edits and imports may change. */
export const VENDOR_PRICE_FIELDS = [
  "usdPerMillionInput",
  "usdPerMillionOutput",
  "usdPerMillionCachedInput",
  "usdPerMillionCacheWrite",
  "usdPerMillionBatchInput",
  "usdPerMillionBatchOutput",
] as const;

export type VendorPriceField = (typeof VENDOR_PRICE_FIELDS)[number];

const usdPerMillionTokens = nonNegativeNumberSchema;

export const vendorEntrySchema = z.strictObject({
  /** Stable id used by user edits and saved scenarios; never reuse one for another model. */
  id: nonEmptyTextSchema,
  label: nonEmptyTextSchema,
  /** Who bills you: "anthropic", "openai", "bedrock", "groq" … (LiteLLM's provider names). */
  provider: nonEmptyTextSchema,
  /** Key in LiteLLM's price file; lets an imported file be matched to this entry. */
  litellmKey: nonEmptyTextSchema.nullable().optional(),
  usdPerMillionInput: usdPerMillionTokens,
  usdPerMillionOutput: usdPerMillionTokens,
  /** Price of input tokens read from the vendor's prompt cache; null when the vendor has none. */
  usdPerMillionCachedInput: usdPerMillionTokens.nullable(),
  /** Price of writing input into the cache (Anthropic's 5-minute cache write). */
  usdPerMillionCacheWrite: usdPerMillionTokens.nullable().optional(),
  /** Batch-API prices; absent or null when none is published. */
  usdPerMillionBatchInput: usdPerMillionTokens.nullable().optional(),
  usdPerMillionBatchOutput: usdPerMillionTokens.nullable().optional(),
  /** Tiers, deprecation, anything that changes how the price applies. */
  notes: z.string().optional(),
  source: nonEmptyTextSchema,
  priceReadOn: isoDateSchema,
});

export type VendorEntry = z.infer<typeof vendorEntrySchema>;

// Ids must be unique; parseCatalogJson checks that on the raw JSON.
export const vendorCatalogSchema = z.strictObject({
  schemaVersion: z.literal(VENDOR_CATALOG_SCHEMA_VERSION),
  catalogDate: isoDateSchema,
  notes: z.string().optional(),
  entries: z.array(vendorEntrySchema).min(1),
});

export type VendorCatalog = z.infer<typeof vendorCatalogSchema>;

const PRICE = "a number ≥ 0 (USD per 1M tokens)";
const OPTIONAL_PRICE = "a number ≥ 0 (USD per 1M tokens), or null when there is no such price";
const TEXT = "a non-empty string";

export const VENDOR_FIELD_EXPECTATIONS: FieldExpectations = {
  schemaVersion: `${VENDOR_CATALOG_SCHEMA_VERSION}`,
  catalogDate: "a date written YYYY-MM-DD",
  notes: "a string",
  entries: "a non-empty list of price entries",
  id: TEXT,
  label: TEXT,
  provider: TEXT,
  litellmKey: `${TEXT} or null`,
  usdPerMillionInput: PRICE,
  usdPerMillionOutput: PRICE,
  usdPerMillionCachedInput: OPTIONAL_PRICE,
  usdPerMillionCacheWrite: OPTIONAL_PRICE,
  usdPerMillionBatchInput: OPTIONAL_PRICE,
  usdPerMillionBatchOutput: OPTIONAL_PRICE,
  source: `${TEXT} saying where the price was read`,
  priceReadOn: "a date written YYYY-MM-DD",
};

/** Validates vendor-prices.json (already JSON-parsed); errors name the entry and the field. */
export function parseVendorCatalog(json: unknown): ParseResult<VendorCatalog> {
  return parseCatalogJson(json, vendorCatalogSchema, {
    catalogName: "vendor price catalog",
    schemaVersion: VENDOR_CATALOG_SCHEMA_VERSION,
    expectations: VENDOR_FIELD_EXPECTATIONS,
  });
}
