import { useState } from "react";
import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";
import { AddedModelPicker } from "./AddedModelPicker";
import { ChangedPriceList } from "./ChangedPriceList";
import { changedEntryIds, type ImportSelection, type ReadyImport } from "./litellmFile";
import { SkippedSummary } from "./SkippedSummary";

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

type Props = {
  ready: ReadyImport;
  current: readonly MergedVendorEntry[];
  applying: boolean;
  onApply: (selection: ImportSelection) => void;
  onCancel: () => void;
};

export function ImportPreviewView({ ready, current, applying, onApply, onCancel }: Props) {
  const { preview } = ready;
  // Changes to known models are what the user imported the file for, so they start ticked.
  const [changedIds, setChangedIds] = useState<ReadonlySet<string>>(() => new Set(changedEntryIds(preview)));
  const [addedIds, setAddedIds] = useState<ReadonlySet<string>>(new Set());
  const labelOf = (id: string) => current.find((entry) => entry.id === id)?.label ?? id;
  const toggleChanged = (id: string) => {
    const next = new Set(changedIds);
    if (!next.delete(id)) next.add(id);
    setChangedIds(next);
  };
  const nothingChosen = changedIds.size === 0 && addedIds.size === 0;

  return (
    <div data-testid="import-preview">
      <p role="status">
        <strong>{ready.fileName}</strong>: {count(changedEntryIds(preview).length, "model")} with changed prices, {count(preview.added.length, "new model")},{" "}
        {preview.unchanged} unchanged, {preview.skipped.length} skipped.
      </p>
      <h3>Changed prices</h3>
      <ChangedPriceList changed={preview.changed} labelOf={labelOf} selected={changedIds} onToggle={toggleChanged} />
      <h3>New models</h3>
      <AddedModelPicker added={preview.added} selected={addedIds} onChange={setAddedIds} />
      <SkippedSummary skipped={preview.skipped} />
      <p className="muted small">Applied prices become your edits, dated today and sourced to this file: the shipped catalog is not changed, and each one can be reverted.</p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={applying || nothingChosen} onClick={() => onApply({ changedIds, addedIds })}>
          Apply
        </button>
        <button type="button" onClick={onCancel} disabled={applying}>
          Cancel
        </button>
        {nothingChosen && <span className="muted small">Tick a change or a new model to apply.</span>}
      </div>
    </div>
  );
}
