import { useCallback, useState } from "react";

export type SaveMessage = { kind: "saved" | "failed"; text: string };

/**
 * Saves edits (price edits, GPU edits, or both) and keeps one message about the last save. A failed
 * save leaves the stored edits as they were, and the message says so, so the user knows nothing was lost.
 */
export function useEditSaver<T>(saveEdits: (next: T) => Promise<void>) {
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const save = useCallback(
    async (next: T, savedText: string): Promise<boolean> => {
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
