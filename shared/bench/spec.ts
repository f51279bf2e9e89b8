// What a benchmark run measures, in llama-bench's terms so engineers can compare numbers.
// Every list field is a sweep: the run measures each test at every combination of the lists.

export type KvCacheType = "f32" | "f16" | "bf16" | "q8_0" | "q4_0" | "q4_1" | "q5_0" | "q5_1";
export const KV_CACHE_TYPES: readonly KvCacheType[] = ["f32", "f16", "bf16", "q8_0", "q4_0", "q4_1", "q5_0", "q5_1"];

/**
 * pp<N>: N prompt tokens decoded as one batch. tg<N>: N tokens generated one at a time.
 * pg: pp<N>+tg<M>, a prompt then a generation, which also gives time to first token.
 */
export type BenchTest =
  | { kind: "pp"; nPrompt: number }
  | { kind: "tg"; nGen: number }
  | { kind: "pg"; nPrompt: number; nGen: number };

export type BenchSpec = {
  modelPath: string;
  /** Defaults to pp512 and tg128, as llama-bench. */
  tests: BenchTest[];
  /** Measured repetitions after one warm-up run. Defaults to 5. */
  repetitions: number;
  /** Layers offloaded to the GPU; 99 means all. Defaults to [99]. */
  gpuLayers: number[];
  /** Defaults to [physical core count]; never more than the physical cores. */
  threads: number[];
  /** llama-bench's n_batch (logical batch). Defaults to [2048]. */
  batchSize: number[];
  /** llama-bench's n_ubatch (physical batch). Defaults to [512]. node-llama-cpp uses one batch size for both. */
  ubatchSize: number[];
  /** Context size per sequence; null sizes it to the longest test. */
  contextSize: number[] | null;
  /** Defaults to [false]. */
  flashAttention: boolean[];
  /** KV cache type for K and V alike. Defaults to ["f16"]. */
  kvCacheType: KvCacheType[];
  /** Parallel sequences generating together (aggregate throughput under concurrency). Defaults to [1]. */
  parallel: number[];
};

/** The partial spec a user or the CLI gives; missing fields take the defaults above. */
export type BenchSpecInput = Partial<BenchSpec> & { modelPath: string };

export function testName(test: BenchTest): string {
  switch (test.kind) {
    case "pp":
      return `pp${test.nPrompt}`;
    case "tg":
      return `tg${test.nGen}`;
    case "pg":
      return `pp${test.nPrompt}+tg${test.nGen}`;
  }
}

export function testTokens(test: BenchTest): { nPrompt: number; nGen: number } {
  switch (test.kind) {
    case "pp":
      return { nPrompt: test.nPrompt, nGen: 0 };
    case "tg":
      return { nPrompt: 0, nGen: test.nGen };
    case "pg":
      return { nPrompt: test.nPrompt, nGen: test.nGen };
  }
}
