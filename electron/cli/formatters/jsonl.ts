// One result row per line, as llama-bench's `-o jsonl`: easy to append to a log and to grep.
import type { BenchReport } from "../../../shared/reports/benchReport";

export function formatJsonl(report: BenchReport): string {
  return report.results.map((row) => `${JSON.stringify(row)}\n`).join("");
}
