// A bench spec's lists expanded into steps: every combination of the parameters, then every test.
// GPU layers vary slowest, because changing them means loading the model again.
import type { BenchSpec, BenchTest, KvCacheType } from "./spec";
import { testName, testTokens } from "./spec";

export type StepParams = {
  gpuLayers: number;
  threads: number;
  /** What node-llama-cpp runs: one batch size for n_batch and n_ubatch alike, min(batch, ubatch). */
  batchSize: number;
  flashAttention: boolean;
  kvCacheType: KvCacheType;
  parallel: number;
  /** Context size per sequence; null sizes it to the test. */
  contextSize: number | null;
};

export type BenchStep = { index: number; test: BenchTest; name: string; params: StepParams; contextSize: number };

/** Context per sequence for a test: the spec's, or exactly what the test needs (as llama-bench). */
export function contextSizeFor(test: BenchTest, contextSize: number | null): number {
  if (contextSize !== null) return contextSize;
  const { nPrompt, nGen } = testTokens(test);
  return nPrompt + nGen;
}

/** node-llama-cpp's single batch size for a (batch, ubatch) pair; llama.cpp never decodes more than ubatch at once. */
export function effectiveBatchSize(batchSize: number, ubatchSize: number): number {
  return Math.min(batchSize, ubatchSize);
}

function product<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]);
}

export function expandSweep(spec: BenchSpec): BenchStep[] {
  const batches = [...new Set(spec.batchSize.flatMap((batch) => spec.ubatchSize.map((ubatch) => effectiveBatchSize(batch, ubatch))))];
  const contexts: (number | null)[] = spec.contextSize ?? [null];
  const steps: BenchStep[] = [];
  for (const gpuLayers of spec.gpuLayers) {
    const combos = product<number | boolean | string | null>([spec.threads, batches, contexts, spec.flashAttention, spec.kvCacheType, spec.parallel]);
    for (const [threads, batchSize, contextSize, flashAttention, kvCacheType, parallel] of combos) {
      const params = {
        gpuLayers,
        threads: threads as number,
        batchSize: batchSize as number,
        contextSize: contextSize as number | null,
        flashAttention: flashAttention as boolean,
        kvCacheType: kvCacheType as KvCacheType,
        parallel: parallel as number,
      };
      for (const test of spec.tests) {
        steps.push({ index: steps.length, test, name: testName(test), params, contextSize: contextSizeFor(test, params.contextSize) });
      }
    }
  }
  return steps;
}
