// A number box that keeps what the user is typing (even "1." or an empty box) and passes on only
// values that are valid, so the table never recomputes from half a number.
import { useEffect, useId, useState } from "react";

type Props = {
  label: string;
  /** Shown after the label, e.g. "GB/s"; every field says its unit. */
  unit: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  min?: number;
  max?: number;
  /** The box shows value × scale: 100 for a share shown as a percentage. Defaults to 1. */
  scale?: number;
  /** An empty box commits null instead of being an error. Defaults to false. */
  optional?: boolean;
  placeholder?: string;
  hint?: string;
};

function display(value: number | null, scale: number): string {
  return value === null ? "" : String(Math.round(value * scale * 1e6) / 1e6);
}

export function NumberInput({ label, unit, value, onCommit, min = 0, max = Number.MAX_SAFE_INTEGER, scale = 1, optional = false, placeholder, hint }: Props) {
  const [text, setText] = useState(() => display(value, scale));
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();

  // Follow outside changes (another scenario picked) unless they are what this box just sent.
  useEffect(() => {
    const shown = text.trim() === "" ? null : Number(text) / scale;
    if (shown !== value) {
      setText(display(value, scale));
      setError(null);
    }
    // `text` is left out on purpose: typing must not reset the box, only an outside change of value.
  }, [value, scale]);

  function change(next: string) {
    setText(next);
    if (next.trim() === "") {
      if (optional) {
        setError(null);
        onCommit(null);
      } else setError("Enter a number.");
      return;
    }
    const parsed = Number(next);
    if (!Number.isFinite(parsed)) return setError("Enter a number.");
    if (parsed < min * scale || parsed > max * scale) return setError(`Between ${min * scale} and ${max * scale}.`);
    setError(null);
    onCommit(parsed / scale);
  }

  return (
    <label className="compare-field">
      <span>
        {label} <span className="unit">({unit})</span>
      </span>
      <input
        type="text"
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        aria-invalid={error !== null}
        aria-describedby={hintId}
        onChange={(event) => change(event.target.value)}
      />
      <span id={hintId} className={error ? "field-error" : "field-hint"}>
        {error ?? hint ?? ""}
      </span>
    </label>
  );
}
