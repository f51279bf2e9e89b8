import { useState } from "react";

/** Removing something the user typed in cannot be undone, so it takes a second click. */
export function ConfirmRemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <button type="button" className="danger" onClick={onRemove} onBlur={() => setConfirming(false)} autoFocus>
      Really remove?
    </button>
  ) : (
    <button type="button" onClick={() => setConfirming(true)} aria-label={`Remove ${label}`}>
      Remove
    </button>
  );
}
