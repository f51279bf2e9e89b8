// The renderer's own database (IndexedDB through Dexie): everything a user creates or edits.
// Versions only ever get added; each new version says what it changes and upgrades old rows,
// so a user's saved work survives every app update.
import Dexie, { type EntityTable } from "dexie";
import type { BenchReport } from "../../shared/reports/benchReport";

export type StoredScenario = {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** The scenario's inputs (shared/tco ScenarioInput), kept as data so old saves still open. */
  input: unknown;
  /**
   * Where the throughput figures came from, kept beside the input (validateScenario strips unknown
   * fields) so the page can label them "measured", "projected" or "synthetic weights" even after the
   * run is deleted. Absent on scenarios saved before it existed: read as typed. Not indexed, so no new version.
   */
  throughputSource?: ThroughputSource;
  /**
   * The catalog entries last picked, by id. The input holds only their numbers, and two models can share
   * prices (Claude Sonnet 4 and 4.5): the id keeps the name shown the one the user chose.
   */
  catalogPicks?: CatalogPicks;
};

export type CatalogPicks = { vendorModelId?: string; gpuId?: string };

export type ThroughputSource =
  | { kind: "typed" }
  | { kind: "measured"; runId: string; runLabel: string; device: string; synthetic: boolean }
  | { kind: "projected"; runId: string; runLabel: string; device: string; synthetic: boolean; targetGpu: string; basis: string };

export type StoredBenchReport = {
  id: string;
  createdAt: string;
  /** Measured by this app here, or imported from a file (another machine, the CLI, llama-bench). */
  source: "measured" | "imported";
  label: string;
  report: BenchReport;
};

export type StoredSetting = { key: string; value: unknown };

export class BreakevenDb extends Dexie {
  scenarios!: EntityTable<StoredScenario, "id">;
  benchReports!: EntityTable<StoredBenchReport, "id">;
  settings!: EntityTable<StoredSetting, "key">;

  constructor(name = "breakeven") {
    super(name);
    this.version(1).stores({
      scenarios: "id, name, updatedAt",
      benchReports: "id, createdAt, source",
      settings: "key",
    });
  }
}

let instance: BreakevenDb | null = null;

export function getDb(): BreakevenDb {
  instance ??= new BreakevenDb();
  return instance;
}
