import { useState, type FormEvent } from "react";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { localIsoDate } from "./localDate";
import { PriceField } from "./PriceField";
import { readNewModel, type NewModelDraft, type NewModelErrors } from "./userModels";

type Props = {
  existing: readonly VendorEntry[];
  providers: readonly string[];
  /** Resolves true once saved. */
  onAdd: (entry: VendorEntry) => Promise<boolean>;
  onClose: () => void;
};

const EMPTY_DRAFT: NewModelDraft = { label: "", provider: "", input: "", output: "", cachedInput: "", source: "", notes: "" };

/** A vendor model the shipped catalog lacks (a fine-tune, a reseller, a negotiated price). */
export function AddModelForm({ existing, providers, onAdd, onClose }: Props) {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [errors, setErrors] = useState<NewModelErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (key: keyof NewModelDraft) => (value: string) => setDraft({ ...draft, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = readNewModel(draft, existing, localIsoDate());
    if (!read.ok) return setErrors(read.errors);
    setErrors({});
    setSaving(true);
    const saved = await onAdd(read.entry);
    setSaving(false);
    if (saved) onClose();
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="add-model-title">
      <h3 id="add-model-title">Add a model</h3>
      <p className="muted small">Prices are in USD per 1M tokens and dated today. Your models are stored with your edits, apart from the shipped catalog.</p>
      <div className="form-grid">
        <label>
          Model name
          <input value={draft.label} onChange={(event) => set("label")(event.target.value)} aria-invalid={errors.label !== undefined} />
          {errors.label && <span className="field-error">{errors.label}</span>}
        </label>
        <label>
          Provider
          <input list="catalog-providers" value={draft.provider} onChange={(event) => set("provider")(event.target.value)} aria-invalid={errors.provider !== undefined} />
          {errors.provider && <span className="field-error">{errors.provider}</span>}
          <datalist id="catalog-providers">
            {providers.map((provider) => (
              <option key={provider} value={provider} />
            ))}
          </datalist>
        </label>
        <PriceField visibleLabel="Input (USD / 1M tokens)" label="New model input price (USD per 1M tokens)" value={draft.input} error={errors.input} onChange={set("input")} />
        <PriceField visibleLabel="Output (USD / 1M tokens)" label="New model output price (USD per 1M tokens)" value={draft.output} error={errors.output} onChange={set("output")} />
        <PriceField
          visibleLabel="Cached input (USD / 1M tokens, optional)"
          label="New model cached input price (USD per 1M tokens)"
          value={draft.cachedInput}
          error={errors.cachedInput}
          onChange={set("cachedInput")}
        />
        <label>
          Source (where the price is from)
          <input value={draft.source} placeholder="entered by hand" onChange={(event) => set("source")(event.target.value)} />
        </label>
        <label className="span-2">
          Notes (optional)
          <input value={draft.notes} onChange={(event) => set("notes")(event.target.value)} />
        </label>
      </div>
      <div className="toolbar">
        <button type="submit" className="primary" disabled={saving}>
          Add model
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
