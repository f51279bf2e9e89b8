import { parseVendorUserEdits, type VendorUserEdits } from "../../../shared/catalog/mergeCatalog";
import type { ParseResult } from "../../../shared/catalog/catalogParse";

// Price edits as a file: to move them to another machine, keep a copy, or fix a backup by hand.

export function editsToJson(edits: VendorUserEdits): string {
  return `${JSON.stringify(edits, null, 2)}\n`;
}

/** Reads an exported edits file; errors say what is wrong and which file Breakeven expects. */
export function readEditsFile(text: string): ParseResult<VendorUserEdits> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    return { ok: false, error: `The file is not valid JSON${detail}. Choose a file made with "Export my edits".` };
  }
  const parsed = parseVendorUserEdits(json);
  return parsed.ok ? parsed : { ok: false, error: `${parsed.error}\nChoose a file made with "Export my edits", or fix the fields named above.` };
}

/** Lays a file's edits over the current ones: where both change the same model, the file wins. */
export function mergeEditsDocuments(current: VendorUserEdits, incoming: VendorUserEdits): VendorUserEdits {
  const incomingIds = new Set(incoming.added.map((entry) => entry.id));
  return {
    schemaVersion: current.schemaVersion,
    overrides: { ...current.overrides, ...incoming.overrides },
    added: [...current.added.filter((entry) => !incomingIds.has(entry.id)), ...incoming.added],
  };
}

export function describeEditCount(edits: VendorUserEdits): string {
  const edited = Object.keys(edits.overrides).length;
  const added = edits.added.length;
  return `${edited} edited ${edited === 1 ? "model" : "models"}, ${added} added ${added === 1 ? "model" : "models"}`;
}
