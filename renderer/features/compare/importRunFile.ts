// "Import run…": a report file from another machine (the CLI's `breakeven bench -o json`, a run
// exported from the app, or llama-bench's own JSON/JSONL) becomes a saved run. A bad file is refused
// with what is wrong with it; a run already saved is left as it is, so importing twice never
// overwrites a name the user gave it.
import { parseBenchReportText, type ParsedBenchReport } from "../../../shared/reports/benchReportSchema";
import { getDb } from "../../db/db";
import { saveBenchReport } from "../../db/benchReportsRepo";

// Past this a file is not a report; reading it would only freeze the page.
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The file's text as a report; kept apart from saving so it can be tested without a database. */
export function readReportText(text: string): ParsedBenchReport {
  return parseBenchReportText(text);
}

export type ImportOutcome =
  | { kind: "saved"; fileName: string; label: string; fromLlamaBench: boolean; warnings: string[] }
  | { kind: "duplicate"; fileName: string; label: string }
  | { kind: "refused"; fileName: string; error: string };

export async function importRunFile(file: { name: string; size: number; text(): Promise<string> }): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    return { kind: "refused", fileName: file.name, error: `The file is ${(file.size / 1024 / 1024).toFixed(0)} MiB; a benchmark report is a few hundred KiB at most.` };
  }
  const read = readReportText(await file.text());
  if (!read.ok) return { kind: "refused", fileName: file.name, error: read.error };
  const existing = await getDb().benchReports.get(read.report.id);
  if (existing !== undefined) return { kind: "duplicate", fileName: file.name, label: existing.label };
  const stored = await saveBenchReport(read.report, "imported");
  return { kind: "saved", fileName: file.name, label: stored.label, fromLlamaBench: read.source === "llama-bench", warnings: read.warnings };
}

export function describeImport(outcome: ImportOutcome): string {
  switch (outcome.kind) {
    case "saved": {
      // llama-bench records neither power nor concurrency: say so, or the empty columns look like a fault.
      const origin = outcome.fromLlamaBench ? " From llama-bench: one sequence only, no power, no system details." : "";
      return [`Imported “${outcome.label}”.${origin}`, ...outcome.warnings].join(" ");
    }
    case "duplicate":
      return `${outcome.fileName}: this run is already saved, as “${outcome.label}”; nothing changed.`;
    case "refused":
      return `${outcome.fileName} was not imported. ${outcome.error}`;
  }
}
