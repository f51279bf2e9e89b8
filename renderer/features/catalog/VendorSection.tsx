import { useMemo, useState } from "react";
import { clearVendorPriceOverride, putUserVendorEntry, type MergedVendorEntry, type VendorPriceOverride } from "../../../shared/catalog/mergeCatalog";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import type { CatalogsView } from "../../db/useCatalogs";
import { AddModelForm } from "./AddModelForm";
import { LitellmImportPanel } from "./LitellmImportPanel";
import { localIsoDate } from "./localDate";
import { PRICE_FIELD_LABELS, formatUsdPerMillion } from "./priceFormat";
import { SaveMessageView } from "./SaveMessageView";
import { useEditSaver } from "./useEditSaver";
import { editPrices, removeUserModel } from "./userModels";
import { filterVendorEntries, NO_VENDOR_FILTER, providersOf } from "./vendorFilter";
import { VendorFilterBar } from "./VendorFilterBar";
import { VendorTable } from "./VendorTable";

type Props = Pick<CatalogsView, "vendor" | "edits" | "editsError" | "saveEdits">;

function describeFields(fields: VendorPriceOverride["fields"]): string {
  return Object.entries(fields)
    .map(([field, value]) => `${PRICE_FIELD_LABELS[field as keyof typeof PRICE_FIELD_LABELS]} ${formatUsdPerMillion(value)}`)
    .join(", ");
}

/** Vendor API prices: the table, its filters, and every way the user changes a price. */
export function VendorSection({ vendor, edits, editsError, saveEdits }: Props) {
  const [filter, setFilter] = useState(NO_VENDOR_FILTER);
  const [panel, setPanel] = useState<"none" | "add" | "import">("none");
  const { message, setMessage, save } = useEditSaver(saveEdits);
  const providers = useMemo(() => providersOf(vendor), [vendor]);
  const shown = useMemo(() => filterVendorEntries(vendor, filter), [vendor, filter]);
  const locked = editsError !== null;

  const savePrices = (entry: MergedVendorEntry, fields: VendorPriceOverride["fields"]) =>
    save(editPrices(edits, entry, fields, localIsoDate()), `Saved ${entry.label}: ${describeFields(fields)} (USD per 1M tokens), dated ${localIsoDate()}.`);
  const revert = (entry: MergedVendorEntry) =>
    void save(clearVendorPriceOverride(edits, entry.id), `Reverted ${entry.label} to the shipped prices.`);
  const remove = (entry: MergedVendorEntry) => void save(removeUserModel(edits, entry.id), `Removed ${entry.label}.`);
  const add = (entry: VendorEntry) => save(putUserVendorEntry(edits, entry), `Added ${entry.label}.`);

  return (
    <div>
      <div className="toolbar">
        <button type="button" onClick={() => setPanel("add")} disabled={locked}>
          Add a model
        </button>
        <button type="button" onClick={() => setPanel("import")} disabled={locked}>
          Import LiteLLM prices…
        </button>
      </div>
      {panel === "add" && <AddModelForm existing={vendor} providers={providers} onAdd={add} onClose={() => setPanel("none")} />}
      {panel === "import" && <LitellmImportPanel current={vendor} edits={edits} save={save} onClose={() => setPanel("none")} />}
      <SaveMessageView message={message} onClose={() => setMessage(null)} />
      <VendorFilterBar filter={filter} providers={providers} onChange={setFilter} shown={shown.length} total={vendor.length} />
      <VendorTable entries={shown} onSavePrices={savePrices} onRevert={revert} onRemove={remove} />
    </div>
  );
}
