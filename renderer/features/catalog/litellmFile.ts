import { applyPriceImport } from "../../../shared/catalog/applyPriceImport";
import { importLitellmPrices, previewPriceImport, type PriceImportPreview } from "../../../shared/catalog/litellmImport";
import type { MergedVendorEntry, VendorUserEdits } from "../../../shared/catalog/mergeCatalog";

// From a chosen LiteLLM price file to a preview, and from the user's choices to new edits.
// Nothing is saved here: the page saves only after the user pressed Apply.

/** LiteLLM's full file is about 1.5 MB; anything this big is not a price file. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadyImport = { fileName: string; sourceName: string; preview: PriceImportPreview };

export type ImportSelection = {
  /** Current entries whose changed prices the user keeps. */
  changedIds: ReadonlySet<string>;
  /** Imported models the user ticked to add. */
  addedIds: ReadonlySet<string>;
};

export const UNTOUCHED = "Nothing was changed: your prices and saved edits are as they were.";

export function checkFileSize(fileName: string, sizeBytes: number): string | null {
  if (sizeBytes <= MAX_FILE_BYTES) return null;
  const megabytes = Math.round(sizeBytes / 1024 / 1024);
  return `"${fileName}" is ${megabytes} MB, too large for a price file (LiteLLM's is about 1.5 MB). Choose model_prices_and_context_window.json. ${UNTOUCHED}`;
}

/** Parses the file text and compares it with what the user sees now (the merged prices). */
export function prepareImport(
  text: string,
  fileName: string,
  current: readonly MergedVendorEntry[],
  importedOn: string,
): { ok: true; value: ReadyImport } | { ok: false; error: string } {
  const sourceName = `LiteLLM price file "${fileName}" imported ${importedOn}`;
  const parsed = importLitellmPrices(text, { readOn: importedOn, sourceName });
  if (!parsed.ok) return { ok: false, error: `Could not import "${fileName}": ${parsed.error}\n${UNTOUCHED}` };
  const preview = previewPriceImport(current, parsed.value.entries, parsed.value.skipped);
  return { ok: true, value: { fileName, sourceName, preview } };
}

/** The edits the user's choices make, and one sentence saying what they did. */
export function applySelectedImport(
  edits: VendorUserEdits,
  current: readonly MergedVendorEntry[],
  ready: ReadyImport,
  selection: ImportSelection,
  importedOn: string,
): { edits: VendorUserEdits; summary: string } {
  const changed = ready.preview.changed.filter((change) => selection.changedIds.has(change.id));
  const next = applyPriceImport(edits, current, { ...ready.preview, changed }, {
    importedOn,
    sourceName: ready.sourceName,
    includeAdded: selection.addedIds,
  });
  const models = new Set(changed.map((change) => change.id)).size;
  const added = ready.preview.added.filter((entry) => selection.addedIds.has(entry.id)).length;
  const summary =
    `Imported from "${ready.fileName}": ${changed.length} ${changed.length === 1 ? "price" : "prices"} changed on ${models} ${models === 1 ? "model" : "models"}, ` +
    `${added} ${added === 1 ? "model" : "models"} added. Each is dated ${importedOn} and can be reverted from the table.`;
  return { edits: next, summary };
}

/** Ids of current entries with at least one changed price, in file order. */
export function changedEntryIds(preview: PriceImportPreview): string[] {
  return [...new Set(preview.changed.map((change) => change.id))];
}
