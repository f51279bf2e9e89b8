import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";
import type { VendorPriceField } from "../../../shared/catalog/vendorPrices";
import { formatUsdPerMillion } from "./priceFormat";

// Every price is shown with the day it is true as of, because a stale vendor price silently
// moves the break-even month. An edited price also shows what shipped, so the edit is visible.

function dateLabel(entry: MergedVendorEntry, field: VendorPriceField, edited: boolean): string {
  const date = entry.priceDates[field];
  if (edited) return `edited ${date}`;
  return entry.origin === "user" ? `entered ${date}` : `read ${date}`;
}

export function PriceCell({ entry, field }: { entry: MergedVendorEntry; field: VendorPriceField }) {
  const edited = entry.editedFields.includes(field);
  const shipped = edited ? entry.shipped : null;
  const shippedText = shipped ? `shipped ${formatUsdPerMillion(shipped[field])} (read ${shipped.priceReadOn})` : null;
  return (
    <td className="num" title={shippedText ?? undefined} data-field={field}>
      <span className={edited ? "price price-edited" : "price"}>{formatUsdPerMillion(entry[field])}</span>
      <span className="price-date">{dateLabel(entry, field, edited)}</span>
      {shippedText !== null && <span className="price-date">{shippedText}</span>}
    </td>
  );
}
