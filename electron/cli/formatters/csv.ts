// CSV in llama-bench's style (a header of field names, every value double-quoted), with one
// column per report-row field: llama-bench's names first, Breakeven's own after. Nested values
// are flattened: sample lists as "a;b;c", the power record as power_* columns.
import type { BenchReport, BenchResultRow } from "../../../shared/reports/benchReport";

type ScalarKey = Exclude<keyof BenchResultRow, "power">;

/** Every row field except power, in the schema's order. `satisfies` flags a field added to the schema but not here. */
const ROW_FIELDS = [
  "build_commit", "build_number", "cpu_info", "gpu_info", "backends", "model_filename", "model_type", "model_size",
  "model_n_params", "n_batch", "n_ubatch", "n_threads", "type_k", "type_v", "n_gpu_layers", "flash_attn", "use_mmap",
  "n_prompt", "n_gen", "n_depth", "test_time", "avg_ns", "stddev_ns", "avg_ts", "stddev_ts", "samples_ns", "samples_ts",
  "test", "n_parallel", "n_ctx", "per_sequence_ts", "decode_avg_ts", "harness_overhead_ms_per_token", "ttft_avg_ms",
  "ttft_samples_ms", "samples_sequence_tokens", "samples_decoded_tokens", "synthetic_weights",
] as const satisfies readonly ScalarKey[];

type Missing = Exclude<ScalarKey, (typeof ROW_FIELDS)[number]>;
const rowFieldsComplete: Missing extends never ? true : never = true;
void rowFieldsComplete;

const POWER_FIELDS = ["power_measured", "power_avg_watts", "power_max_watts", "power_joules_per_token", "power_note"] as const;

export const CSV_COLUMNS: readonly string[] = [...ROW_FIELDS, ...POWER_FIELDS];

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(";");
  if (typeof value === "boolean") return value ? "1" : "0";
  return String(value);
}

function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

function powerValues(row: BenchResultRow): string[] {
  const power = row.power;
  if (!power.measured) return ["0", "", "", "", power.reason];
  return ["1", text(power.avgWatts), text(power.maxWatts), text(power.joulesPerToken), `${power.source}, ${power.samples} samples`];
}

export function formatCsv(report: BenchReport): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of report.results) {
    const values = [...ROW_FIELDS.map((field) => text(row[field])), ...powerValues(row)];
    lines.push(values.map(quote).join(","));
  }
  return `${lines.join("\n")}\n`;
}
