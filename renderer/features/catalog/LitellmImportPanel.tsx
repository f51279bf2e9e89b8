import { useState, type ChangeEvent } from "react";
import type { MergedVendorEntry, VendorUserEdits } from "../../../shared/catalog/mergeCatalog";
import { ImportPreviewView } from "./ImportPreviewView";
import { applySelectedImport, checkFileSize, prepareImport, type ImportSelection, type ReadyImport } from "./litellmFile";
import { localIsoDate } from "./localDate";

type Props = {
  current: readonly MergedVendorEntry[];
  edits: VendorUserEdits;
  save: (next: VendorUserEdits, savedText: string) => Promise<boolean>;
  onClose: () => void;
};

/** Choose a LiteLLM price file, see what it would change, keep what you want. */
export function LitellmImportPanel({ current, edits, save, onClose }: Props) {
  const [ready, setReady] = useState<ReadyImport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again, after fixing it, fires a change.
    event.target.value = "";
    if (file === undefined) return;
    setReady(null);
    const tooBig = checkFileSize(file.name, file.size);
    if (tooBig !== null) return setError(tooBig);
    setBusy(true);
    try {
      const prepared = prepareImport(await file.text(), file.name, current, localIsoDate());
      setError(prepared.ok ? null : prepared.error);
      setReady(prepared.ok ? prepared.value : null);
    } catch (readError) {
      setError(`Could not read "${file.name}" (${readError instanceof Error ? readError.message : String(readError)}). Choose the file again.`);
    } finally {
      setBusy(false);
    }
  }

  async function apply(selection: ImportSelection) {
    if (ready === null) return;
    setBusy(true);
    const result = applySelectedImport(edits, current, ready, selection, localIsoDate());
    const saved = await save(result.edits, result.summary);
    setBusy(false);
    if (saved) onClose();
  }

  return (
    <section className="panel" aria-labelledby="import-title">
      <h3 id="import-title">Import LiteLLM prices</h3>
      <p className="muted small">
        A file in the format of LiteLLM's <code>model_prices_and_context_window.json</code> (github.com/BerriAI/litellm). Nothing changes until you
        press Apply.
      </p>
      <label>
        Price file (.json)
        <input type="file" accept=".json,application/json" onChange={choose} disabled={busy} data-testid="litellm-file" />
      </label>
      {busy && ready === null && <p className="muted">Reading the file…</p>}
      {error !== null && (
        <div className="notice notice-error" role="alert">
          <p className="pre-line">{error}</p>
        </div>
      )}
      {ready !== null && <ImportPreviewView key={ready.sourceName} ready={ready} current={current} applying={busy} onApply={apply} onCancel={onClose} />}
      {ready === null && (
        <div className="toolbar">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </section>
  );
}
