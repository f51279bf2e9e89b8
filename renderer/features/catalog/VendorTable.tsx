import { useState } from "react";
import type { MergedVendorEntry, VendorPriceOverride } from "../../../shared/catalog/mergeCatalog";
import { PriceEditRow } from "./PriceEditRow";
import { VendorRow, type VendorRowActions } from "./VendorRow";

type Props = Omit<VendorRowActions, "onEdit"> & {
  entries: readonly MergedVendorEntry[];
  onSavePrices: (entry: MergedVendorEntry, fields: VendorPriceOverride["fields"]) => Promise<boolean>;
};

export function VendorTable({ entries, onSavePrices, onRevert, onRemove }: Props) {
  // One row at a time: two open edits would make "which Save did I press" a real question.
  const [editingId, setEditingId] = useState<string | null>(null);
  return (
    <table data-testid="vendor-table">
      <thead>
        <tr>
          <th>Model</th>
          <th>Provider</th>
          <th className="num">Input (USD / 1M tokens)</th>
          <th className="num">Output (USD / 1M tokens)</th>
          <th className="num">Cached input (USD / 1M tokens)</th>
          <th>Source</th>
          <th>
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) =>
          entry.id === editingId ? (
            <PriceEditRow key={entry.id} entry={entry} onSave={(fields) => onSavePrices(entry, fields)} onCancel={() => setEditingId(null)} />
          ) : (
            <VendorRow key={entry.id} entry={entry} onEdit={() => setEditingId(entry.id)} onRevert={onRevert} onRemove={onRemove} />
          ),
        )}
        {entries.length === 0 && (
          <tr>
            <td colSpan={7} className="muted">
              No model matches these filters.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
