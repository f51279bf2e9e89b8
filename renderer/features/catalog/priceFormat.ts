import type { VendorPriceField } from "../../../shared/catalog/vendorPrices";

// How prices read everywhere on the Catalog page: dollars with as many decimals as the vendor
// publishes (0.075 stays 0.075, never 0.08), and a dash for "no such price".

const MAX_PRICE_DECIMALS = 6;

/** "$0.075", "$15.00", "—" for null; USD per 1M tokens is said by the column header. */
export function formatUsdPerMillion(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: MAX_PRICE_DECIMALS })}`;
}

/** Plain number for an input box: no "$", no thousands separators, empty for null. */
export function priceToInputText(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** Short names of every price field, for preview lines such as "Input $2.50 → $2.00". */
export const PRICE_FIELD_LABELS: Readonly<Record<VendorPriceField, string>> = {
  usdPerMillionInput: "Input",
  usdPerMillionOutput: "Output",
  usdPerMillionCachedInput: "Cached input",
  usdPerMillionCacheWrite: "Cache write",
  usdPerMillionBatchInput: "Batch input",
  usdPerMillionBatchOutput: "Batch output",
};
