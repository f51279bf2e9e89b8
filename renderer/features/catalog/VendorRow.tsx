import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";
import { ConfirmRemoveButton } from "./ConfirmRemoveButton";
import { OriginPills } from "./OriginPills";
import { PriceCell } from "./PriceCell";

export type VendorRowActions = {
  onEdit: () => void;
  /** Drops the user's price edits of a shipped model. */
  onRevert: (entry: MergedVendorEntry) => void;
  /** Deletes one of the user's own models. */
  onRemove: (entry: MergedVendorEntry) => void;
};

export function VendorRow({ entry, onEdit, onRevert, onRemove }: { entry: MergedVendorEntry } & VendorRowActions) {
  return (
    <tr data-testid={`vendor-row-${entry.id}`}>
      <td title={entry.notes}>
        <div className="row-title">{entry.label}</div>
        <div className="price-date">{entry.id}</div>
        <OriginPills entry={entry} />
      </td>
      <td>{entry.provider}</td>
      <PriceCell entry={entry} field="usdPerMillionInput" />
      <PriceCell entry={entry} field="usdPerMillionOutput" />
      <PriceCell entry={entry} field="usdPerMillionCachedInput" />
      <td className="source-cell" title={entry.source}>
        {entry.editSource !== null && <div>Edit: {entry.editSource}</div>}
        <div className={entry.editSource !== null ? "price-date" : undefined}>{entry.source}</div>
      </td>
      <td className="row-actions">
        <button type="button" onClick={onEdit} aria-label={`Edit prices of ${entry.label}`}>
          Edit
        </button>
        {entry.origin === "edited" && (
          <button type="button" onClick={() => onRevert(entry)} aria-label={`Revert ${entry.label} to the shipped prices`}>
            Revert
          </button>
        )}
        {entry.origin === "user" && <ConfirmRemoveButton label={entry.label} onRemove={() => onRemove(entry)} />}
      </td>
    </tr>
  );
}
