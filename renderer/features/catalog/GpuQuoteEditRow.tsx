import { useState, type FormEvent } from "react";
import type { GpuQuoteFields, MergedGpuEntry } from "../../../shared/catalog/gpuEdits";
import { changedQuotes, quoteDraftOf, readGpuQuoteDraft, type GpuQuoteDraft, type GpuQuoteErrors } from "./gpuQuotes";
import { PriceField } from "./PriceField";

type Props = {
  gpu: MergedGpuEntry;
  /** Called with only the figures that changed; resolves true once saved. */
  onSave: (fields: GpuQuoteFields) => Promise<boolean>;
  onCancel: () => void;
};

/** The row, in place, with its two prices as inputs; Enter saves, Escape cancels. */
export function GpuQuoteEditRow({ gpu, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<GpuQuoteDraft>(() => quoteDraftOf(gpu));
  const [errors, setErrors] = useState<GpuQuoteErrors>({});
  const [saving, setSaving] = useState(false);
  const formId = `quote-${gpu.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = readGpuQuoteDraft(draft);
    if (!read.ok) return setErrors(read.errors);
    const fields = changedQuotes(gpu, read.quote);
    if (Object.keys(fields).length === 0) return onCancel();
    setSaving(true);
    const saved = await onSave(fields);
    setSaving(false);
    if (saved) onCancel();
  }

  const field = (key: keyof GpuQuoteDraft, label: string) => (
    <td className="num">
      <PriceField form={formId} label={`${label} of ${gpu.label}`} value={draft[key]} error={errors[key]} onChange={(value) => setDraft({ ...draft, [key]: value })} onEscape={onCancel} />
    </td>
  );

  return (
    <tr className="row-editing" data-testid={`gpu-row-${gpu.id}`}>
      <td>
        <div className="row-title">{gpu.label}</div>
        <form id={formId} onSubmit={submit} noValidate />
        <div className="price-date">Your quote: dated today. Leave a price empty when there is none.</div>
      </td>
      <td>{gpu.vendor}</td>
      <td>{gpu.segment}</td>
      <td className="num">{gpu.vramGb}</td>
      <td className="num">{gpu.memoryBandwidthGBps.toLocaleString("en-US")}</td>
      <td className="num">{gpu.boardPowerWatts ?? "—"}</td>
      {field("purchase", "Purchase price (USD per GPU)")}
      {field("cloud", "Cloud price (USD per GPU-hour)")}
      <td />
      <td className="nowrap">{gpu.readOn}</td>
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
