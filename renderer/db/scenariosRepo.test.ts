import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultScenario } from "../../shared/tco";
import { BreakevenDb } from "./db";
import {
  createScenario,
  deleteScenario,
  duplicateScenario,
  exportScenario,
  getScenario,
  importScenario,
  listScenarios,
  putScenarioBeforeUnload,
  renameScenario,
  saveScenarioInput,
  SCENARIO_FILE_SCHEMA,
  scenarioFileName,
  ScenarioValidationError,
} from "./scenariosRepo";

let db: BreakevenDb;
let dbCount = 0;
let tick = 0;
// A clock that moves one second per call, so createdAt orders rows the way they were made.
const clock = () => new Date(Date.UTC(2026, 11, 5, 10, 0, tick++));

beforeEach(async () => {
  db = new BreakevenDb(`scenarios-test-${++dbCount}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe("scenarios repository", () => {
  it("creates scenarios from the defaults with the first free 'Scenario N' name", async () => {
    const first = await createScenario(db, undefined, clock);
    const second = await createScenario(db, undefined, clock);
    expect(first.name).toBe("Scenario 1");
    expect(second.name).toBe("Scenario 2");
    expect(first.input).toEqual(defaultScenario());
    expect(first.throughputSource).toEqual({ kind: "typed" });
    await deleteScenario(db, first.id);
    expect((await createScenario(db, undefined, clock)).name).toBe("Scenario 1");
    expect((await createScenario(db, "  Q3 plan ", clock)).name).toBe("Q3 plan");
  });

  it("lists oldest first and survives reopening the database (a restart)", async () => {
    await createScenario(db, "A", clock);
    await createScenario(db, "B", clock);
    const name = db.name;
    db.close();
    db = new BreakevenDb(name);
    await db.open();
    expect((await listScenarios(db)).map((row) => row.name)).toEqual(["A", "B"]);
  });

  it("saves a valid input with defaults filled and a new updatedAt", async () => {
    const row = await createScenario(db, "A", clock);
    const edited = structuredClone(defaultScenario()) as Partial<ReturnType<typeof defaultScenario>>;
    const workload = { ...defaultScenario().workload, requestsPerMonth: 2_500_000 } as Record<string, unknown>;
    delete workload.horizonMonths;
    const saved = await saveScenarioInput(db, row.id, { ...edited, workload }, { throughputSource: { kind: "typed" } }, clock);
    expect(saved.workload.horizonMonths).toBe(36);
    const stored = await getScenario(db, row.id);
    expect((stored?.input as { workload: { requestsPerMonth: number } }).workload.requestsPerMonth).toBe(2_500_000);
    expect(stored?.updatedAt > row.updatedAt).toBe(true);
  });

  it("refuses an invalid input with validateScenario's issues and keeps the stored one", async () => {
    const row = await createScenario(db, "A", clock);
    const bad = { ...defaultScenario(), workload: { ...defaultScenario().workload, promptCacheShare: 1.2 } };
    const error = await saveScenarioInput(db, row.id, bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ScenarioValidationError);
    expect((error as ScenarioValidationError).issues).toEqual([
      { path: "workload.promptCacheShare", message: "Prompt-cache share must be between 0% and 100% (got 120%)." },
    ]);
    expect((await getScenario(db, row.id))?.input).toEqual(defaultScenario());
  });

  it("says so when saving a scenario that was deleted", async () => {
    const row = await createScenario(db, "A", clock);
    await deleteScenario(db, row.id);
    await expect(saveScenarioInput(db, row.id, defaultScenario())).rejects.toThrow(/no longer exists/);
  });

  it("renames, refusing an empty name", async () => {
    const row = await createScenario(db, "A", clock);
    await renameScenario(db, row.id, "  Bought 4090s ");
    expect((await getScenario(db, row.id))?.name).toBe("Bought 4090s");
    await expect(renameScenario(db, row.id, "   ")).rejects.toThrow(/cannot be empty/);
    expect((await getScenario(db, row.id))?.name).toBe("Bought 4090s");
  });

  it("duplicates as '… (copy)', then '… (copy 2)', with its own id and a deep copy of the input", async () => {
    const source = { kind: "measured" as const, runId: "r1", runLabel: "run", device: "RTX 4090", synthetic: false };
    const row = await createScenario(db, "Plan", clock);
    await saveScenarioInput(db, row.id, defaultScenario(), { throughputSource: source, catalogPicks: { vendorModelId: "claude-sonnet-4.5" } });
    const copy = await duplicateScenario(db, row.id, clock);
    const again = await duplicateScenario(db, row.id, clock);
    expect([copy.name, again.name]).toEqual(["Plan (copy)", "Plan (copy 2)"]);
    expect(copy.id).not.toBe(row.id);
    expect(copy.throughputSource).toEqual(source);
    expect(copy.catalogPicks).toEqual({ vendorModelId: "claude-sonnet-4.5" });
    await saveScenarioInput(db, copy.id, { ...defaultScenario(), workload: { ...defaultScenario().workload, requestsPerMonth: 5 } });
    expect((await getScenario(db, row.id))?.input).toEqual(defaultScenario());
  });

  it("writes a whole row in one committed put for a page being unloaded, and nothing when the input is invalid", async () => {
    const row = await createScenario(db, "Before reload", clock);
    await renameScenario(db, row.id, "Renamed", clock);
    const current = (await getScenario(db, row.id))!;
    const input = { ...defaultScenario(), workload: { ...defaultScenario().workload, requestsPerMonth: 4_200_000 } };
    const committed = putScenarioBeforeUnload(db, current, input, { catalogPicks: { gpuId: "rtx-5090" } }, clock);
    expect(committed).toBeInstanceOf(Promise);
    await committed;
    const stored = await getScenario(db, row.id);
    expect(stored).toMatchObject({ id: row.id, name: "Renamed", createdAt: row.createdAt, catalogPicks: { gpuId: "rtx-5090" } });
    expect((stored?.input as { workload: { requestsPerMonth: number } }).workload.requestsPerMonth).toBe(4_200_000);
    expect(stored!.updatedAt > current.updatedAt).toBe(true);

    const invalid = { ...input, workload: { ...input.workload, requestsPerMonth: -1 } };
    expect(putScenarioBeforeUnload(db, current, invalid, {}, clock)).toBeUndefined();
    expect(((await getScenario(db, row.id))?.input as { workload: { requestsPerMonth: number } }).workload.requestsPerMonth).toBe(4_200_000);
  });

  it("deletes", async () => {
    const row = await createScenario(db, "A", clock);
    await deleteScenario(db, row.id);
    expect(await listScenarios(db)).toEqual([]);
  });
});

describe("scenario files", () => {
  it("exports a tagged, versioned document that imports back as a new scenario", async () => {
    const row = await createScenario(db, "Plan", clock);
    const input = { ...defaultScenario(), workload: { ...defaultScenario().workload, requestsPerMonth: 3_000_000 } };
    await saveScenarioInput(db, row.id, input, { catalogPicks: { vendorModelId: "gpt-4o", gpuId: "rtx-4090" } });
    const stored = await getScenario(db, row.id);
    const text = exportScenario(stored!, () => new Date("2026-12-05T12:00:00Z"));
    expect(JSON.parse(text)).toMatchObject({ schema: SCENARIO_FILE_SCHEMA, schemaVersion: 1, name: "Plan", exportedAt: "2026-12-05T12:00:00.000Z", input });

    const imported = await importScenario(db, text, clock);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.row.id).not.toBe(row.id);
    expect(imported.row.name).toBe("Plan (imported)");
    expect(imported.row.input).toEqual(input);
    expect(imported.row.catalogPicks).toEqual({ vendorModelId: "gpt-4o", gpuId: "rtx-4090" });
    expect(imported.row.throughputSource).toEqual({ kind: "typed" });
    expect((await getScenario(db, row.id))?.input).toEqual(input);
    expect(await listScenarios(db)).toHaveLength(2);
  });

  it("refuses a file that is not JSON", async () => {
    expect(await importScenario(db, "<html>")).toEqual({ ok: false, message: "This file is not JSON, so it cannot be a Breakeven scenario.", issues: [] });
  });

  it("refuses JSON of another kind and a version it does not read", async () => {
    const other = await importScenario(db, JSON.stringify({ schema: "breakeven.bench-report", schemaVersion: 1 }));
    expect(other.ok === false && other.message).toMatch(/not a Breakeven scenario file/);
    const future = await importScenario(db, JSON.stringify({ schema: SCENARIO_FILE_SCHEMA, schemaVersion: 2, input: defaultScenario() }));
    expect(future.ok === false && future.message).toMatch(/schema version 2.*reads version 1/);
    expect(await listScenarios(db)).toEqual([]);
  });

  it("lists every invalid field of an imported scenario and stores nothing", async () => {
    const input = defaultScenario() as unknown as { workload: Record<string, unknown>; selfHost: Record<string, unknown> };
    input.workload.requestsPerMonth = "a lot";
    input.selfHost.mlEngineerFteShare = 2;
    const result = await importScenario(db, JSON.stringify({ schema: SCENARIO_FILE_SCHEMA, schemaVersion: 1, name: "x", input }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(["workload.requestsPerMonth", "selfHost.mlEngineerFteShare"]);
    expect(result.message).toContain('workload.requestsPerMonth: Requests per month must be a number, zero or more (got "a lot").');
    expect(result.message).toContain("selfHost.mlEngineerFteShare: ML engineer share of an FTE must be between 0% and 100% (got 200%).");
    expect(await listScenarios(db)).toEqual([]);
  });

  it("reads a damaged throughput label as typed rather than refusing the figures", async () => {
    const text = JSON.stringify({ schema: SCENARIO_FILE_SCHEMA, schemaVersion: 1, name: "x", input: defaultScenario(), throughputSource: { kind: "guessed" } });
    const result = await importScenario(db, text);
    expect(result.ok && result.row.throughputSource).toEqual({ kind: "typed" });
  });

  it("makes safe file names", () => {
    expect(scenarioFileName('Q3: "rented" 4090s / EU')).toBe("Q3 rented 4090s EU.breakeven-scenario.json");
    expect(scenarioFileName("  ")).toBe("scenario.breakeven-scenario.json");
  });
});
