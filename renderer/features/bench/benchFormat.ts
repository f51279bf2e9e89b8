import type { BenchResultRow, PowerMeasurement } from "../../../shared/reports/benchReport";

/** Tokens per second with sensible precision: 12345, 123, 12.3, 1.23. */
export function formatRate(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (value >= 100) return Math.round(value).toLocaleString("en-US");
  return value.toFixed(value >= 10 ? 1 : 2);
}

export function formatMs(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${value >= 100 ? Math.round(value) : value.toFixed(value >= 1 ? 1 : 3)} ms`;
}

/** The parameters that vary in a sweep, in llama-bench's short names. */
export function rowParams(row: BenchResultRow): string {
  return [
    `ngl ${row.n_gpu_layers}`,
    `t ${row.n_threads}`,
    `b ${row.n_batch}`,
    `ctx ${row.n_ctx}`,
    `fa ${row.flash_attn ? "on" : "off"}`,
    `kv ${row.type_k}`,
    `np ${row.n_parallel}`,
  ].join(" · ");
}

export function powerText(power: PowerMeasurement): string {
  if (!power.measured) return "power not measured";
  return `${Math.round(power.avgWatts)} W · ${power.joulesPerToken.toFixed(power.joulesPerToken >= 10 ? 1 : 3)} J/token`;
}
