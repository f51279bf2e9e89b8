// llama-bench's markdown table, column for column (widths, alignment, "avg ± stddev", the
// "build:" footer), so results can be pasted next to llama-bench's. Like llama-bench, optional
// columns appear only when their value is not the default or varies; Breakeven's own columns
// (parallel sequences, llama.cpp's decode-only t/s) follow the same rule.
import type { BenchReport, BenchResultRow } from "../../../shared/reports/benchReport";

type Column = {
  title: string;
  /** Positive: right-aligned; negative: left-aligned (llama-bench's printf widths). */
  width: number;
  value(row: BenchResultRow): string;
};

function fixed2(value: number): string {
  return value.toFixed(2);
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ** 3 ? `${fixed2(bytes / 1024 / 1024)} MiB` : `${fixed2(bytes / 1024 ** 3)} GiB`;
}

export function formatParams(count: number): string {
  return count < 1e9 ? `${fixed2(count / 1e6)} M` : `${fixed2(count / 1e9)} B`;
}

function isCpuBackend(backends: string): boolean {
  return /CPU|BLAS/.test(backends);
}

function distinct(rows: readonly BenchResultRow[], pick: (row: BenchResultRow) => unknown): unknown[] {
  return [...new Set(rows.map(pick))];
}

/** A column shown when some row's value differs from the default or the rows disagree. */
function optional(rows: readonly BenchResultRow[], pick: (row: BenchResultRow) => unknown, fallback: unknown): boolean {
  const values = distinct(rows, pick);
  return values.length > 1 || values[0] !== fallback;
}

function chooseColumns(rows: readonly BenchResultRow[]): Column[] {
  const columns: Column[] = [
    { title: "model", width: -30, value: (row) => row.model_type },
    { title: "size", width: 10, value: (row) => formatSize(row.model_size) },
    { title: "params", width: 10, value: (row) => formatParams(row.model_n_params) },
    { title: "backend", width: -10, value: (row) => row.backends },
  ];
  const cpuOnly = rows.every((row) => isCpuBackend(row.backends));
  if (!cpuOnly) columns.push({ title: "ngl", width: 3, value: (row) => String(row.n_gpu_layers) });
  if (cpuOnly || distinct(rows, (row) => row.n_threads).length > 1) {
    columns.push({ title: "threads", width: 7, value: (row) => String(row.n_threads) });
  }
  if (optional(rows, (row) => row.n_batch, 2048)) columns.push({ title: "n_batch", width: 7, value: (row) => String(row.n_batch) });
  if (optional(rows, (row) => row.n_ubatch, 512)) columns.push({ title: "n_ubatch", width: 8, value: (row) => String(row.n_ubatch) });
  if (optional(rows, (row) => row.type_k, "f16")) columns.push({ title: "type_k", width: 6, value: (row) => row.type_k });
  if (optional(rows, (row) => row.type_v, "f16")) columns.push({ title: "type_v", width: 6, value: (row) => row.type_v });
  if (optional(rows, (row) => row.flash_attn, false)) columns.push({ title: "fa", width: 3, value: (row) => (row.flash_attn ? "1" : "0") });
  if (optional(rows, (row) => row.n_parallel, 1)) columns.push({ title: "parallel", width: 8, value: (row) => String(row.n_parallel) });
  columns.push({ title: "test", width: 15, value: (row) => testLabel(row) });
  columns.push({ title: "t/s", width: 20, value: (row) => `${fixed2(row.avg_ts)} ± ${fixed2(row.stddev_ts)}` });
  if (rows.some((row) => row.decode_avg_ts !== null)) {
    columns.push({ title: "decode t/s", width: 12, value: (row) => (row.decode_avg_ts === null ? "-" : fixed2(row.decode_avg_ts)) });
  }
  return columns;
}

function testLabel(row: BenchResultRow): string {
  return row.n_depth > 0 && !row.test.includes("@") ? `${row.test} @ d${row.n_depth}` : row.test;
}

function cell(text: string, width: number): string {
  return width > 0 ? text.padStart(width) : text.padEnd(-width);
}

function tableLine(cells: string[]): string {
  return `|${cells.map((text) => ` ${text} |`).join("")}`;
}

export function formatMarkdown(report: BenchReport): string {
  const columns = chooseColumns(report.results);
  const lines = [
    tableLine(columns.map((column) => cell(column.title, column.width))),
    tableLine(columns.map((column) => `${"-".repeat(Math.abs(column.width) - 1)}${column.width > 0 ? ":" : "-"}`)),
    ...report.results.map((row) => tableLine(columns.map((column) => cell(column.value(row), column.width)))),
  ];
  const first = report.results[0];
  const commit = first?.build_commit ?? report.build.buildCommit;
  // llama-bench prints its build number here; node-llama-cpp's prebuilt binaries know only their release tag.
  const number = first?.build_number ?? report.build.llamaCppRelease;
  lines.push("", number === null ? `build: ${commit}` : `build: ${commit} (${number})`);
  if (columns.some((column) => column.title === "decode t/s")) {
    lines.push("t/s: wall clock including Breakeven's harness and sampling; decode t/s: llama.cpp's own decode timing, as llama-bench measures.");
  }
  if (report.model.synthetic) lines.push("model: synthetic weights (real shapes and timings, noise for text).");
  if (report.status !== "complete") lines.push(`status: ${report.status}${report.note ? `: ${report.note}` : ""}`);
  return `${lines.join("\n")}\n`;
}
