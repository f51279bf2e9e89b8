import { useState, type FormEvent } from "react";
import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";
import { priceToInputText } from "./priceFormat";
import { changedPrices, readPriceDraft, type PriceDraft, type PriceDraftErrors } from "./priceInput";
import { PriceField } from "./PriceField";

type Props = {
  entry: MergedVendorEntry;
  /** Called with only the prices that changed; resolves true once saved. */
  onSave: (fields: ReturnType<typeof changedPrices>) => Promise<boolean>;
  onCancel: () => void;
};

/** The row, in place, with its three prices as inputs; Enter saves, Escape cancels. */
export function PriceEditRow({ entry, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<PriceDraft>({
    input: priceToInputText(entry.usdPerMillionInput),
    output: priceToInputText(entry.usdPerMillionOutput),
    cachedInput: priceToInputText(entry.usdPerMillionCachedInput),
  });
  const [errors, setErrors] = useState<PriceDraftErrors>({});
  const [saving, setSaving] = useState(false);
  const formId = `edit-${entry.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = readPriceDraft(draft);
    if (!read.ok) return setErrors(read.errors);
    const fields = changedPrices(entry, read.prices);
    if (Object.keys(fields).length === 0) return onCancel();
    setSaving(true);
    const saved = await onSave(fields);
    setSaving(false);
    if (saved) onCancel();
  }

  const field = (key: keyof PriceDraft, label: string) => (
    <td className="num">
      <PriceField
        form={formId}
        label={`${label} price of ${entry.label} (USD per 1M tokens)`}
        value={draft[key]}
        error={errors[key]}
        onChange={(value) => setDraft({ ...draft, [key]: value })}
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
