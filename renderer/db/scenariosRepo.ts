// Saved TCO scenarios: one row per scenario in the `scenarios` table. Inputs are validated with the
// cost model's own schema before every write, so what is stored always opens; what was stored by an
// older version is validated again on read rather than trusted. Files move between machines as a
// tagged, versioned JSON document, and an import always becomes a new scenario.
import { useLiveQuery } from "dexie-react-hooks";
import { z } from "zod";
import { defaultScenario, validateScenario, type ScenarioInput, type ValidationIssue } from "../../shared/tco";
import { getDb, type BreakevenDb, type CatalogPicks, type StoredScenario, type ThroughputSource } from "./db";

export const SCENARIO_FILE_SCHEMA = "breakeven.scenario";
export const SCENARIO_FILE_VERSION = 1;

export type ScenarioFile = {
  schema: typeof SCENARIO_FILE_SCHEMA;
  schemaVersion: typeof SCENARIO_FILE_VERSION;
  name: string;
  exportedAt: string;
  input: ScenarioInput;
  throughputSource?: ThroughputSource;
  catalogPicks?: CatalogPicks;
};

/** What a scenario keeps beside its input: where the throughput came from, which catalog entries were picked. */
export type ScenarioExtras = Pick<StoredScenario, "throughputSource" | "catalogPicks">;

/** Thrown by saves given an invalid scenario; `issues` are validateScenario's, for the form to show. */
export class ScenarioValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(`The scenario has ${issues.length} invalid field${issues.length === 1 ? "" : "s"}: ${issues.map((issue) => issue.message).join(" ")}`);
    this.name = "ScenarioValidationError";
    this.issues = issues;
  }
}

type Clock = () => Date;
const systemClock: Clock = () => new Date();

