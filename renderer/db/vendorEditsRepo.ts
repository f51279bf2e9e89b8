// The user's vendor-price edits: one document in the settings table, kept apart from the shipped
// catalog so an app update never overwrites it. A document that no longer parses is moved aside,
// never deleted: the next save would otherwise overwrite the only copy of the user's work.
import {
  EMPTY_VENDOR_USER_EDITS,
  parseVendorUserEdits,
  type VendorUserEdits,
} from "../../shared/catalog/mergeCatalog";
import type { BreakevenDb } from "./db";

export const VENDOR_EDITS_KEY = "vendorUserEdits";
/** Unreadable documents are kept under this prefix plus the moment they were moved. */
export const UNREADABLE_EDITS_PREFIX = "vendorUserEdits.unreadable.";

export type UnreadableEditsBackup = {
  /** Settings key the document was moved to. */
  key: string;
  /** ISO timestamp of the move. */
  movedAt: string;
  /** Why it could not be read, as parseVendorUserEdits said it. */
  reason: string;
  /** The stored value exactly as it was found. */
  raw: unknown;
  /** The user has seen the notice; the backup itself stays. */
  dismissed: boolean;
};

export type LoadedVendorEdits = {
  edits: VendorUserEdits;
  /** Set when this load found the stored document unreadable and moved it aside. */
  movedAside: UnreadableEditsBackup | null;
};

function backupKey(movedAt: string, taken: ReadonlySet<string>): string {
  const base = `${UNREADABLE_EDITS_PREFIX}${movedAt}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}#${n}`;
  return key;
}

/** Reads the saved edits; an unreadable document is moved to a backup key and empty edits are returned. */
export async function loadVendorEdits(db: BreakevenDb, now: () => Date = () => new Date()): Promise<LoadedVendorEdits> {
  // One read-write transaction, so two loads at once (React StrictMode mounts twice) cannot both move it.
  return db.transaction("rw", db.settings, async () => {
    const row = await db.settings.get(VENDOR_EDITS_KEY);
    if (row === undefined) return { edits: EMPTY_VENDOR_USER_EDITS, movedAside: null };
    const parsed = parseVendorUserEdits(row.value);
    if (parsed.ok) return { edits: parsed.value, movedAside: null };

    const movedAt = now().toISOString();
    const taken = new Set((await db.settings.where("key").startsWith(UNREADABLE_EDITS_PREFIX).primaryKeys()) as string[]);
    const backup: UnreadableEditsBackup = { key: backupKey(movedAt, taken), movedAt, reason: parsed.error, raw: row.value, dismissed: false };
    await db.settings.put({ key: backup.key, value: backup });
    await db.settings.delete(VENDOR_EDITS_KEY);
    return { edits: EMPTY_VENDOR_USER_EDITS, movedAside: backup };
  });
}

/** Saves the edits document; refuses one that would not load back, so a bug cannot store garbage. */
export async function saveVendorEdits(db: BreakevenDb, edits: VendorUserEdits): Promise<void> {
  const checked = parseVendorUserEdits(edits);
  if (!checked.ok) throw new Error(`These price edits were not saved because they are invalid:\n${checked.error}`);
  await db.settings.put({ key: VENDOR_EDITS_KEY, value: checked.value });
}

function isBackup(value: unknown): value is UnreadableEditsBackup {
  return typeof value === "object" && value !== null && "reason" in value && "raw" in value && "movedAt" in value;
}

/** Backups of unreadable edits the user has not dismissed yet, oldest first. */
export async function listUnreadableEdits(db: BreakevenDb): Promise<UnreadableEditsBackup[]> {
  const rows = await db.settings.where("key").startsWith(UNREADABLE_EDITS_PREFIX).toArray();
  return rows.map((row) => row.value).filter(isBackup).filter((backup) => !backup.dismissed);
}

/** Hides a backup's notice; the backup stays in the database. */
export async function dismissUnreadableEdits(db: BreakevenDb, key: string): Promise<void> {
  await db.transaction("rw", db.settings, async () => {
    const row = await db.settings.get(key);
    if (row !== undefined && isBackup(row.value)) await db.settings.put({ key, value: { ...row.value, dismissed: true } });
  });
}
