// The BenchReport: the worker's rows plus what only the main process knows (the system, power).
import { randomUUID } from "node:crypto";
import type { SystemDescription } from "../../../../shared/api/system";
import type { BenchBuildInfo, MeasuredRow } from "../../../../shared/bench/job";
import type { BenchSpec } from "../../../../shared/bench/spec";
import {
  BENCH_REPORT_SCHEMA,
  BENCH_REPORT_VERSION,
  type BenchModelIdentity,
  type BenchReport,
  type BenchResultRow,
  type PowerMeasurement,
} from "../../../../shared/reports/benchReport";

export type ReportParts = {
  createdAt: string;
  status: BenchReport["status"];
  note: string | null;
  system: SystemDescription;
  spec: BenchSpec;
  /** From the main process's own check of the file, for a run that ended before the header was read. */
  fileSizeBytes: number;
  model: BenchModelIdentity | null;
  build: BenchBuildInfo | null;
  rows: { row: MeasuredRow; power: PowerMeasurement }[];
};

/** Tokens that power is divided by: generated ones, or processed ones for a prompt-only test. */
export function energyTokens(row: MeasuredRow): number {
  return row.samples_ns.length * (row.n_gen > 0 ? row.n_gen : row.n_prompt) * row.n_parallel;
}

/** A model identity for a run that ended before the worker read the header: what the file alone says. */
function unreadModel(spec: BenchSpec, sizeBytes: number): BenchModelIdentity {
  const fileName = spec.modelPath.split(/[\\/]/).pop() ?? spec.modelPath;
  return { fileName, sizeBytes, headerSha256: null, synthetic: false, syntheticPreset: null, architecture: "unknown", modelType: "unknown", nParams: null, fileType: "unknown" };
}

export function buildReport(parts: ReportParts): BenchReport {
  const results: BenchResultRow[] = parts.rows.map(({ row, power }) => ({ ...row, cpu_info: parts.system.cpu.brand, power }));
  return {
    schema: BENCH_REPORT_SCHEMA,
    schemaVersion: BENCH_REPORT_VERSION,
    id: randomUUID(),
    createdAt: parts.createdAt,
    status: parts.status,
    note: parts.note,
    system: parts.system,
    build: {
      app: parts.system.versions.app,
      nodeLlamaCpp: parts.build?.nodeLlamaCpp ?? parts.system.versions.nodeLlamaCpp,
      llamaCppRelease: parts.build?.llamaCppRelease ?? parts.system.versions.llamaCppRelease,
      buildCommit: parts.build?.buildCommit ?? "unknown",
      backend: parts.build?.backend ?? "unknown",
    },
    model: parts.model ?? unreadModel(parts.spec, parts.fileSizeBytes),
    spec: parts.spec,
    results,
  };
}
