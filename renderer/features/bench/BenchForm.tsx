import type { BenchFormState } from "./benchForm";

type Props = { form: BenchFormState; onChange: (form: BenchFormState) => void; disabled: boolean };

// Every field but repetitions takes a list, as llama-bench's flags do: each combination is measured.
const FIELDS: { key: keyof BenchFormState; label: string; hint: string }[] = [
  { key: "pp", label: "Prompt (pp)", hint: "tokens; list or empty" },
  { key: "tg", label: "Generation (tg)", hint: "tokens; list or empty" },
  { key: "pg", label: "Prompt + generation", hint: "e.g. 512,128 (gives TTFT)" },
  { key: "repetitions", label: "Repetitions", hint: "after one warm-up" },
  { key: "threads", label: "Threads", hint: "empty: physical cores" },
  { key: "parallel", label: "Parallel sequences", hint: "e.g. 1,2,4,8" },
  { key: "gpuLayers", label: "GPU layers", hint: "99 = all" },
  { key: "contextSize", label: "Context per sequence", hint: "empty: sized to the test" },
  { key: "batchSize", label: "Batch (-b)", hint: "empty: 2048" },
  { key: "ubatchSize", label: "Micro-batch (-ub)", hint: "empty: 512; runs min(b, ub)" },
  { key: "kvCacheType", label: "KV cache type", hint: "f16, q8_0, q4_0 …; empty: f16" },
  { key: "flashAttention", label: "Flash attention", hint: "0, 1 or 0,1" },
];

export function BenchForm({ form, onChange, disabled }: Props) {
  return (
    <div className="bench-fields" data-testid="bench-form">
      {FIELDS.map((field) => (
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
    </div>
  );
}