/** base, else base with the first free suffix(2), suffix(3) …; insideParens puts it before a closing ")". */
function nextFreeName(base: string, taken: ReadonlySet<string>, suffix: (n: number) => string, insideParens = false): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = insideParens && base.endsWith(")") ? `${base.slice(0, -1)}${suffix(n)})` : `${base}${suffix(n)}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function takenNames(db: BreakevenDb): Promise<Set<string>> {
  return new Set((await db.scenarios.toArray()).map((row) => row.name));
}

/**
 * For a page being hidden or unloaded: validates, then writes the whole row in one IndexedDB request and
 * asks for an immediate commit. Dexie's update reads the row first, and in an unloading page the answer
 * to that read never arrives, so the write would be lost; a single put already on its way is committed.
 * Returns undefined (nothing written) when the input is not valid or the database is not open; otherwise
 * a promise of the commit, for a page that stays (only hidden) to show "saved".
 */
export function putScenarioBeforeUnload(db: BreakevenDb, row: StoredScenario, input: unknown, extras: ScenarioExtras = {}, now: Clock = systemClock): Promise<void> | undefined {
  const checked = validateScenario(input);
  if (!checked.ok || !db.isOpen()) return undefined;
  const transaction = db.backendDB().transaction(db.scenarios.name, "readwrite");
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error("The scenario could not be saved."));
    transaction.onabort = () => reject(transaction.error ?? new Error("Saving the scenario was aborted."));
  });
  transaction.objectStore(db.scenarios.name).put({ ...row, input: checked.value, updatedAt: now().toISOString(), ...definedOnly(extras) } satisfies StoredScenario);
  transaction.commit();
  return done;
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error("A scenario's name cannot be empty.");
  return trimmed;
}

async function insert(db: BreakevenDb, name: string, input: ScenarioInput, extras: ScenarioExtras, now: Clock): Promise<StoredScenario> {
  const at = now().toISOString();
  const row: StoredScenario = { id: crypto.randomUUID(), name, createdAt: at, updatedAt: at, input, ...definedOnly(extras) };
  await db.scenarios.add(row);
  return row;
}

// IndexedDB stores an undefined field as a key that is there; leaving it out keeps rows and files tidy.
function definedOnly(extras: ScenarioExtras): ScenarioExtras {
  const out: ScenarioExtras = {};
  if (extras.throughputSource !== undefined) out.throughputSource = extras.throughputSource;
  if (extras.catalogPicks !== undefined) out.catalogPicks = extras.catalogPicks;
  return out;
}

/** A new scenario from the sourced defaults, named "Scenario N" (the first free N) unless a name is given. */
export async function createScenario(db: BreakevenDb, name?: string, now: Clock = systemClock): Promise<StoredScenario> {
  return db.transaction("rw", db.scenarios, async () => {
    const taken = await takenNames(db);
    let chosen = name === undefined ? "" : requireName(name);
    for (let n = 1; chosen === ""; n++) if (!taken.has(`Scenario ${n}`)) chosen = `Scenario ${n}`;
    return insert(db, chosen, defaultScenario(), { throughputSource: { kind: "typed" } }, now);
  });
}

/** Oldest first, so the list does not reorder itself while the open scenario autosaves. */
export async function listScenarios(db: BreakevenDb): Promise<StoredScenario[]> {
  // Sorted here: createdAt is not indexed in schema v1, and a user keeps tens of scenarios, not thousands.
  const rows = await db.scenarios.toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}

export async function getScenario(db: BreakevenDb, id: string): Promise<StoredScenario | undefined> {
  return db.scenarios.get(id);
}

/** Validates, then stores the input (with documented defaults filled); throws ScenarioValidationError otherwise. */
export async function saveScenarioInput(
  db: BreakevenDb,
  id: string,
  input: unknown,
  extras: ScenarioExtras = {},
  now: Clock = systemClock,
): Promise<ScenarioInput> {
  const checked = validateScenario(input);
  if (!checked.ok) throw new ScenarioValidationError(checked.issues);
  const changes: Partial<StoredScenario> = { input: checked.value, updatedAt: now().toISOString(), ...definedOnly(extras) };
  const updated = await db.scenarios.update(id, changes);
  if (updated === 0) throw new Error("This scenario no longer exists; it may have been deleted in another window.");
  return checked.value;
}

export async function renameScenario(db: BreakevenDb, id: string, name: string, now: Clock = systemClock): Promise<void> {
  const updated = await db.scenarios.update(id, { name: requireName(name), updatedAt: now().toISOString() });
  if (updated === 0) throw new Error("This scenario no longer exists.");
}

/** A copy named "… (copy)", or "… (copy 2)" and so on when that name is taken. */
export async function duplicateScenario(db: BreakevenDb, id: string, now: Clock = systemClock): Promise<StoredScenario> {
  return db.transaction("rw", db.scenarios, async () => {
    const original = await db.scenarios.get(id);
    if (original === undefined) throw new Error("This scenario no longer exists.");
    const name = nextFreeName(`${original.name} (copy)`, await takenNames(db), (n) => ` ${n}`, true);
    return insert(db, name, structuredClone(original.input) as ScenarioInput, { throughputSource: original.throughputSource, catalogPicks: original.catalogPicks }, now);
  });
}

export async function deleteScenario(db: BreakevenDb, id: string): Promise<void> {
  await db.scenarios.delete(id);
}

/** The file a user downloads; the input is validated first so an export always imports back. */
export function exportScenario(row: StoredScenario, now: Clock = systemClock): string {
  const checked = validateScenario(row.input);
  if (!checked.ok) throw new ScenarioValidationError(checked.issues);
  const file: ScenarioFile = {
    schema: SCENARIO_FILE_SCHEMA,
    schemaVersion: SCENARIO_FILE_VERSION,
    name: row.name,
    exportedAt: now().toISOString(),
    input: checked.value,
    ...definedOnly({ throughputSource: row.throughputSource, catalogPicks: row.catalogPicks }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name without characters that file systems refuse. */
export function scenarioFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim() || "scenario";
  return `${safe}.breakeven-scenario.json`;
}

export type ImportResult = { ok: true; row: StoredScenario } | { ok: false; message: string; issues: ValidationIssue[] };

const throughputSourceSchema = z.union([
  z.object({ kind: z.literal("typed") }),
  z.object({ kind: z.literal("measured"), runId: z.string(), runLabel: z.string(), device: z.string(), synthetic: z.boolean() }),
  z.object({
    kind: z.literal("projected"),
    runId: z.string(),
    runLabel: z.string(),
    device: z.string(),
    synthetic: z.boolean(),
    targetGpu: z.string(),
    basis: z.string(),
  }),
]);

/** Parses and validates a scenario file and adds it as a new scenario; never replaces an existing one. */
export async function importScenario(db: BreakevenDb, text: string, now: Clock = systemClock): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse("This file is not JSON, so it cannot be a Breakeven scenario.");
  }
  if (typeof json !== "object" || json === null || (json as { schema?: unknown }).schema !== SCENARIO_FILE_SCHEMA) {
    return refuse(`This JSON is not a Breakeven scenario file (it lacks "schema": "${SCENARIO_FILE_SCHEMA}").`);
  }
  const file = json as Partial<ScenarioFile> & { schemaVersion?: unknown };
  if (file.schemaVersion !== SCENARIO_FILE_VERSION) {
    return refuse(`This scenario file has schema version ${JSON.stringify(file.schemaVersion)}; this version of Breakeven reads version ${SCENARIO_FILE_VERSION}.`);
  }
  const checked = validateScenario(file.input);
  if (!checked.ok) {
    const list = checked.issues.map((issue) => `${issue.path || "(file)"}: ${issue.message}`).join("\n");
    return { ok: false, message: `The scenario in this file has ${checked.issues.length} invalid field(s):\n${list}`, issues: checked.issues };
  }
  // Labels and picks only describe the figures: damaged ones are dropped rather than refusing the file.
  const source = throughputSourceSchema.safeParse(file.throughputSource);
  const picks = catalogPicksSchema.safeParse(file.catalogPicks);
  const wanted = typeof file.name === "string" && file.name.trim() ? file.name.trim() : "Imported scenario";
  return db.transaction("rw", db.scenarios, async () => {
    const taken = await takenNames(db);
    const name = nextFreeName(wanted, taken, (n) => (n === 2 ? " (imported)" : ` (imported ${n - 1})`));
    const extras = { throughputSource: source.success ? source.data : { kind: "typed" as const }, catalogPicks: picks.success ? picks.data : undefined };
    return { ok: true as const, row: await insert(db, name, checked.value, extras, now) };
  });
}

const catalogPicksSchema = z.object({ vendorModelId: z.string().optional(), gpuId: z.string().optional() });

function refuse(message: string): ImportResult {
  return { ok: false, message, issues: [] };
}

/** Every saved scenario, live: the list follows saves, renames and deletes from any page or window. */
export function useScenarios(): StoredScenario[] | undefined {
  return useLiveQuery(() => listScenarios(getDb()), []);
}
