// The user's vendor-price edits, stored as one edits document (see editsDocumentRepo.ts).
import { EMPTY_VENDOR_USER_EDITS, parseVendorUserEdits, type VendorUserEdits } from "../../shared/catalog/mergeCatalog";
import type { BreakevenDb } from "./db";
import {
  listUnreadableDocuments,
  loadEditsDocument,
  saveEditsDocument,
  type EditsDocumentKind,
  type LoadedEdits,
  type UnreadableEditsBackup,
} from "./editsDocumentRepo";

export { dismissUnreadableEdits, type UnreadableEditsBackup } from "./editsDocumentRepo";

export const VENDOR_EDITS_KEY = "vendorUserEdits";
/** Unreadable documents are kept under this prefix plus the moment they were moved. */
export const UNREADABLE_EDITS_PREFIX = "vendorUserEdits.unreadable.";

export const VENDOR_EDITS_DOCUMENT: EditsDocumentKind<VendorUserEdits> = {
  key: VENDOR_EDITS_KEY,
  unreadablePrefix: UNREADABLE_EDITS_PREFIX,
  parse: parseVendorUserEdits,
  empty: EMPTY_VENDOR_USER_EDITS,
  noun: "price edits",
};

export type LoadedVendorEdits = LoadedEdits<VendorUserEdits>;

/** Reads the saved edits; an unreadable document is moved to a backup key and empty edits are returned. */
export function loadVendorEdits(db: BreakevenDb, now?: () => Date): Promise<LoadedVendorEdits> {
  return loadEditsDocument(db, VENDOR_EDITS_DOCUMENT, now);
}

/** Saves the edits document; refuses one that would not load back, so a bug cannot store garbage. */
export function saveVendorEdits(db: BreakevenDb, edits: VendorUserEdits): Promise<void> {
  return saveEditsDocument(db, VENDOR_EDITS_DOCUMENT, edits);
}

/** Backups of unreadable price edits the user has not dismissed yet, oldest first. */
export function listUnreadableEdits(db: BreakevenDb): Promise<UnreadableEditsBackup[]> {
  return listUnreadableDocuments(db, VENDOR_EDITS_DOCUMENT);
}
