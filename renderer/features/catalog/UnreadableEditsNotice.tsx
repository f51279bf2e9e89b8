import { useEffect, useState } from "react";
import type { CatalogEdits } from "../../../shared/catalog/catalogs";
import { getDb } from "../../db/db";
import { dismissUnreadableEdits, listUnreadableDocuments, type EditsDocumentKind, type UnreadableEditsBackup } from "../../db/editsDocumentRepo";
import { GPU_EDITS_DOCUMENT } from "../../db/gpuEditsRepo";
import { VENDOR_EDITS_DOCUMENT } from "../../db/vendorEditsRepo";
import { unreadableBackupToJson } from "./editsFile";
import { downloadJson } from "../../components/ui/downloadJson";

type Watched = { part: keyof CatalogEdits; document: EditsDocumentKind<unknown>; shows: string };

const WATCHED: readonly Watched[] = [
  { part: "vendor", document: VENDOR_EDITS_DOCUMENT, shows: "shipped prices" },
  { part: "gpus", document: GPU_EDITS_DOCUMENT, shows: "shipped GPUs without your quotes and added GPUs" },
];

type Found = UnreadableEditsBackup & { watched: Watched };

/**
 * Tells the user when saved price or GPU edits could not be read and were set aside, and hands them
 * the stored copy to fix and import back. Shown until dismissed; the backup itself stays.
 */
export function UnreadableEditsNotice({ refreshKey }: { refreshKey: unknown }) {
  const [backups, setBackups] = useState<Found[]>([]);
  useEffect(() => {
    let live = true;
    const lists = WATCHED.map((watched) => listUnreadableDocuments(getDb(), watched.document).then((found) => found.map((backup) => ({ ...backup, watched }))));
    // A failure to list is not worth a second error: the catalog already loaded without it.
    Promise.all(lists).then((found) => live && setBackups(found.flat()), () => undefined);
    return () => {
      live = false;
    };
  }, [refreshKey]);

  async function dismiss(key: string) {
    await dismissUnreadableEdits(getDb(), key);
    setBackups((current) => current.filter((backup) => backup.key !== key));
  }

  return (
    <>
      {backups.map((backup) => {
        const noun = backup.watched.document.noun;
        const day = backup.movedAt.slice(0, 10);
        return (
          <div key={backup.key} className="notice notice-error" role="alert" data-testid="unreadable-edits">
            <p>
              Your saved {noun} could not be read, so the catalog shows {backup.watched.shows}. They were not deleted: a copy was kept in this app's storage
              on {day}. Download it, fix what the message names, and bring it back with "Import edits…".
            </p>
            <p className="pre-line small">{backup.reason}</p>
            <div className="toolbar">
              <button type="button" onClick={() => downloadJson(`breakeven-unreadable-${noun.replaceAll(" ", "-").toLowerCase()}-${day}.json`, unreadableBackupToJson(backup.watched.part, backup.raw))}>
                Download the unreadable {noun}
              </button>
              <button type="button" onClick={() => void dismiss(backup.key)}>
                Dismiss
              </button>
            </div>
          </div>
        );
      })}
    </>
  );
}
