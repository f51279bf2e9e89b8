import { useEffect, useState } from "react";
import { getDb } from "../../db/db";
import { dismissUnreadableEdits, listUnreadableEdits, type UnreadableEditsBackup } from "../../db/vendorEditsRepo";
import { downloadJson } from "./downloadJson";

/**
 * Tells the user when saved price edits could not be read and were set aside, and hands them
 * the stored copy to fix and import back. Shown until dismissed; the backup itself stays.
 */
export function UnreadableEditsNotice({ refreshKey }: { refreshKey: unknown }) {
  const [backups, setBackups] = useState<UnreadableEditsBackup[]>([]);
  useEffect(() => {
    let live = true;
    // A failure to list is not worth a second error: the catalog already loaded without it.
    listUnreadableEdits(getDb()).then((found) => live && setBackups(found), () => undefined);
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
      {backups.map((backup) => (
        <div key={backup.key} className="notice notice-error" role="alert" data-testid="unreadable-edits">
          <p>
            Your saved price edits could not be read, so the catalog shows shipped prices. They were not deleted: a copy was kept in this app's
            storage on {backup.movedAt.slice(0, 10)}. Download it, fix what the message names, and bring it back with "Import edits…".
          </p>
          <p className="pre-line small">{backup.reason}</p>
          <div className="toolbar">
            <button type="button" onClick={() => downloadJson(`breakeven-unreadable-price-edits-${backup.movedAt.slice(0, 10)}.json`, `${JSON.stringify(backup.raw, null, 2)}\n`)}>
              Download the unreadable edits
            </button>
            <button type="button" onClick={() => void dismiss(backup.key)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </>
  );
}
