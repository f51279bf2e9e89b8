// bench.run: normalize the spec, run the sweep in a worker process, sample GPU power around each
// test's measured window, and assemble the report. Cancelling resolves with the rows finished so
// far (status "cancelled"), and so does a worker crash after some rows finished (status "failed",
// the crash in the note); any other failure rejects with a clear ApiFailure.
import type { ApiEvents } from "../../../../shared/api/contract";
import { ApiFailure } from "../../../../shared/api/errors";
import type { BenchBuildInfo, BenchJobEvent, MeasuredRow } from "../../../../shared/bench/job";
import type { BenchSpecInput } from "../../../../shared/bench/spec";
import { expandSweep } from "../../../../shared/bench/sweep";
import type { BenchModelIdentity, BenchReport, PowerMeasurement } from "../../../../shared/reports/benchReport";
import { runWorkerJob } from "../../worker/runWorkerJob";
import { describeSystem } from "../hardware/describeSystem";
import { physicalCores } from "../hardware/physicalCores";
import { HEADER_TIME_LIMIT_MS, headerTooSlow } from "../models/headerTimeLimit";
import { checkModelFile } from "../models/inspectModelFile";
import { buildReport, energyTokens } from "./buildReport";
import { normalizeSpec } from "./normalizeSpec";
import { powerNotMeasured, startPowerSampler, type PowerSampler } from "./powerSampler";
import { createRunRegistry } from "./runRegistry";

export const benchRuns = createRunRegistry("benchmark", { exclusive: true });

const CPU_POWER_REASON = "The benchmark ran on the CPU backend; Breakeven measures GPU power only, so power was not measured.";

export type RunBenchmarkOptions = {
  emit(payload: ApiEvents["bench.progress"]): void;
  /** For tests: the nvidia-smi command to run. */
  powerCommand?: string;
  /** For tests: how long the worker may spend reading the GGUF header. Defaults to inspect's 30 s. */
  headerTimeLimitMs?: number;
};

export async function runBenchmark(runId: string, input: BenchSpecInput, options: RunBenchmarkOptions): Promise<BenchReport> {
  const cores = await physicalCores();
  const spec = normalizeSpec(input, cores);
  const fileSizeBytes = await checkModelFile(spec.modelPath);
  const controller = benchRuns.start(runId);
  const createdAt = new Date().toISOString();
  const steps = expandSweep(spec).length;
  let model: BenchModelIdentity | null = null;
  let build: BenchBuildInfo | null = null;
  let sampler: PowerSampler | null = null;
  const rows: { row: MeasuredRow; power: PowerMeasurement }[] = [];
  const headerTimeLimitMs = options.headerTimeLimitMs ?? HEADER_TIME_LIMIT_MS;
  const headerLimit = new AbortController();
  let headerTimer: ReturnType<typeof setTimeout> | undefined;
  try {
    // Before the worker starts, so the one-time backend probe never overlaps a measurement.
    const system = await describeSystem();
    const onEvent = (event: BenchJobEvent) => {
      switch (event.type) {
        case "progress":
          options.emit({ runId, ...event.progress, syntheticWeights: model?.synthetic ?? null });
          break;
        case "header":
          clearTimeout(headerTimer);
          if (event.edge === "start") headerTimer = setTimeout(() => headerLimit.abort(), headerTimeLimitMs);
          else model ??= event.model;
          break;
        case "loaded":
          model = event.model;
          build = event.build;
          if (event.build.backend !== "CPU") sampler = startPowerSampler({ command: options.powerCommand });
          break;
        case "window":
          sampler?.markWindow(event.step, event.edge);
          break;
        case "row": {
          const seconds = event.row.samples_ns.reduce((sum, ns) => sum + ns, 0) / 1e9;
          const power = sampler ? sampler.measurementFor(event.step, seconds, energyTokens(event.row)) : powerNotMeasured(CPU_POWER_REASON);
          rows.push({ row: event.row, power });
          break;
        }
      }
    };
    const finish = (status: BenchReport["status"], note: string | null) =>
      buildReport({ createdAt, status, note, system, spec, fileSizeBytes, model, build, rows });
    try {
      const signal = AbortSignal.any([controller.signal, headerLimit.signal]);
      await runWorkerJob("bench", { spec, maxThreads: cores }, { signal, onProgress: onEvent });
      return finish("complete", null);
    } catch (error) {
      // Checked first: stopping a stuck header read goes through the worker's cancel path.
      if (headerLimit.signal.aborted) throw headerTooSlow(spec.modelPath, headerTimeLimitMs);
      if (controller.signal.aborted || (error instanceof ApiFailure && error.code === "CANCELLED")) {
        return finish("cancelled", `Cancelled after ${rows.length} of ${steps} measurements; the finished ones are kept.`);
      }
      // Measurements already taken are still true; a crash (often out of memory on a bigger step)
      // should not throw them away. With none, the error itself is the whole story.
      if (error instanceof ApiFailure && error.code === "WORKER_CRASHED" && rows.length > 0) {
        return finish("failed", `${error.message} The ${rows.length} of ${steps} measurements finished before it are kept.`);
      }
      throw error;
    }
  } finally {
    clearTimeout(headerTimer);
    (sampler as PowerSampler | null)?.stop();
    benchRuns.finish(runId);
  }
}
