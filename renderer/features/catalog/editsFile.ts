import type { CatalogEdits } from "../../../shared/catalog/catalogs";
import { describeJsonValue, isJsonObject } from "../../../shared/catalog/catalogFields";
import type { ParseResult } from "../../../shared/catalog/catalogParse";
import { EMPTY_GPU_USER_EDITS, parseGpuUserEdits } from "../../../shared/catalog/gpuEdits";
import { EMPTY_VENDOR_USER_EDITS, parseVendorUserEdits } from "../../../shared/catalog/mergeCatalog";
import { mergeEditsDocuments as mergeDocuments } from "../../../shared/catalog/userEdits";

// Price and GPU edits as a file: to move them to another machine, keep a copy, or fix a backup by hand.
// Version 1 files are the vendor-price edits document alone (written before GPUs were editable);
// version 2 carries both documents, each exactly as stored, so each is read by its own parser.

export const EDITS_FILE_VERSION = 2;

type EditsFileV2 = { schemaVersion: typeof EDITS_FILE_VERSION; vendorPrices?: unknown; gpus?: unknown };

const EXPORT_HINT = 'Choose a file made with "Export my edits", or fix the fields named above.';

export function editsToJson(edits: CatalogEdits): string {
  const file: EditsFileV2 = { schemaVersion: EDITS_FILE_VERSION, vendorPrices: edits.vendor, gpus: edits.gpus };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A stored document that could not be read, as a file that "Import edits…" reads once it is fixed:
 * price edits alone are a version 1 file; GPU edits go in a version 2 file without a price part.
 */
export function unreadableBackupToJson(part: keyof CatalogEdits, raw: unknown): string {
  const file: unknown = part === "vendor" ? raw : ({ schemaVersion: EDITS_FILE_VERSION, gpus: raw } satisfies EditsFileV2);
  return `${JSON.stringify(file, null, 2)}\n`;
}

function readVersion2(json: Record<string, unknown>): ParseResult<CatalogEdits> {
  const unknownKeys = Object.keys(json).filter((key) => !["schemaVersion", "vendorPrices", "gpus"].includes(key));
  if (unknownKeys.length > 0) {
    return { ok: false, error: `The edits file has unknown field ${unknownKeys.map((key) => `'${key}'`).join(", ")}: it holds only schemaVersion, vendorPrices and gpus.\n${EXPORT_HINT}` };
  }
  // Either part may be left out (a backup of one stored document, say): it then changes nothing.
  const vendor = json.vendorPrices === undefined ? { ok: true as const, value: EMPTY_VENDOR_USER_EDITS } : parseVendorUserEdits(json.vendorPrices);
  const gpus = json.gpus === undefined ? { ok: true as const, value: EMPTY_GPU_USER_EDITS } : parseGpuUserEdits(json.gpus);
  const problems = [vendor, gpus].flatMap((part) => (part.ok ? [] : [part.error]));
  if (!vendor.ok || !gpus.ok) return { ok: false, error: `${problems.join("\n")}\n${EXPORT_HINT}` };
  return { ok: true, value: { vendor: vendor.value, gpus: gpus.value } };
}

/** Reads an exported edits file, any version so far; errors say what is wrong and which file Breakeven expects. */
export function readEditsFile(text: string): ParseResult<CatalogEdits> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    return { ok: false, error: `The file is not valid JSON${detail}. Choose a file made with "Export my edits".` };
  }
  const version = isJsonObject(json) ? json.schemaVersion : undefined;
  if (isJsonObject(json) && version === EDITS_FILE_VERSION) return readVersion2(json);
  if (typeof version === "number" && version > EDITS_FILE_VERSION) {
    return { ok: false, error: `The edits file has schemaVersion ${version}, newer than this version of Breakeven reads (${EDITS_FILE_VERSION}): update Breakeven to import it.` };
  }
  if (isJsonObject(json) && version !== 1) {
    return { ok: false, error: `The edits file must have schemaVersion 1 or 2 (got ${describeJsonValue(version)}).\n${EXPORT_HINT}` };
  }
  const vendor = parseVendorUserEdits(json);
  return vendor.ok ? { ok: true, value: { vendor: vendor.value, gpus: EMPTY_GPU_USER_EDITS } } : { ok: false, error: `${vendor.error}\n${EXPORT_HINT}` };
}

/** Lays a file's edits over the current ones: where both change the same model or GPU, the file wins. */
export function mergeEditsDocuments(current: CatalogEdits, incoming: CatalogEdits): CatalogEdits {
  return { vendor: mergeDocuments(current.vendor, incoming.vendor), gpus: mergeDocuments(current.gpus, incoming.gpus) };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function describeEditCount(edits: CatalogEdits): string {
  const vendor = `${count(Object.keys(edits.vendor.overrides).length, "edited model", "edited models")}, ${count(edits.vendor.added.length, "added model", "added models")}`;
  const quoted = Object.keys(edits.gpus.overrides).length;
  const addedGpus = edits.gpus.added.length;
  // Price-only files (every version 1 file) read as before; GPUs are named when there are some.
  if (quoted === 0 && addedGpus === 0) return vendor;
  return `${vendor}, ${count(quoted, "quoted GPU", "quoted GPUs")}, ${count(addedGpus, "added GPU", "added GPUs")}`;
}
