import type { BenchReport } from "../../../shared/reports/benchReport";
import { downloadJson } from "../../components/ui/downloadJson";

export function reportFileName(report: BenchReport): string {
  const model = report.model.fileName.replace(/\.gguf$/i, "").replace(/[^\w.-]+/g, "_");
  const when = report.createdAt.slice(0, 19).replace(/[:T]/g, "-");
  return `breakeven-bench-${model}-${when}.json`;
}

/** Saves the report as the JSON file the Compare page and the CLI's `-o json` share. */
export function downloadReport(report: BenchReport): void {
  downloadJson(reportFileName(report), JSON.stringify(report, null, 2));
}
