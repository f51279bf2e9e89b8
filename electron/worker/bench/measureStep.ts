// One step of the sweep: a fresh context for the test (as llama-bench), one warm-up, then the
// measured repetitions, reported as a llama-bench row plus Breakeven's own fields.
import type { LlamaModel } from "node-llama-cpp";
import { ApiFailure } from "../../../shared/api/errors";
import type { BenchJobEvent, BenchBuildInfo, MeasuredRow } from "../../../shared/bench/job";
import { testTokens, type BenchTest } from "../../../shared/bench/spec";
import { mean, summarizeSamples } from "../../../shared/bench/stats";
import type { BenchStep } from "../../../shared/bench/sweep";
import type { LlamaLogTap } from "../llama/loadLlama";
import { measureRepetition, type RepetitionResult } from "./measureRepetition";
import type { HeaderIdentity } from "./modelIdentity";
import { createTokenSource } from "./tokenSource";

export type StepContext = {
  model: LlamaModel;
  modelPath: string;
  identity: HeaderIdentity;
  build: BenchBuildInfo;
  vocabularySize: number;
  repetitions: number;
  steps: number;
  logs: LlamaLogTap;
  signal: AbortSignal;
  send(event: BenchJobEvent): void;
};

async function createStepContext(step: BenchStep, run: StepContext) {
  const { params } = step;
  const kvType = params.kvCacheType.toUpperCase() as "F16";
  try {
    return await run.model.createContext({
      contextSize: step.contextSize,
      sequences: params.parallel,
      batchSize: params.batchSize,
      threads: params.threads,
      flashAttention: params.flashAttention,
      experimentalKvCacheKeyType: kvType,
      experimentalKvCacheValueType: kvType,
      performanceTracking: true,
      failedCreationRemedy: false,
      createSignal: run.signal,
    });
  } catch (error) {
    if (run.signal.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    const code = /memory|VRAM|RAM/i.test(detail) ? "WONT_FIT" : "INTERNAL";
    throw new ApiFailure(
      code,
      `Could not create a ${step.contextSize}-token context × ${params.parallel} sequence(s) for ${step.name} (flash attention ${params.flashAttention ? "on" : "off"}, KV cache ${params.kvCacheType}): ${detail}. ${run.logs.recentProblems().slice(-1).join("")}`.trim(),
    );
  }
}

const WARMUP_GEN_TOKENS = 16;

/**
 * As llama-bench: the warm-up decodes the whole prompt but only a short generation (llama-bench
 * generates 1 token; a few more also warm node-llama-cpp's JavaScript path), so a long tg test
 * does not pay for its length twice.
 */
export function warmupTest(test: BenchTest): BenchTest {
  if (test.kind === "pp") return test;
  return { ...test, nGen: Math.min(test.nGen, WARMUP_GEN_TOKENS) };
}

export async function measureStep(step: BenchStep, run: StepContext): Promise<MeasuredRow> {
  const { params } = step;
  const base = { test: step.name, step: step.index, steps: run.steps, repetitions: run.repetitions };
  const testTime = new Date().toISOString();
  const context = await createStepContext(step, run);
  try {
    const sequences = Array.from({ length: params.parallel }, () => context.getSequence());
    const target = {
      context,
      sequences,
      tokens: createTokenSource(run.model, run.vocabularySize),
      batchSize: params.batchSize,
      logs: run.logs,
      signal: run.signal,
    };
    run.send({ type: "progress", progress: { ...base, repetition: 0, tokensPerSecondSoFar: null, phase: "warmup" } });
    await measureRepetition(target, warmupTest(step.test));

    const { nPrompt, nGen } = testTokens(step.test);
    const tokensPerSample = (nPrompt + nGen) * params.parallel;
    const results: RepetitionResult[] = [];
    run.send({ type: "window", step: step.index, edge: "start" });
    for (let repetition = 1; repetition <= run.repetitions; repetition++) {
      const soFar = results.length > 0 ? summarizeSamples(results.map((result) => result.ns), tokensPerSample).avg_ts : null;
      run.send({ type: "progress", progress: { ...base, repetition, tokensPerSecondSoFar: soFar, phase: "measuring" } });
      results.push(await measureRepetition(target, step.test));
    }
    run.send({ type: "window", step: step.index, edge: "end" });
    const row = buildRow(step, run, results, tokensPerSample, testTime, context.contextSize);
    run.send({ type: "progress", progress: { ...base, repetition: run.repetitions, tokensPerSecondSoFar: row.avg_ts, phase: "done" } });
    return row;
  } finally {
    await context.dispose();
  }
}

function buildRow(step: BenchStep, run: StepContext, results: RepetitionResult[], tokensPerSample: number, testTime: string, nCtx: number): MeasuredRow {
  const { params } = step;
  const { nPrompt, nGen } = testTokens(step.test);
  const stats = summarizeSamples(
    results.map((result) => result.ns),
    tokensPerSample,
  );
  const decodes = results.map((result) => result.decodeMs);
  const haveDecode = decodes.every((value): value is number => value !== null && value > 0);
  const ttfts = results.map((result) => result.ttftMs).filter((value): value is number => value !== null);
  return {
    build_commit: run.build.buildCommit,
    build_number: run.build.buildNumber,
    gpu_info: run.build.gpuInfo,
    backends: run.build.backend,
    model_filename: run.modelPath,
    model_type: run.identity.modelType,
    model_size: run.model.size,
    model_n_params: run.identity.nParams,
    n_batch: params.batchSize,
    n_ubatch: params.batchSize,
    n_threads: params.threads,
    type_k: params.kvCacheType,
    type_v: params.kvCacheType,
    n_gpu_layers: params.gpuLayers,
    flash_attn: params.flashAttention,
    use_mmap: run.model.useMmap,
    n_prompt: nPrompt,
    n_gen: nGen,
    n_depth: 0,
    test_time: testTime,
    ...stats,
    test: step.name,
    n_parallel: params.parallel,
    n_ctx: nCtx,
    per_sequence_ts: stats.avg_ts / params.parallel,
    decode_avg_ts: haveDecode ? mean(decodes.map((ms) => (tokensPerSample * 1000) / (ms as number))) : null,
    harness_overhead_ms_per_token: haveDecode
      ? mean(results.map((result) => (result.ns / 1e6 - (result.decodeMs as number)) / tokensPerSample))
      : null,
    ttft_avg_ms: ttfts.length > 0 ? mean(ttfts) : null,
    ttft_samples_ms: ttfts.length > 0 ? ttfts : null,
    samples_sequence_tokens: results.map((result) => result.sequenceTokens),
    samples_decoded_tokens: results.map((result) => result.decodedTokens),
    synthetic_weights: run.identity.synthetic,
  };
}
