// What the comparison needs from one saved benchmark run, read once from its llama-bench-style rows.
// A run may sweep settings (threads, flash attention, KV type…); for each concurrency level the best
// row is kept, because a team deploys the settings that served fastest, not the average of a sweep.
import type { ConcurrencyPoint } from "../../../shared/tco/types";
import type { BenchReport, BenchResultRow } from "../../../shared/reports/benchReport";

export type RunGenerationPoint = ConcurrencyPoint & {
  /** Average board draw during that row, when nvidia-smi sampled it. */
  measuredWatts: number | null;
};

export type RunFigures = {
  /** "gpu" when the model ran on a GPU backend with layers offloaded; "cpu" otherwise. */
  deviceKind: "gpu" | "cpu";
  /** The device as the run's machine reported it, e.g. "NVIDIA GeForce RTX 4090" or "AMD EPYC 7763". */
  deviceName: string;
  hostName: string;
  backend: string;
  /** The generation test the figures come from, e.g. "tg128"; null when the run has none. */
  generationTest: string | null;
  /** Aggregate generation tokens/s by parallel sequences, ascending; [] without a generation test. */
  curve: RunGenerationPoint[];
  /** Generation tokens/s at one sequence: the figure a projection scales. */
  batch1TokensPerSecond: number | null;
  /** The highest aggregate tokens/s anywhere on the curve. */
  bestAggregateTokensPerSecond: number | null;
  /** Prompt-processing tokens/s at one sequence, when the run had a pp test. */
  promptTokensPerSecond: number | null;
  modelFileName: string;
  modelSizeBytes: number;
  /** Random weights of a real shape: speed is representative, answers are not. */
  syntheticWeights: boolean;
};

function isGeneration(row: BenchResultRow): boolean {
  // Depth > 0 measures a long context; the comparison is about short-context serving.
  return row.n_prompt === 0 && row.n_gen > 0 && row.n_depth === 0 && row.avg_ts > 0;
}

function isPrompt(row: BenchResultRow): boolean {
  return row.n_gen === 0 && row.n_prompt > 0 && row.n_depth === 0 && row.n_parallel === 1 && row.avg_ts > 0;
}

/** Picks the generation test with the most concurrency levels; on a tie the shortest (tg128 before tg512). */
function pickGenerationTest(rows: BenchResultRow[]): string | null {
  const levels = new Map<string, { parallel: Set<number>; nGen: number }>();
  for (const row of rows) {
    const entry = levels.get(row.test) ?? { parallel: new Set<number>(), nGen: row.n_gen };
    entry.parallel.add(row.n_parallel);
    levels.set(row.test, entry);
  }
  let best: string | null = null;
  for (const [test, entry] of levels) {
    const current = best === null ? undefined : levels.get(best);
    if (current === undefined || entry.parallel.size > current.parallel.size || (entry.parallel.size === current.parallel.size && entry.nGen < current.nGen)) {
      best = test;
    }
  }
  return best;
}

function wattsOf(row: BenchResultRow): number | null {
  return row.power.measured && row.power.avgWatts > 0 ? row.power.avgWatts : null;
}

export function runFigures(report: BenchReport): RunFigures {
  const generationRows = report.results.filter(isGeneration);
  const generationTest = pickGenerationTest(generationRows);
  const byParallel = new Map<number, BenchResultRow>();
  for (const row of generationRows) {
    if (row.test !== generationTest) continue;
    const kept = byParallel.get(row.n_parallel);
    if (kept === undefined || row.avg_ts > kept.avg_ts) byParallel.set(row.n_parallel, row);
  }
  const curve = [...byParallel.values()]
    .sort((a, b) => a.n_parallel - b.n_parallel)
    .map((row) => ({ parallelSequences: row.n_parallel, generationTokensPerSecond: row.avg_ts, measuredWatts: wattsOf(row) }));

  const prompt = report.results.filter(isPrompt).reduce<number | null>((best, row) => Math.max(best ?? 0, row.avg_ts), null);
  const gpu = report.system.gpus[0];
  // A CUDA/Vulkan/Metal build with every layer left on the CPU still measured the CPU.
  const offloaded = report.results.some((row) => row.n_gpu_layers > 0);
  const onGpu = report.build.backend.toLowerCase() !== "cpu" && offloaded && gpu !== undefined;

  return {
    deviceKind: onGpu ? "gpu" : "cpu",
    deviceName: onGpu ? gpu.model : report.system.cpu.brand,
    hostName: report.system.os.hostname,
    backend: report.build.backend,
    generationTest,
    curve,
    batch1TokensPerSecond: curve.find((point) => point.parallelSequences === 1)?.generationTokensPerSecond ?? null,
    bestAggregateTokensPerSecond: curve.length === 0 ? null : Math.max(...curve.map((point) => point.generationTokensPerSecond)),
    promptTokensPerSecond: prompt,
    modelFileName: report.model.fileName,
    modelSizeBytes: report.model.sizeBytes,
    syntheticWeights: report.model.synthetic || report.results.some((row) => row.synthetic_weights),
  };
}
