import { useId } from "react";

type Props = {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  /** The form the input belongs to, when it sits outside it (table cells cannot hold a form). */
  form?: string;
  onEscape?: () => void;
  /** Shown above the input; the full label stays the accessible name either way. */
  visibleLabel?: string;
};

/** A text box for a number (a price, GB, watts), with its validation message tied to it for screen readers. */
export function PriceField({ label, value, error, onChange, form, onEscape, visibleLabel }: Props) {
  const errorId = useId();
  return (
    <label className="price-field">
      {visibleLabel !== undefined && <span>{visibleLabel}</span>}
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        form={form}
        value={value}
        aria-invalid={error !== undefined}
        aria-describedby={error !== undefined ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => event.key === "Escape" && onEscape?.()}
      />
      {error !== undefined && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </label>
  );
}
