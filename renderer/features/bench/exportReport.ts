import type { BenchReport } from "../../../shared/reports/benchReport";

export function reportFileName(report: BenchReport): string {
  const model = report.model.fileName.replace(/\.gguf$/i, "").replace(/[^\w.-]+/g, "_");
  const when = report.createdAt.slice(0, 19).replace(/[:T]/g, "-");
  return `breakeven-bench-${model}-${when}.json`;
}

/** Saves the report as a JSON file through a temporary blob: URL (no server round trip). */
export function downloadReport(report: BenchReport): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = reportFileName(report);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
