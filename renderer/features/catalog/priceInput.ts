import type { VendorPriceOverride } from "../../../shared/catalog/mergeCatalog";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { readNumberText, type NumberRead } from "./numberInput";

// Reading what a user typed into a vendor price box, in USD per 1M tokens.

export type PriceRead = NumberRead;

/**
 * Parses a USD-per-1M price. Empty means "no such price" (null) when the field is optional.
 * A leading "$" and surrounding spaces are forgiven.
 */
export function readPriceText(text: string, fieldName: string, required: boolean): PriceRead {
  return readNumberText(text, { name: `${fieldName} price`, unit: "USD per 1M tokens", example: "0.15", required });
}

/** The three prices the table shows and the edit form changes, as typed. */
export type PriceDraft = { input: string; output: string; cachedInput: string };

export type PriceDraftErrors = Partial<Record<keyof PriceDraft, string>>;

export type ReadPrices =
  | { ok: true; prices: { usdPerMillionInput: number; usdPerMillionOutput: number; usdPerMillionCachedInput: number | null } }
  | { ok: false; errors: PriceDraftErrors };

export function readPriceDraft(draft: PriceDraft): ReadPrices {
  const input = readPriceText(draft.input, "Input", true);
  const output = readPriceText(draft.output, "Output", true);
  const cached = readPriceText(draft.cachedInput, "Cached input", false);
  if (input.ok && output.ok && cached.ok) {
    return { ok: true, prices: { usdPerMillionInput: input.value!, usdPerMillionOutput: output.value!, usdPerMillionCachedInput: cached.value } };
  }
  const errors: PriceDraftErrors = {};
  if (!input.ok) errors.input = input.error;
  if (!output.ok) errors.output = output.error;
  if (!cached.ok) errors.cachedInput = cached.error;
  return { ok: false, errors };
}

/** Only the prices that differ from the entry: an edit should date only what the user changed. */
export function changedPrices(
  entry: VendorEntry,
  prices: Extract<ReadPrices, { ok: true }>["prices"],
): VendorPriceOverride["fields"] {
  const fields: VendorPriceOverride["fields"] = {};
  if (prices.usdPerMillionInput !== entry.usdPerMillionInput) fields.usdPerMillionInput = prices.usdPerMillionInput;
  if (prices.usdPerMillionOutput !== entry.usdPerMillionOutput) fields.usdPerMillionOutput = prices.usdPerMillionOutput;
  if (prices.usdPerMillionCachedInput !== (entry.usdPerMillionCachedInput ?? null)) fields.usdPerMillionCachedInput = prices.usdPerMillionCachedInput;
  return fields;
}
