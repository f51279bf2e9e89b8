import { useCallback, useState } from "react";
import type { VendorUserEdits } from "../../../shared/catalog/mergeCatalog";

export type SaveMessage = { kind: "saved" | "failed"; text: string };

/**
 * Saves edits and keeps one message about the last save. A failed save leaves the stored
 * edits as they were, and the message says so, so the user knows nothing was lost.
 */
export function useEditSaver(saveEdits: (next: VendorUserEdits) => Promise<void>) {
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const save = useCallback(
    async (next: VendorUserEdits, savedText: string): Promise<boolean> => {
      try {
        await saveEdits(next);
        setMessage({ kind: "saved", text: savedText });
        return true;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        setMessage({ kind: "failed", text: `Not saved: ${detail}\nYour earlier edits are unchanged.` });
        return false;
      }
    },
    [saveEdits],
  );
  return { message, setMessage, save };
}
