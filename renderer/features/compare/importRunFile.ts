// "Import run…": a report file from another machine (the CLI's `breakeven bench -o json`, or a run
// exported from the app) becomes a saved run. A bad file is refused with what is wrong with it; a run
// already saved is left as it is, so importing twice never overwrites a name the user gave it.
import type { BenchReport } from "../../../shared/reports/benchReport";
import { getDb } from "../../db/db";
import { saveBenchReport } from "../../db/benchReportsRepo";
import { parseBenchReport } from "./parseBenchReportStopgap";

export type ReadResult = { ok: true; value: BenchReport } | { ok: false; error: string };

// Past this a file is not a report; reading it would only freeze the page.
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function readReportText(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The file is not JSON (${detail}). Export the report with \`breakeven bench -o json\`.` };
  }
  if (Array.isArray(json)) {
    // llama-bench's own -o json is a bare list of rows: no system, model or build to compare with.
    return {
      ok: false,
      error: "This is a list of result rows (llama-bench's own -o json), not a Breakeven report. Run the test with `breakeven bench -o json`, which records the machine and the model too.",
    };
  }
  return parseBenchReport(json);
}

export type ImportOutcome =
  | { kind: "saved"; fileName: string; label: string }
  | { kind: "duplicate"; fileName: string; label: string }
  | { kind: "refused"; fileName: string; error: string };

export async function importRunFile(file: { name: string; size: number; text(): Promise<string> }): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    return { kind: "refused", fileName: file.name, error: `The file is ${(file.size / 1024 / 1024).toFixed(0)} MiB; a benchmark report is a few hundred KiB at most.` };
  }
  const read = readReportText(await file.text());
  if (!read.ok) return { kind: "refused", fileName: file.name, error: read.error };
  const existing = await getDb().benchReports.get(read.value.id);
  if (existing !== undefined) return { kind: "duplicate", fileName: file.name, label: existing.label };
  const stored = await saveBenchReport(read.value, "imported");
  return { kind: "saved", fileName: file.name, label: stored.label };
}

export function describeImport(outcome: ImportOutcome): string {
  switch (outcome.kind) {
    case "saved":
      return `Imported “${outcome.label}”.`;
    case "duplicate":
      return `${outcome.fileName}: this run is already saved, as “${outcome.label}”; nothing changed.`;
    case "refused":
      return `${outcome.fileName} was not imported. ${outcome.error}`;
  }
}
