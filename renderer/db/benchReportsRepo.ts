// Benchmark runs the user keeps: measured here by the Benchmark page, or imported from a file
// (another machine, the CLI's -o json). TCO picks throughput from them; Compare lays them side by side.
import { useLiveQuery } from "dexie-react-hooks";
import type { BenchReport } from "../../shared/reports/benchReport";
import { getDb, type StoredBenchReport } from "./db";

export function reportLabel(report: BenchReport): string {
  const device = report.system.gpus[0]?.model ?? report.system.cpu.brand;
  const synthetic = report.model.synthetic ? " · synthetic weights" : "";
  return `${report.model.fileName} on ${device} (${report.build.backend})${synthetic}`;
}

export async function saveBenchReport(report: BenchReport, source: StoredBenchReport["source"]): Promise<StoredBenchReport> {
  const stored: StoredBenchReport = { id: report.id, createdAt: report.createdAt, source, label: reportLabel(report), report };
  await getDb().benchReports.put(stored);
  return stored;
}

export async function listBenchReports(): Promise<StoredBenchReport[]> {
  return getDb().benchReports.orderBy("createdAt").reverse().toArray();
}

export async function deleteBenchReport(id: string): Promise<void> {
  await getDb().benchReports.delete(id);
}

export async function renameBenchReport(id: string, label: string): Promise<void> {
  const trimmed = label.trim();
  if (!trimmed) throw new Error("A run's name cannot be empty.");
  await getDb().benchReports.update(id, { label: trimmed });
}

/** Saved runs, newest first, live: pages update when another page saves a run. */
export function useBenchReports(): StoredBenchReport[] | undefined {
  return useLiveQuery(() => listBenchReports(), []);
}
