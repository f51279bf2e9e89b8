import { describe, expect, it } from "vitest";
import gpuCatalogJson from "../../../resources/catalog/gpus.json";
import { mergeGpus } from "../../../shared/catalog/gpuEdits";
import { parseGpuCatalog, type GpuEntry } from "../../../shared/catalog/gpus";
import { defaultScenario } from "../../../shared/tco";
import { resolveBaseline, type BaselineDeviceChoice } from "./baseline";
import { efficiencyChartData } from "./chartData";
import { buildCompareRows, type CompareInputs, type RunOption } from "./compareRows";
import { applyWorkload, workloadFromScenario, type CompareWorkload } from "./optionScenario";
import { runFigures } from "./runFigures";
import { sampleBenchReport, type SampleOptions } from "./sampleBenchReport";

const parsedCatalog = parseGpuCatalog(gpuCatalogJson);
if (!parsedCatalog.ok) throw new Error(parsedCatalog.error);
const catalog = parsedCatalog.value.entries;

function gpu(id: string): GpuEntry {
  const entry = catalog.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`no ${id} in the catalog`);
  return entry;
}

function run(options: SampleOptions = {}, label = "4090 run"): RunOption {
  const report = sampleBenchReport(options);
  return { id: report.id, label, report };
}

function inputs(overrides: Partial<CompareInputs> & { workload?: Partial<CompareWorkload>; choice?: BaselineDeviceChoice } = {}): CompareInputs {
  const base = defaultScenario();
  const workload = { ...workloadFromScenario(base), ...overrides.workload };
  const baselineRun = overrides.baseline === undefined ? run() : overrides.baseline?.run;
  const baseline =
    overrides.baseline !== undefined
      ? overrides.baseline
      : baselineRun === undefined
        ? null
        : { run: baselineRun, resolved: resolveBaseline(runFigures(baselineRun.report), overrides.choice ?? { kind: "auto" }, catalog) };
  return {
    runs: overrides.runs ?? (baseline === null ? [] : [baseline.run]),
    projectOnto: overrides.projectOnto ?? [gpu("rtx-5090"), gpu("h100-sxm")],
    catalog,
    baseline,
    scenario: applyWorkload(base, workload),
    hardware: workload.hardware,
    memoryAllowanceBytes: overrides.memoryAllowanceBytes ?? 1e9,
  };
}

