import type { GpuQuoteFields, MergedGpuEntry } from "../../../shared/catalog/gpuEdits";
import { changedQuotes, quoteDraftOf, readGpuQuoteDraft, type GpuQuoteDraft } from "./gpuQuotes";
import { PriceField } from "./PriceField";
import { useRowPriceEdit } from "./useRowPriceEdit";

type Props = {
  gpu: MergedGpuEntry;
  /** Called with only the figures that changed; resolves true once saved. */
  onSave: (fields: GpuQuoteFields) => Promise<boolean>;
  onCancel: () => void;
};

/** The row, in place, with its two prices as inputs; Enter saves, Escape cancels. */
export function GpuQuoteEditRow({ gpu, onSave, onCancel }: Props) {
  const { draft, errors, saving, submit, setField } = useRowPriceEdit({
    initial: () => quoteDraftOf(gpu),
    read: (current: GpuQuoteDraft) => {
      const read = readGpuQuoteDraft(current);
      return read.ok ? { ok: true as const, value: read.quote } : read;
    },
    changed: (quote) => changedQuotes(gpu, quote),
    onSave,
    onCancel,
  });
  const formId = `quote-${gpu.id}`;

  const field = (key: keyof GpuQuoteDraft, label: string) => (
    <td className="num">
      <PriceField form={formId} label={`${label} of ${gpu.label}`} value={draft[key]} error={errors[key]} onChange={(value) => setField(key, value)} onEscape={onCancel} />
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
