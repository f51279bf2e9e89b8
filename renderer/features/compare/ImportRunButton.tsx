// The file picker behind "Import run…". Several files may be picked at once; each one is reported
// on its own, so one bad file does not hide that the others were imported.
import { useRef, useState } from "react";
import { describeImport, importRunFile, type ImportOutcome } from "./importRunFile";

export function ImportRunButton({ onImported }: { onImported: (outcomes: ImportOutcome[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function importFiles(files: FileList | null) {
    if (files === null || files.length === 0) return;
    setBusy(true);
    const outcomes: ImportOutcome[] = [];
    for (const file of Array.from(files)) {
      try {
        outcomes.push(await importRunFile(file));
      } catch (error) {
        // Only the database can throw here (the file itself is checked); say so rather than lose it.
        outcomes.push({ kind: "refused", fileName: file.name, error: `It could not be saved in this browser's storage (${error instanceof Error ? error.message : String(error)}).` });
      }
    }
    setBusy(false);
    if (input.current) input.current.value = "";
    onImported(outcomes);
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        data-testid="import-run-input"
        onChange={(event) => void importFiles(event.target.files)}
      />
      <button type="button" className="primary" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? "Importing…" : "Import run…"}
      </button>
    </>
  );
}

export function ImportMessages({ outcomes, onDismiss }: { outcomes: ImportOutcome[]; onDismiss: () => void }) {
  if (outcomes.length === 0) return null;
  const failed = outcomes.some((outcome) => outcome.kind === "refused");
  return (
    <div className={`notice ${failed ? "notice-error" : "notice-info"}`} role={failed ? "alert" : "status"} data-testid="import-message">
      {outcomes.map((outcome, index) => (
        <p key={index}>{describeImport(outcome)}</p>
      ))}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
