import { useState } from "react";
import type { GpuQuoteFields, MergedGpuEntry } from "../../../shared/catalog/gpuEdits";
import { GpuQuoteEditRow } from "./GpuQuoteEditRow";
import { GpuRow, type GpuRowActions } from "./GpuRow";

type Props = Omit<GpuRowActions, "onEdit"> & {
  gpus: readonly MergedGpuEntry[];
  onSaveQuote: (gpu: MergedGpuEntry, fields: GpuQuoteFields) => Promise<boolean>;
};

/** The GPU catalog with the user's quotes and GPUs; one row is edited at a time. */
export function GpuCatalogTable({ gpus, onSaveQuote, ...actions }: Props) {
  // One row at a time: two open edits would make "which Save did I press" a real question.
  const [editingId, setEditingId] = useState<string | null>(null);
  return (
    <table data-testid="gpu-catalog-table">
      <thead>
        <tr>
          <th>GPU</th>
          <th>Vendor</th>
          <th>Segment</th>
          <th className="num">VRAM (GB)</th>
          <th className="num">Bandwidth (GB/s)</th>
          <th className="num">Board power (W)</th>
          <th className="num">Purchase (USD)</th>
          <th className="num">Cloud (USD / h)</th>
          <th>Sources</th>
          <th>Read on (date)</th>
          <th>
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {gpus.map((gpu) =>
          gpu.id === editingId ? (
            <GpuQuoteEditRow key={gpu.id} gpu={gpu} onSave={(fields) => onSaveQuote(gpu, fields)} onCancel={() => setEditingId(null)} />
          ) : (
            <GpuRow key={gpu.id} gpu={gpu} onEdit={() => setEditingId(gpu.id)} {...actions} />
          ),
        )}
        {gpus.length === 0 && (
          <tr>
            <td colSpan={11} className="muted">
              No GPU matches these filters.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
