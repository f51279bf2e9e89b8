// `breakeven bench`: llama-bench's command line over Breakeven's engine. It calls bench.run
// through the app's dispatcher (one implementation for the app, web mode and the CLI), prints
// progress on stderr and the report on stdout; Ctrl-C cancels through bench.cancel.
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import type { BenchProgress } from "../../shared/bench/progress";
import type { BenchReport } from "../../shared/reports/benchReport";
import { parseBenchArgs, BENCH_FLAGS } from "./benchArgs";
import { ApiCallError, callApi } from "./callApi";
import { EXIT, type CliCommand } from "./command";
import { formatters } from "./formatters/index";
import { formatCommandHelp } from "./help";
import { createProgressBar } from "./progressBar";

/** How far through the whole run a progress event is: each step counts its warm-up and repetitions. */
export function benchFraction(progress: BenchProgress): number {
  if (progress.steps <= 0) return 0;
  const perStep = progress.repetitions + 1;
  const stepIndex = Math.min(Math.max(progress.step, 0), progress.steps - 1);
  const within = progress.phase === "done" ? perStep : progress.phase === "loading" ? 0 : progress.repetition;
  return (stepIndex + within / perStep) / progress.steps;
}

export function benchProgressLabel(progress: BenchProgress): string {
  const rep = progress.phase === "warmup" ? "warm-up" : progress.phase === "loading" ? "loading" : `rep ${progress.repetition}/${progress.repetitions}`;
  const synthetic = progress.syntheticWeights ? " (synthetic weights)" : "";
  const speed = progress.tokensPerSecondSoFar === null ? "" : ` ${progress.tokensPerSecondSoFar.toFixed(1)} t/s${synthetic}`;
  return `${progress.test} (${Math.min(progress.step + 1, progress.steps)}/${progress.steps}) ${rep}${speed}`;
}

function exitCodeFor(report: BenchReport): number {
  if (report.status === "cancelled") return EXIT.interrupted;
  if (report.status === "failed") return EXIT.runtimeError;
  return EXIT.ok;
}

export const benchCommand: CliCommand = {
  name: "bench",
  summary: "measure prompt and generation speed, with llama-bench's flags and fields",
  usage: "breakeven bench -m <file> [options]",
  description: [
    "Measures prompt processing (pp) and text generation (tg) speed with node-llama-cpp, the way",
    "llama-bench does: one warm-up, then -r measured repetitions of each test at every combination",
    "of the list options. Rows use llama-bench's JSON field names (avg_ts, stddev_ts, samples_ts, ...)",
    "plus Breakeven's own: decode_avg_ts (llama.cpp's decode time alone, comparable to llama-bench),",
    "harness_overhead_ms_per_token, per_sequence_ts, ttft_avg_ms and power.",
  ].join("\n"),
  flags: BENCH_FLAGS,
  notes: [
    "List options take comma-separated values or can be given more than once; every",
    "combination is measured (llama-bench's sweep rules). -o json writes the report file",
    "the app imports; md, csv and jsonl print the result rows.",
    "",
    "Ctrl-C cancels: the rows finished so far are printed, with a note, and the exit code is 130.",
  ],
  async run(argv, io) {
    const args = parseBenchArgs(argv);
    if (args.help) {
      io.stdout(formatCommandHelp(benchCommand));
      return EXIT.ok;
    }
    const spec = { ...args.spec, modelPath: resolve(args.spec.modelPath) };
    const runId = `cli-${randomUUID()}`;
    const bar = createProgressBar({ write: io.stderr, isTTY: io.stderrIsTty, columns: io.stderrColumns });
    let cancelling = false;
    let cancelled = false;
    // Ctrl-C before the run has registered (while the system is described) finds nothing to
    // cancel; it is retried at the run's first progress event instead of being lost.
    const requestCancel = () =>
      void callApi(io, "bench.cancel", { runId })
        .then((result) => (cancelled ||= result.cancelled))
        .catch(() => undefined);
    const removeInterrupt = io.onInterrupt(() => {
      if (cancelling) return;
      cancelling = true;
      bar.done();
      // The worker stops within a second, mid-sample: the test in progress is dropped, never half-counted.
      io.stderr("Cancelling: stopping the test in progress now and keeping the rows already finished...\n");
      requestCancel();
    });
    try {
      const report = await callApi(io, "bench.run", { runId, spec }, (event, payload) => {
        if (event !== "bench.progress") return;
        const progress = payload as BenchProgress;
        if (progress.runId !== runId) return;
        if (cancelling) {
          if (!cancelled) requestCancel();
        } else if (io.stderrIsTty) {
          bar.update(benchFraction(progress), benchProgressLabel(progress));
        } else if (args.progressLines) {
          io.stderr(`breakeven: ${benchProgressLabel(progress)}\n`);
        }
      });
      bar.done();
      io.stdout(formatters[args.output](report));
      if (report.status !== "complete") io.stderr(`breakeven: run ${report.status}${report.note ? `: ${report.note}` : ""}\n`);
      return exitCodeFor(report);
    } catch (error) {
      bar.done();
      if (error instanceof ApiCallError && error.code === "CANCELLED") {
        io.stderr(`breakeven: ${error.message}\n`);
        return EXIT.interrupted;
      }
      // A terminal's Ctrl-C also reaches the app's helper processes (the backend probe runs
      // before measuring starts); one dying of it is the interruption, not a crash.
      if (cancelling && error instanceof ApiCallError && error.code === "WORKER_CRASHED" && /SIGINT/.test(error.message)) {
        io.stderr("breakeven: cancelled before any test was measured.\n");
        return EXIT.interrupted;
      }
      throw error;
    } finally {
      removeInterrupt();
    }
  },
};
