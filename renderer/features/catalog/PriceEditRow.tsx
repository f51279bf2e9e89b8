import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";
import { priceToInputText } from "./priceFormat";
import { changedPrices, readPriceDraft, type PriceDraft } from "./priceInput";
import { PriceField } from "./PriceField";
import { useRowPriceEdit } from "./useRowPriceEdit";

type Props = {
  entry: MergedVendorEntry;
  /** Called with only the prices that changed; resolves true once saved. */
  onSave: (fields: ReturnType<typeof changedPrices>) => Promise<boolean>;
  onCancel: () => void;
};

/** The row, in place, with its three prices as inputs; Enter saves, Escape cancels. */
export function PriceEditRow({ entry, onSave, onCancel }: Props) {
  const { draft, errors, saving, submit, setField } = useRowPriceEdit({
    initial: (): PriceDraft => ({
      input: priceToInputText(entry.usdPerMillionInput),
      output: priceToInputText(entry.usdPerMillionOutput),
      cachedInput: priceToInputText(entry.usdPerMillionCachedInput),
    }),
    read: (current: PriceDraft) => {
      const read = readPriceDraft(current);
      return read.ok ? { ok: true as const, value: read.prices } : read;
    },
    changed: (prices) => changedPrices(entry, prices),
    onSave,
    onCancel,
  });
  const formId = `edit-${entry.id}`;

  const field = (key: keyof PriceDraft, label: string) => (
    <td className="num">
      <PriceField
        form={formId}
        label={`${label} price of ${entry.label} (USD per 1M tokens)`}
        value={draft[key]}
        error={errors[key]}
        onChange={(value) => setField(key, value)}
        onEscape={onCancel}
      />
    </td>
  );

  return (
    <tr className="row-editing" data-testid={`vendor-row-${entry.id}`}>
      <td>
        <div className="row-title">{entry.label}</div>
        <form id={formId} onSubmit={submit} noValidate />
        <div className="price-date">Editing: the new prices are dated today. Leave cached input empty if there is none.</div>
      </td>
      <td>{entry.provider}</td>
      {field("input", "Input")}
      {field("output", "Output")}
      {field("cachedInput", "Cached input")}
      <td className="source-cell">{entry.source}</td>
      <td className="row-actions">
        <button type="submit" form={formId} className="primary" disabled={saving}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </td>
    </tr>
  );
}
