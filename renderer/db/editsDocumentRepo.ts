// A user-edits document (vendor-price edits, GPU edits): one row in the settings table, kept apart
// from the shipped catalog so an app update never overwrites it. A document that no longer parses
// is moved aside, never deleted: the next save would otherwise overwrite the only copy of the user's work.
import type { ParseResult } from "../../shared/catalog/catalogParse";
import type { BreakevenDb } from "./db";

/** One kind of edits document and how it is stored. */
export type EditsDocumentKind<T> = {
  /** Settings key the document lives under. */
  key: string;
  /** Unreadable documents are kept under this prefix plus the moment they were moved. */
  unreadablePrefix: string;
  parse: (json: unknown) => ParseResult<T>;
  empty: T;
  /** What the document holds, for messages: "price edits", "GPU edits". */
  noun: string;
};

export type UnreadableEditsBackup = {
  /** Settings key the document was moved to. */
  key: string;
  /** ISO timestamp of the move. */
  movedAt: string;
  /** Why it could not be read, as the document's parser said it. */
  reason: string;
  /** The stored value exactly as it was found. */
  raw: unknown;
  /** The user has seen the notice; the backup itself stays. */
  dismissed: boolean;
};

export type LoadedEdits<T> = {
  edits: T;
  /** Set when this load found the stored document unreadable and moved it aside. */
  movedAside: UnreadableEditsBackup | null;
};

function backupKey(prefix: string, movedAt: string, taken: ReadonlySet<string>): string {
  const base = `${prefix}${movedAt}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}#${n}`;
  return key;
}

/** Reads a saved document; an unreadable one is moved to a backup key and empty edits are returned. */
export async function loadEditsDocument<T>(db: BreakevenDb, kind: EditsDocumentKind<T>, now: () => Date = () => new Date()): Promise<LoadedEdits<T>> {
  // One read-write transaction, so two loads at once (React StrictMode mounts twice) cannot both move it.
  return db.transaction("rw", db.settings, async () => {
    const row = await db.settings.get(kind.key);
    if (row === undefined) return { edits: kind.empty, movedAside: null };
    const parsed = kind.parse(row.value);
    if (parsed.ok) return { edits: parsed.value, movedAside: null };

    const movedAt = now().toISOString();
    const taken = new Set((await db.settings.where("key").startsWith(kind.unreadablePrefix).primaryKeys()) as string[]);
    const backup: UnreadableEditsBackup = { key: backupKey(kind.unreadablePrefix, movedAt, taken), movedAt, reason: parsed.error, raw: row.value, dismissed: false };
    await db.settings.put({ key: backup.key, value: backup });
    await db.settings.delete(kind.key);
    return { edits: kind.empty, movedAside: backup };
  });
}

/**
 * Saves a document; refuses one that would not load back, so a bug cannot store garbage.
 * Called inside a caller's Dexie transaction it joins it (to save two documents or neither).
 */
export async function saveEditsDocument<T>(db: BreakevenDb, kind: EditsDocumentKind<T>, edits: T): Promise<void> {
  const checked = kind.parse(edits);
  if (!checked.ok) throw new Error(`These ${kind.noun} were not saved because they are invalid:\n${checked.error}`);
  await db.settings.put({ key: kind.key, value: checked.value });
}

function isBackup(value: unknown): value is UnreadableEditsBackup {
  return typeof value === "object" && value !== null && "reason" in value && "raw" in value && "movedAt" in value;
}

/** Backups of one kind of document that the user has not dismissed yet, oldest first. */
export async function listUnreadableDocuments(db: BreakevenDb, kind: Pick<EditsDocumentKind<unknown>, "unreadablePrefix">): Promise<UnreadableEditsBackup[]> {
  const rows = await db.settings.where("key").startsWith(kind.unreadablePrefix).toArray();
  return rows.map((row) => row.value).filter(isBackup).filter((backup) => !backup.dismissed);
}

/** Hides a backup's notice; the backup stays in the database. */
export async function dismissUnreadableEdits(db: BreakevenDb, key: string): Promise<void> {
  await db.transaction("rw", db.settings, async () => {
    const row = await db.settings.get(key);
    if (row !== undefined && isBackup(row.value)) await db.settings.put({ key, value: { ...row.value, dismissed: true } });
  });
}