describe("buildCompareRows", () => {
  it("turns a saved run into a measured row priced from its catalog GPU", () => {
    const { rows } = buildCompareRows(inputs({ projectOnto: [] }));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row.kind).toBe("measured");
    expect(row.projection).toBeNull();
    expect(row.batch1TokensPerSecond).toBe(128.6);
    // At 20 t/s per request every measured level qualifies; the highest (8 sequences) is the operating point.
    expect(row.operatingPoint).toEqual({ parallelSequences: 8, aggregateTokensPerSecond: 735.2 });
    expect(row.powerBasis).toBe("measured");
    expect(row.powerWatts).toBe(391);
    expect(row.tokensPerSecondPerWatt).toBeCloseTo(735.2 / 391, 6);
    expect(row.tokensPerSecondPerThousandUsd).toBeCloseTo((735.2 / 1599) * 1000, 6);
    expect(row.cloudUsdPerMillionTokens).toBeCloseTo((0.74 / (735.2 * 3600)) * 1e6, 6);
    expect(row.tco.ok).toBe(true);
    if (row.tco.ok) {
      expect(row.tco.gpusNeeded).toBeGreaterThanOrEqual(1);
      expect(row.tco.hardwareBasis).toBe("bought at $1,599 per GPU");
      expect(row.tco.selfHostUsd36).toBeGreaterThan(0);
    }
  });

  it("labels every catalog GPU projected, never measured, with its basis and caveat", () => {
    const { rows } = buildCompareRows(inputs());
    const projected = rows.filter((row) => row.key.startsWith("gpu:"));
    expect(projected.map((row) => row.label)).toEqual(["GeForce RTX 5090", "H100 SXM"]);
    for (const row of projected) {
      expect(row.kind).toBe("projected");
      expect(row.powerBasis).not.toBe("measured");
      expect(row.projection?.kind).toBe("projected");
      expect(row.projection?.basis).toMatch(/^Projected from 128\.6 t\/s measured on NVIDIA GeForce RTX 4090 \(1008 GB\/s/);
      expect(row.projection?.caveat).toContain("scaled by the same factor");
      expect(row.detail).toMatch(/^projected from /);
    }
    const rtx5090 = projected[0];
    expect(rtx5090.batch1TokensPerSecond).toBeCloseTo(128.6 * (1792 / 1008), 6);
    expect(rtx5090.operatingPoint?.aggregateTokensPerSecond).toBeCloseTo(735.2 * (1792 / 1008), 6);
    expect(rtx5090.powerBasis).toBe("board power");
    expect(rtx5090.powerWatts).toBe(575);
  });

  it("says which rows are priced from the user's own quote, with its date", () => {
    const merged = mergeGpus(catalog, {
      schemaVersion: 1,
      overrides: { "rtx-5090": { fields: { purchaseUsd: { typical: 2400 } }, editedOn: "2026-12-20", source: "reseller quote" } },
      added: [],
    }).entries;
    const quoted = merged.find((entry) => entry.id === "rtx-5090")!;
    const { rows } = buildCompareRows(inputs({ projectOnto: [quoted, gpu("h100-sxm")], catalog: merged }));
    expect(rows.find((row) => row.key === "gpu:rtx-5090")?.detail).toMatch(/ · your quote 2026-12-20$/);
    expect(rows.find((row) => row.key === "gpu:h100-sxm")?.detail).not.toContain("your");
  });

  it("keeps projected values out of the measured chart series", () => {
    const { rows } = buildCompareRows(inputs());
    const { perWatt, perThousandUsd } = efficiencyChartData(rows);
    for (const bar of [...perWatt.bars, ...perThousandUsd.bars]) {
      if (bar.kind === "projected") {
        expect(bar.measured).toBeNull();
        expect(bar.name).toMatch(/\(projected\)$/);
      } else {
        expect(bar.projected).toBeNull();
      }
    }
    // Every option ticked here has a board power and a purchase price (H100 SXM's range counts by its middle).
    expect(perWatt.bars.map((bar) => bar.kind)).toEqual(["measured", "projected", "projected"]);
  });

  it("says the model does not fit when it needs more than the GPU's VRAM", () => {
    const big = run({ id: "run-big", modelSizeBytes: 30e9 }, "30 GB model");
    const { rows } = buildCompareRows(inputs({ runs: [], projectOnto: [gpu("rtx-4080"), gpu("h100-sxm")], ...withBaseline(big) }));
    const [rtx4080, h100] = rows;
    expect(rtx4080.fits).toBe(false);
    expect(rtx4080.fitNote).toMatch(/does not fit, .* short/);
    expect(rtx4080.operatingPoint).toBeNull();
    expect(rtx4080.tco).toEqual({ ok: false, reason: "The model does not fit in its memory." });
    expect(rtx4080.kind).toBe("projected");
    expect(h100.fits).toBe(true);
  });

  it("counts the memory allowance in the fit check", () => {
    const { rows } = buildCompareRows(inputs({ runs: [], projectOnto: [gpu("rtx-4080")], memoryAllowanceBytes: 12e9 }));
    expect(rows[0].fits).toBe(false);
  });

  it("leaves per-watt empty when power is unknown", () => {
    const { rows } = buildCompareRows(inputs({ runs: [], projectOnto: [gpu("rtx-pro-6000-blackwell")] }));
    expect(rows[0].powerBasis).toBe("unknown");
    expect(rows[0].powerWatts).toBeNull();
    expect(rows[0].tokensPerSecondPerWatt).toBeNull();
    expect(efficiencyChartData(rows).perWatt.missing).toEqual(["RTX PRO 6000 (Blackwell)"]);

    const cpu = run({ id: "run-cpu", gpuModel: null, backend: "CPU", generation: [{ parallel: 1, tokensPerSecond: 9.4, watts: null }] }, "CPU run");
    const cpuRows = buildCompareRows(inputs({ runs: [cpu], projectOnto: [], workload: { minTokensPerSecondPerRequest: 5 } })).rows;
    expect(cpuRows[0].powerBasis).toBe("unknown");
    expect(cpuRows[0].tokensPerSecondPerWatt).toBeNull();
    expect(cpuRows[0].fits).toBeNull();
  });

  it("needs a typed RAM bandwidth to project from a CPU run", () => {
    const cpu = run({ id: "run-cpu", gpuModel: null, backend: "CPU", generation: [{ parallel: 1, tokensPerSecond: 9.4, watts: null }] }, "CPU run");
    const without = buildCompareRows(inputs({ ...withBaseline(cpu) }));
    expect(without.rows.filter((row) => row.kind === "projected")).toHaveLength(0);
    expect(without.notices[0]).toMatch(/measured on the CPU .* system RAM bandwidth/);

    const typed = buildCompareRows(inputs({ ...withBaseline(cpu, { kind: "typed", memoryBandwidthGBps: 89.6 }) }));
    const projected = typed.rows.filter((row) => row.kind === "projected");
    expect(projected).toHaveLength(2);
    expect(projected[0].projection?.basis).toContain("89.6 GB/s system RAM bandwidth");
  });

  it("reports a missed service level instead of an operating point", () => {
    const { rows } = buildCompareRows(inputs({ projectOnto: [], workload: { minTokensPerSecondPerRequest: 200 } }));
    expect(rows[0].operatingPoint).toBeNull();
    expect(rows[0].operatingNote).toBe("No concurrency reaches the service level of 200 t/s per request (fastest: 128.6 t/s).");
    expect(rows[0].tco.ok).toBe(false);
  });

  it("rents when asked, and falls back to buying when there is no cloud price", () => {
    const rented = buildCompareRows(inputs({ projectOnto: [gpu("rtx-4080")], workload: { hardware: "rented" } })).rows;
    expect(rented[0].tco.ok && rented[0].tco.hardwareBasis).toBe("rented at $0.74 per GPU-hour");
    expect(rented[1].tco.ok && rented[1].tco.hardwareBasis).toBe("bought at $1,199 per GPU (no cloud price in the catalog)");
  });

  it("prices an Apple machine as the whole computer, through the same pricing as the TCO page's GPU pick", () => {
    const { rows } = buildCompareRows(inputs({ runs: [], projectOnto: [gpu("apple-m3-ultra")] }));
    expect(rows[0].tco.ok && rows[0].tco.hardwareBasis).toBe("bought at $3,999 per machine");
  });

  it("gives GPUs a server again when the base scenario was priced as a whole Apple machine", () => {
    const plain = inputs({ runs: [], projectOnto: [gpu("rtx-5090")] });
    const hardware = plain.scenario.selfHost.hardware;
    if (hardware.kind !== "bought") throw new Error("the default scenario buys its GPUs");
    const macBase = { ...plain.scenario, selfHost: { ...plain.scenario.selfHost, hardware: { ...hardware, usdPerGpu: 3_999, usdPerServer: 0, gpusPerServer: 1 } } };
    const tco = (extra: Partial<CompareInputs>) => {
      const row = buildCompareRows({ ...plain, scenario: macBase, ...extra }).rows[0];
      return row.tco.ok ? row.tco.selfHostUsd36 : Number.NaN;
    };
    const fromDefaults = buildCompareRows(plain).rows[0].tco;
    expect(fromDefaults.ok && tco({ baseWasWholeMachine: true })).toBe(fromDefaults.ok && fromDefaults.selfHostUsd36);
    // Without the flag the Mac's $0 server would be taken as the user's own, and every GPU would come out cheaper.
    expect(tco({})).toBeLessThan(fromDefaults.ok ? fromDefaults.selfHostUsd36 : 0);
  });

  it("asks for a baseline before projecting", () => {
    const result = buildCompareRows(inputs({ baseline: null, runs: [] }));
    expect(result.rows).toEqual([]);
    expect(result.notices).toEqual(["Pick a baseline run to project the ticked GPUs from."]);
  });
});

function withBaseline(baselineRun: RunOption, choice: BaselineDeviceChoice = { kind: "auto" }): Pick<CompareInputs, "baseline"> {
  return { baseline: { run: baselineRun, resolved: resolveBaseline(runFigures(baselineRun.report), choice, catalog) } };
}
