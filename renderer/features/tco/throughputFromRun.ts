// Turns a saved benchmark run into the cost model's throughput: the concurrency curve from its generation
// rows, prompt speed from its pp rows, the measured power, and an honest label. A run from another GPU can
// be projected onto the GPU being costed, and then says "projected", never "measured".
import { matchCatalogGpu } from "../../../shared/catalog/deviceMatch";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { DEFAULT_MEMORY_ALLOWANCE_GB, memoryAllowanceBytes, projectCurve } from "../../../shared/catalog/curveProjection";
import { measuredThroughput } from "../../../shared/catalog/projection";
import type { BenchReport, BenchResultRow } from "../../../shared/reports/benchReport";
import type { ConcurrencyPoint } from "../../../shared/tco";
import type { ThroughputSource } from "../../db/db";

export type RunThroughput = {
  curve: ConcurrencyPoint[];
  /** Undefined when the run had no prompt-processing (pp) test. */
  promptTokensPerSecond: number | undefined;
  /** Average GPU draw at the highest measured concurrency (the busiest, so the bill errs high); undefined without nvidia-smi. */
  measuredAverageWatts: number | undefined;
  device: string;
  synthetic: boolean;
  /** The generation test used, e.g. "tg128". */
  generationTest: string;
};

export type RunThroughputResult = { ok: true; value: RunThroughput } | { ok: false; reason: string };

// Short-context serving: a deeper context (n_depth > 0) measures something else.
const isGeneration = (row: BenchResultRow) => row.n_prompt === 0 && row.n_gen > 0 && row.n_depth === 0 && row.avg_ts > 0;
const isPrompt = (row: BenchResultRow) => row.n_gen === 0 && row.n_prompt > 0 && row.n_depth === 0 && row.avg_ts > 0;

/** The device the run measured: its GPU when layers were offloaded to one, else its CPU. */
export function runDevice(report: BenchReport): string {
  const gpu = report.system.gpus[0];
  const offloaded = report.results.some((row) => row.n_gpu_layers > 0);
  return report.build.backend.toLowerCase() !== "cpu" && offloaded && gpu !== undefined ? gpu.model : report.system.cpu.brand;
}

export function throughputFromRun(report: BenchReport): RunThroughputResult {
  const generation = report.results.filter(isGeneration);
  if (generation.length === 0) {
    return { ok: false, reason: "This run has no generation (tg) test, so it gives no tokens/s to serve with. Run tg128 at 1, 2, 4 … parallel sequences." };
  }
  // One generation test (the one with the most concurrency levels), and at each level its fastest row:
  // a sweep's best settings are what a team would deploy.
  const tests = new Map<string, Set<number>>();
  for (const row of generation) tests.set(row.test, (tests.get(row.test) ?? new Set()).add(row.n_parallel));
  const generationTest = [...tests.entries()].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0][0];
  const best = new Map<number, BenchResultRow>();
  for (const row of generation) {
    if (row.test !== generationTest) continue;
    const kept = best.get(row.n_parallel);
    if (kept === undefined || row.avg_ts > kept.avg_ts) best.set(row.n_parallel, row);
  }
  const rows = [...best.values()].sort((a, b) => a.n_parallel - b.n_parallel);
  const busiest = rows[rows.length - 1];
  const prompt = report.results.filter(isPrompt).map((row) => row.avg_ts);
  return {
    ok: true,
    value: {
      curve: rows.map((row) => ({ parallelSequences: row.n_parallel, generationTokensPerSecond: round1(row.avg_ts) })),
      promptTokensPerSecond: prompt.length === 0 ? undefined : round1(Math.max(...prompt)),
      measuredAverageWatts: busiest.power.measured && busiest.power.avgWatts > 0 ? Math.round(busiest.power.avgWatts) : undefined,
      device: runDevice(report),
      synthetic: report.model.synthetic || report.results.some((row) => row.synthetic_weights),
      generationTest,
    },
  };
}

export function measuredSource(reportId: string, runLabel: string, run: RunThroughput): ThroughputSource {
  return { kind: "measured", runId: reportId, runLabel, device: run.device, synthetic: run.synthetic };
}

/** "measured on NVIDIA GeForce RTX 4090 · synthetic weights", "projected for H100 PCIe from …", "typed in". */
export function sourceLabel(source: ThroughputSource | undefined): string {
  if (source === undefined || source.kind === "typed") return "typed in";
  const synthetic = source.synthetic ? " · synthetic weights" : "";
  if (source.kind === "measured") return `measured on ${source.device}${synthetic}`;
  return `projected for ${source.targetGpu} from a run on ${source.device}${synthetic}`;
}

/** The catalog GPU a reported device name is, e.g. "NVIDIA GeForce RTX 4090" → rtx-4090; Compare's matcher, so both pages agree. */
export function findCatalogGpu(deviceName: string, gpus: readonly GpuEntry[]): GpuEntry | undefined {
  const match = matchCatalogGpu(deviceName, gpus);
  return match.kind === "matched" ? match.gpu : undefined;
}

export type ProjectedRun =
  | { fits: true; curve: ConcurrencyPoint[]; promptTokensPerSecond: number | undefined; basis: string; caveat: string; fitNote: string }
  /** The model (plus the memory allowance) does not fit the target: nothing to apply, and `reason` says why. */
  | { fits: false; reason: string; fitNote: string };

/**
 * Scales the whole curve by the batch-1 projection's factor (memory-bandwidth ratio, capped at the target's
 * roofline), after the same VRAM fit check the Compare page makes. Concurrency makes decode more
 * compute-bound, so at high concurrency this is rougher still; the caveat says so.
 */
export function projectRun(
  run: RunThroughput,
  modelSizeBytes: number,
  from: GpuEntry,
  to: GpuEntry,
  allowanceBytes = memoryAllowanceBytes(DEFAULT_MEMORY_ALLOWANCE_GB),
): ProjectedRun | undefined {
  const batch1 = run.curve.find((point) => point.parallelSequences === 1) ?? run.curve[0];
  if (batch1 === undefined || !(modelSizeBytes > 0)) return undefined;
  const projected = projectCurve({
    measured: measuredThroughput(batch1.generationTokensPerSecond, { kind: "gpu", label: from.label, memoryBandwidthGBps: from.memoryBandwidthGBps }),
    target: to,
    modelSizeBytes,
    memoryAllowanceBytes: allowanceBytes,
    curve: run.curve,
    // Prefill is compute-bound, but bandwidth is the only figure both catalog entries have; the caveat says so.
    promptTokensPerSecond: run.promptTokensPerSecond ?? null,
  });
  if (!projected.fits) return { fits: false, reason: projected.reason, fitNote: projected.projection.fitNote };
  return {
    fits: true,
    curve: projected.curve.map((point) => ({ parallelSequences: point.parallelSequences, generationTokensPerSecond: round1(point.generationTokensPerSecond) })),
    promptTokensPerSecond: projected.promptTokensPerSecond === null ? undefined : round1(projected.promptTokensPerSecond),
    basis: projected.projection.basis,
    caveat: `${projected.projection.caveat} Factor applied to the whole curve: ×${projected.factor.toFixed(2)}.`,
    fitNote: projected.projection.fitNote,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
