// The whole report, exactly as the app stores and imports it: one file carries the rows (with
// llama-bench's field names) and everything needed to reproduce them (system, build, model, spec).
import type { BenchReport } from "../../../shared/reports/benchReport";

export function formatJson(report: BenchReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
