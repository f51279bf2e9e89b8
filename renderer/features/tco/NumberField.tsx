import { useId, useState, type ReactNode } from "react";

// A number box that keeps what the user typed ("1,500,000", "7.", "") while the scenario holds the
// parsed number, so typing never fights the formatter; a value changed from elsewhere (a catalog pick)
// replaces the text. Shares are stored as fractions and typed as percentages.

export type SliderSpec = { min: number; max: number; step: number; log?: boolean };

export type NumberFieldProps = {
  label: string;
  /** Shown after the box: "requests/mo", "$/1M tokens", "%". */
  unit: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  error?: string;
  /** Stored as a fraction, shown and typed as a percentage. */
  percent?: boolean;
  /** Empty is allowed and means "not set" (undefined) rather than an error. */
  optional?: boolean;
  /** A range slider beside the box, in the units shown; log spaces volumes that span decades. */
  slider?: SliderSpec;
  hint?: ReactNode;
  testId?: string;
  /** In a table whose headers say the label and the unit: both are kept for screen readers only. */
  compact?: boolean;
};

export function parseNumber(text: string): number {
  const cleaned = text.replace(/[,_\s]/g, "");
  return cleaned === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned) ? Number.NaN : Number(cleaned);
}

export function formatNumber(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "";
  // Twelve significant digits hide float noise such as 7.000000000000001 from 0.07 × 100.
  return Number(value.toPrecision(12)).toLocaleString("en-US", { maximumFractionDigits: 10 });
}

const toShown = (value: number | undefined, percent: boolean) => (value === undefined || !percent ? value : value * 100);
const fromShown = (value: number, percent: boolean) => (percent ? Number((value / 100).toPrecision(12)) : value);

export function NumberField({ label, unit, value, onChange, error, percent = false, optional = false, slider, hint, testId, compact = false }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => formatNumber(toShown(value, percent)));
  const [seen, setSeen] = useState(value);
  // Adjusting state while rendering (React's documented pattern): adopt an outside change unless the
  // text already says the same number.
  if (!Object.is(seen, value)) {
    setSeen(value);
    const typed = parseNumber(text);
    const same = (value === undefined && text.trim() === "") || (value !== undefined && Object.is(fromShown(typed, percent), value));
    if (!same && !(Number.isNaN(typed) && value !== undefined && Number.isNaN(value))) setText(formatNumber(toShown(value, percent)));
  }
  const commit = (next: string) => {
    setText(next);
    const parsed = parseNumber(next);
    if (next.trim() === "" && optional) onChange(undefined);
    else onChange(Number.isNaN(parsed) ? Number.NaN : fromShown(parsed, percent));
  };
  const shown = toShown(value, percent);
  return (
    <div className={`field${error ? " field-invalid" : ""}${compact ? " field-compact" : ""}`}>
      <label htmlFor={id}>{compact ? `${label} (${unit})` : label}</label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid={testId}
          onChange={(event) => commit(event.target.value)}
          onBlur={() => value !== undefined && !Number.isNaN(value) && setText(formatNumber(toShown(value, percent)))}
        />
        {!compact && <span className="unit">{unit}</span>}
      </div>
      {slider && <Slider spec={slider} shown={shown} label={label} onSlide={(next) => commit(formatNumber(next))} />}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : (
        hint && <p className="field-hint">{hint}</p>
      )}
    </div>
  );
}

function Slider({ spec, shown, label, onSlide }: { spec: SliderSpec; shown: number | undefined; label: string; onSlide: (value: number) => void }) {
  const toPosition = (value: number) => (spec.log ? Math.log10(Math.max(value, spec.min)) : value);
  const fromPosition = (position: number) => (spec.log ? roundToTwoSignificant(10 ** position) : position);
  const min = toPosition(spec.min);
  const max = toPosition(spec.max);
  const position = shown === undefined || Number.isNaN(shown) ? min : Math.min(max, Math.max(min, toPosition(shown)));
  return (
    <input
      type="range"
      className="field-slider"
      aria-label={`${label} slider`}
      min={min}
      max={max}
      step={spec.log ? (max - min) / 200 : spec.step}
      value={position}
      onChange={(event) => onSlide(fromPosition(Number(event.target.value)))}
    />
  );
}

// A log slider lands on numbers like 1,318,257; two significant figures are what a person would type.
function roundToTwoSignificant(value: number): number {
  return Number(value.toPrecision(2));
}
