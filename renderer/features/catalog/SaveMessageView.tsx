import type { SaveMessage } from "./useEditSaver";

export function SaveMessageView({ message, onClose }: { message: SaveMessage | null; onClose: () => void }) {
  if (message === null) return null;
  const failed = message.kind === "failed";
  return (
    <div className={failed ? "notice notice-error" : "notice notice-ok"} role={failed ? "alert" : "status"}>
      <p className="pre-line">{message.text}</p>
      <button type="button" onClick={onClose}>
        Dismiss
      </button>
    </div>
  );
}
