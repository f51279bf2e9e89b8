import type { ChangeEvent } from "react";
import type { CatalogEdits } from "../../../shared/catalog/catalogs";
import { describeEditCount, editsToJson, mergeEditsDocuments, readEditsFile } from "./editsFile";
import { downloadJson } from "../../components/ui/downloadJson";
import { localIsoDate } from "./localDate";

type Props = {
  edits: CatalogEdits;
  save: (next: CatalogEdits, savedText: string) => Promise<boolean>;
  onError: (text: string) => void;
};

/** Export the user's price and GPU edits to one file and bring them back, e.g. onto another machine. */
export function EditsFileActions({ edits, save, onError }: Props) {
  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file === undefined) return;
    const read = readEditsFile(await file.text().catch(() => ""));
    if (!read.ok) return onError(`Could not import "${file.name}": ${read.error}\nNothing was changed: your saved edits are as they were.`);
    await save(mergeEditsDocuments(edits, read.value), `Imported ${describeEditCount(read.value)} from "${file.name}"; where both had an edit of the same model or GPU, the file's was kept.`);
  }

  return (
    <>
      <button type="button" onClick={() => downloadJson(`breakeven-catalog-edits-${localIsoDate()}.json`, editsToJson(edits))}>
        Export my edits
      </button>
      <label className="file-button">
        <span>Import edits…</span>
        <input type="file" accept=".json,application/json" onChange={importFile} aria-label="Import price and GPU edits from a file" />
      </label>
    </>
  );
}
