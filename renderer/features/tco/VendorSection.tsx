import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";
import type { VendorInput } from "../../../shared/tco";
import { matchVendorEntry, vendorFromEntry } from "./catalogPick";
import { bind, FormSection, type SectionProps } from "./FormSection";
import { NumberField } from "./NumberField";

type Props = SectionProps & {
  vendors: readonly MergedVendorEntry[];
  catalogStatus: string;
  /** The entry last picked: of several with the same prices, the one to name. */
  pickedId: string | undefined;
  notes: readonly string[];
  onVendor: (vendor: VendorInput, entryId: string, notes: string[]) => void;
};

const price = (usd: number | null | undefined) => (usd == null ? "—" : `$${usd}`);

export function VendorSection(props: Props) {
  const matched = matchVendorEntry(props.input.vendor, props.vendors, props.pickedId);
  const pick = (id: string) => {
    const entry = props.vendors.find((candidate) => candidate.id === id);
    if (!entry) return;
    const picked = vendorFromEntry(entry, props.input.vendor);
    props.onVendor(picked.value, id, picked.notes);
  };
  const dateOf = (field: keyof MergedVendorEntry["priceDates"]) => (matched ? `catalog, read ${matched.priceDates[field]}` : undefined);
  return (
    <FormSection title="Vendor" hint="The API the team pays today. Pick a model to fill its prices; they stay editable." testId="section-vendor">
      <label className="span-all">
        Vendor model
        <select value={matched?.id ?? ""} onChange={(event) => pick(event.target.value)} data-testid="vendor-model" disabled={props.vendors.length === 0}>
          <option value="">{props.catalogStatus === "loading" ? "Loading the price catalog…" : "Your own prices (no catalog model matches)"}</option>
          {props.vendors.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.label} · {price(entry.usdPerMillionInput)} in / {price(entry.usdPerMillionOutput)} out per 1M · {entry.origin === "shipped" ? "read" : "edited"} {entry.priceDate}
            </option>
          ))}
        </select>
      </label>
      {matched && (
        <p className="span-all small muted" data-testid="vendor-source">
          {matched.label} ({matched.provider}), prices as of {matched.priceDate}
          {matched.origin !== "shipped" ? " — your edit in the Catalog" : ""}. Check the vendor's page before a decision: prices move.
        </p>
      )}
      {props.notes.map((note) => (
        <p key={note} className="span-all small notice notice-info">
          {note}
        </p>
      ))}
      <NumberField label="Input price" unit="$/1M tokens" {...bind(props, "vendor.usdPerMillionInputTokens")} hint={dateOf("usdPerMillionInput")} testId="vendor-input-price" />
      <NumberField label="Output price" unit="$/1M tokens" {...bind(props, "vendor.usdPerMillionOutputTokens")} hint={dateOf("usdPerMillionOutput")} testId="vendor-output-price" />
      <NumberField label="Cached input price" unit="$/1M tokens" {...bind(props, "vendor.usdPerMillionCachedInputTokens")} hint={dateOf("usdPerMillionCachedInput")} />
      <NumberField label="Batch discount" unit="% off list" percent {...bind(props, "vendor.batchDiscountShare")} hint="Also applies to teacher-data generation." />
      <NumberField label="Traffic through the batch API" unit="% of requests" percent {...bind(props, "vendor.batchTrafficShare")} />
    </FormSection>
  );
}
