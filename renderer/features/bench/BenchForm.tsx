import type { BenchFormState } from "./benchForm";

type Props = { form: BenchFormState; onChange: (form: BenchFormState) => void; disabled: boolean };

const TEXT_FIELDS: { key: Exclude<keyof BenchFormState, "flashAttention">; label: string; hint: string }[] = [
  { key: "pp", label: "Prompt (pp)", hint: "tokens; list or empty" },
  { key: "tg", label: "Generation (tg)", hint: "tokens; list or empty" },
  { key: "pg", label: "Prompt + generation", hint: "e.g. 512,128 (gives TTFT)" },
  { key: "repetitions", label: "Repetitions", hint: "after one warm-up" },
  { key: "threads", label: "Threads", hint: "empty: physical cores" },
  { key: "parallel", label: "Parallel sequences", hint: "e.g. 1,2,4,8" },
  { key: "gpuLayers", label: "GPU layers", hint: "99 = all" },
  { key: "contextSize", label: "Context per sequence", hint: "empty: sized to the test" },
];

export function BenchForm({ form, onChange, disabled }: Props) {
  return (
    <div className="bench-fields" data-testid="bench-form">
      {TEXT_FIELDS.map((field) => (
        <label key={field.key}>
          {field.label}
          <input
            value={form[field.key]}
            onChange={(event) => onChange({ ...form, [field.key]: event.target.value })}
            disabled={disabled}
            data-testid={`bench-${field.key}`}
            size={10}
          />
          <span className="muted small">{field.hint}</span>
        </label>
      ))}
      <label className="inline">
        <input
          type="checkbox"
          checked={form.flashAttention}
          onChange={(event) => onChange({ ...form, flashAttention: event.target.checked })}
          disabled={disabled}
          data-testid="bench-flash-attention"
        />{" "}
        flash attention
      </label>
    </div>
  );
}
