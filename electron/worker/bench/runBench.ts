// The bench worker job: validate the file, refuse what will not fit, then one model load per
// GPU-layer count and one measured step per parameter combination and test. Progress, power
// windows and finished rows stream to the main process as they happen.
import { GgufInsights, InsufficientMemoryError, type Llama, type LlamaModel } from "node-llama-cpp";
import { basename } from "node:path";
import { ApiFailure } from "../../../shared/api/errors";
import type { BenchJobEvent, BenchJobInput, BenchJobOutput, MeasuredRow } from "../../../shared/bench/job";
import { expandSweep, type BenchStep } from "../../../shared/bench/sweep";
import type { JobContext } from "../jobs";
import { readModelHeader } from "../inspect/inspectJob";
import { vocabularySize } from "../inspect/describeGguf";
import { loadLlama, type LlamaLogTap } from "../llama/loadLlama";
import { buildInfo } from "./buildInfo";
import { refuseWhatWontFit } from "./fitCheck";
import { measureStep } from "./measureStep";
import { headerIdentity, loadedIdentity, type HeaderIdentity } from "./modelIdentity";

async function loadModel(llama: Llama, path: string, gpuLayers: number, signal: AbortSignal, logs: LlamaLogTap): Promise<LlamaModel> {
  try {
    return await llama.loadModel({ modelPath: path, gpuLayers: llama.gpu === false ? 0 : gpuLayers, loadSignal: signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    const problem = logs.recentProblems().slice(-2).join(" ");
    if (error instanceof InsufficientMemoryError) {
      throw new ApiFailure("WONT_FIT", `${basename(path)} does not fit with ${gpuLayers} GPU layers: ${detail}. Offload fewer layers or use a smaller quantization.`);
    }
    throw new ApiFailure("MODEL_INVALID", `node-llama-cpp could not load ${basename(path)}: ${detail}${problem ? ` (${problem})` : ""}.`);
  }
}

function groupByGpuLayers(steps: BenchStep[]): BenchStep[][] {
  const groups = new Map<number, BenchStep[]>();
  for (const step of steps) groups.set(step.params.gpuLayers, [...(groups.get(step.params.gpuLayers) ?? []), step]);
  return [...groups.values()];
}

export async function runBench(input: BenchJobInput, context: JobContext): Promise<BenchJobOutput> {
  const { spec } = input;
  const signal = context.signal;
  const send = (event: BenchJobEvent) => context.progress(event);
  const steps = expandSweep(spec);
  send({ type: "header", edge: "start" });
  const { info, fileSizeBytes } = await readModelHeader(spec.modelPath, signal);
  const header = await headerIdentity(spec.modelPath, fileSizeBytes, info);
  send({ type: "header", edge: "end", model: header });
  const { llama, logs } = await loadLlama(input.maxThreads);
  try {
    const insights = await GgufInsights.from(info, llama);
    await refuseWhatWontFit(llama, insights, spec.modelPath, steps);
    const build = await buildInfo(llama);
    const rows: MeasuredRow[] = [];
    let identity: HeaderIdentity | null = null;
    for (const group of groupByGpuLayers(steps)) {
      const first = group[0];
      send({ type: "progress", progress: { test: first.name, step: first.index, steps: steps.length, repetition: 0, repetitions: spec.repetitions, tokensPerSecondSoFar: null, phase: "loading" } });
      const model = await loadModel(llama, spec.modelPath, first.params.gpuLayers, signal, logs);
      try {
        if (!identity) {
          identity = loadedIdentity(header, model);
          send({ type: "loaded", model: identity, build });
        }
        const run = {
          model,
          modelPath: spec.modelPath,
          identity,
          build,
          vocabularySize: vocabularySize(info),
          repetitions: spec.repetitions,
          steps: steps.length,
          logs,
          signal,
          send,
        };
        for (const step of group) {
          signal.throwIfAborted();
          const row = await measureStep(step, run);
          rows.push(row);
          send({ type: "row", step: step.index, row });
        }
      } finally {
        await model.dispose();
      }
    }
    if (!identity) throw new ApiFailure("BAD_REQUEST", "The benchmark had nothing to measure.");
    return { rows, model: identity, build };
  } finally {
    await llama.dispose();
  }
}
