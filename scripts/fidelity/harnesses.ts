// The two harnesses under comparison, each run the way its users run it: llama-bench as a
// process with its JSON output, Breakeven through the app's dispatcher (bench.run), so the worker
// process, its UV_THREADPOOL_SIZE and every other choice the engine makes are what is measured.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Dispatcher } from "../../electron/main/api/dispatch";
import type { BenchReport } from "../../shared/reports/benchReport";

export type HarnessSettings = { threads: number; batch: number; ubatch: number; repetitions: number; nPrompt: number; nGen: number };

/** One test's outcome in one run of one harness. */
export type TestFigures = {
  test: string;
  /** The harness's headline t/s: llama-bench's avg_ts; Breakeven's wall-clock (end-to-end) avg_ts. */
  avgTs: number;
  stddevTs: number;
  /** Breakeven only: llama.cpp's own decode timing, the figure comparable to llama-bench. */
  decodeTs: number | null;
  /** Breakeven only: wall clock per token minus llama.cpp's decode time per token. */
  overheadMsPerToken: number | null;
};

const execFileAsync = promisify(execFile);

export async function runLlamaBench(binaryPath: string, modelPath: string, settings: HarnessSettings): Promise<TestFigures[]> {
  const args = [
    "-m", modelPath,
    "-p", String(settings.nPrompt),
    "-n", String(settings.nGen),
    "-t", String(settings.threads),
    "-b", String(settings.batch),
    "-ub", String(settings.ubatch),
    "-r", String(settings.repetitions),
    // Breakeven's default is flash attention off; llama-bench's is "auto", which turns it on for the CPU.
    "-fa", "0",
    "-o", "json",
  ];
  const { stdout } = await execFileAsync(binaryPath, args, { maxBuffer: 16 * 1024 * 1024 });
  // Parse by name and tolerate extra fields: they change between llama.cpp versions.
  const rows = JSON.parse(stdout) as Record<string, unknown>[];
  return rows.map((row) => {
    const nPrompt = Number(row.n_prompt);
    const nGen = Number(row.n_gen);
    return {
      test: nGen === 0 ? `pp${nPrompt}` : nPrompt === 0 ? `tg${nGen}` : `pp${nPrompt}+tg${nGen}`,
      avgTs: Number(row.avg_ts),
      stddevTs: Number(row.stddev_ts),
      decodeTs: null,
      overheadMsPerToken: null,
    };
  });
}

let runCounter = 0;

export async function runBreakeven(dispatcher: Dispatcher, modelPath: string, settings: HarnessSettings): Promise<TestFigures[]> {
  const spec = {
    modelPath,
    tests: [
      { kind: "pp" as const, nPrompt: settings.nPrompt },
      { kind: "tg" as const, nGen: settings.nGen },
    ],
    repetitions: settings.repetitions,
    threads: [settings.threads],
    batchSize: [settings.batch],
    ubatchSize: [settings.ubatch],
    flashAttention: [false],
  };
  const result = await dispatcher.dispatch("bench.run", { runId: `fidelity-${process.pid}-${++runCounter}`, spec }, { emit: () => {} });
  if (!result.ok) throw new Error(`Breakeven's bench.run failed: ${result.error.message}`);
  const report = result.value as BenchReport;
  if (report.status !== "complete") throw new Error(`Breakeven's bench.run ended ${report.status}: ${report.note ?? ""}`);
  return report.results.map((row) => ({
    test: row.test,
    avgTs: row.avg_ts,
    stddevTs: row.stddev_ts,
    decodeTs: row.decode_avg_ts,
    overheadMsPerToken: row.harness_overhead_ms_per_token,
  }));
}
