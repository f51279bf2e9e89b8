import { useState, type FormEvent } from "react";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { GPU_SEGMENTS } from "./gpuFormat";
import { localIsoDate } from "./localDate";
import { EMPTY_NEW_GPU, GPU_VENDORS, readNewGpu, type NewGpuDraft, type NewGpuErrors } from "./newGpu";
import { PriceField } from "./PriceField";

type Props = {
  existing: readonly GpuEntry[];
  /** Resolves true once saved. */
  onAdd: (gpu: GpuEntry) => Promise<boolean>;
  onClose: () => void;
};

type TextBox = Exclude<keyof NewGpuDraft, "vendor" | "segment" | "unifiedMemory">;

/** A GPU the shipped catalog lacks; stored with the user's edits, apart from the shipped catalog. */
export function AddGpuForm({ existing, onAdd, onClose }: Props) {
  const [draft, setDraft] = useState(EMPTY_NEW_GPU);
  const [errors, setErrors] = useState<NewGpuErrors>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof NewGpuDraft>(key: K) => (value: NewGpuDraft[K]) => setDraft({ ...draft, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const read = readNewGpu(draft, existing, localIsoDate());
    if (!read.ok) return setErrors(read.errors);
    setErrors({});
    setSaving(true);
    const saved = await onAdd(read.gpu);
    setSaving(false);
    if (saved) onClose();
  }

  const number = (key: TextBox & keyof NewGpuErrors, visibleLabel: string, label: string) => (
    <PriceField visibleLabel={visibleLabel} label={label} value={draft[key]} error={errors[key]} onChange={set(key)} />
  );

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="add-gpu-title">
      <h3 id="add-gpu-title">Add a GPU</h3>
      <p className="muted small">
        Specs from the vendor's sheet; prices are your quotes, dated today. Bandwidth drives the projected speed on the Compare page, VRAM whether the model fits.
      </p>
      <div className="form-grid">
        <label>
          GPU name
          <input value={draft.label} onChange={(event) => set("label")(event.target.value)} aria-invalid={errors.label !== undefined} />
          {errors.label && <span className="field-error">{errors.label}</span>}
        </label>
        <label>
          Vendor
          <select value={draft.vendor} onChange={(event) => set("vendor")(event.target.value as NewGpuDraft["vendor"])} aria-invalid={errors.vendor !== undefined}>
            <option value="">Choose…</option>
            {GPU_VENDORS.map((vendor) => (
              <option key={vendor} value={vendor}>
                {vendor}
              </option>
            ))}
          </select>
          {errors.vendor && <span className="field-error">{errors.vendor}</span>}
        </label>
        <label>
          Segment
          <select value={draft.segment} onChange={(event) => set("segment")(event.target.value as NewGpuDraft["segment"])} aria-invalid={errors.segment !== undefined}>
            <option value="">Choose…</option>
            {GPU_SEGMENTS.map((segment) => (
              <option key={segment} value={segment}>
                {segment}
              </option>
            ))}
          </select>
          {errors.segment && <span className="field-error">{errors.segment}</span>}
        </label>
        {number("vramGb", "VRAM (GB)", "New GPU VRAM (GB)")}
        {number("memoryBandwidthGBps", "Memory bandwidth (GB/s)", "New GPU memory bandwidth (GB/s)")}
        {number("boardPowerWatts", "Board power (W, optional)", "New GPU board power (W)")}
        {number("purchase", "Purchase price (USD per GPU, optional)", "New GPU purchase price (USD per GPU)")}
        {number("cloud", "Cloud price (USD per GPU-hour, optional)", "New GPU cloud price (USD per GPU-hour)")}
        <label className="check">
          <input type="checkbox" checked={draft.unifiedMemory} onChange={(event) => set("unifiedMemory")(event.target.checked)} />
          Unified memory (CPU and GPU share it, as on Apple silicon)
        </label>
        <label>
          Source (where the figures are from)
          <input value={draft.source} placeholder="entered by hand" onChange={(event) => set("source")(event.target.value)} />
        </label>
        <label className="span-2">
          Note (optional)
          <input value={draft.notes} onChange={(event) => set("notes")(event.target.value)} />
        </label>
      </div>
      <div className="toolbar">
        <button type="submit" className="primary" disabled={saving}>
          Add GPU
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
