// The record of one benchmark run: everything needed to reproduce and compare it. The CLI's
// `-o json` writes exactly this, and the app imports it. Result rows use llama-bench's JSON field
// names where the meaning is the same (so its tooling and eyes can read them), plus our own.
import type { SystemDescription } from "../api/system";
import type { BenchSpec } from "../bench/spec";

export const BENCH_REPORT_SCHEMA = "breakeven.bench-report";
export const BENCH_REPORT_VERSION = 1;

export type PowerMeasurement =
  | {
      measured: true;
      source: "nvidia-smi";
      sampleIntervalMs: number;
      samples: number;
      avgWatts: number;
      maxWatts: number;
      /** Energy over the test's measured repetitions ÷ tokens generated (or processed, for pp). */
      joulesPerToken: number;
      avgGpuUtilizationPercent: number | null;
      avgSmClockMhz: number | null;
      maxMemoryUsedBytes: number | null;
    }
  | { measured: false; reason: string };

export type BenchResultRow = {
  // llama-bench's fields
  build_commit: string;
  build_number: number | null;
  cpu_info: string;
  gpu_info: string;
  backends: string;
  model_filename: string;
  /** e.g. "qwen2 7B Q4_K - Medium", as llama.cpp describes a model. */
  model_type: string;
  model_size: number;
  model_n_params: number;
  n_batch: number;
  n_ubatch: number;
  n_threads: number;
  type_k: string;
  type_v: string;
  n_gpu_layers: number;
  flash_attn: boolean;
  use_mmap: boolean;
  n_prompt: number;
  n_gen: number;
  n_depth: number;
  test_time: string;
  avg_ns: number;
  stddev_ns: number;
  /** Tokens/s: 1e9 × (n_prompt + n_gen) / t_ns per sample, times n_parallel for concurrent runs. */
  avg_ts: number;
  stddev_ts: number;
  samples_ns: number[];
  samples_ts: number[];
  // Breakeven's own fields
  test: string;
  n_parallel: number;
  n_ctx: number;
  /** Aggregate tokens/s ÷ n_parallel: what one request sees under this concurrency. */
  per_sequence_ts: number;
  /** llama.cpp's own decode timing (no harness), comparable to llama-bench; null where unavailable. */
  decode_avg_ts: number | null;
  /** Wall clock per token minus llama.cpp's decode time per token. */
  harness_overhead_ms_per_token: number | null;
  /** pp+tg tests: from the start of the prompt to the end of the first generated token. */
  ttft_avg_ms: number | null;
  ttft_samples_ms: number[] | null;
  /**
   * Per sample, per sequence: the tokens that sequence decoded (its history after the repetition),
   * n_prompt + n_gen when it ran in full; evidence that n_parallel sequences each did the work.
   * Absent from llama-bench imports and older reports.
   */
  samples_sequence_tokens?: number[][];
  /** Per sample: tokens llama.cpp itself counted as decoded over all sequences (llama_perf_context); null where it printed none. */
  samples_decoded_tokens?: (number | null)[];
  power: PowerMeasurement;
  synthetic_weights: boolean;
};

/**
 * Who the model is. A run that ended before the worker read the header (cancelled at once) knows
 * only the file's name and size: headerSha256 and nParams are null and the descriptions "unknown".
 */
export type BenchModelIdentity = {
  fileName: string;
  sizeBytes: number;
  /** sha256 of the GGUF header (metadata and tensor table), which identifies the model without hashing gigabytes. */
  headerSha256: string | null;
  /** Whether the header carries Breakeven's synthetic-weights marker (false when it was never read). */
  synthetic: boolean;
  syntheticPreset: string | null;
  architecture: string;
  /** llama.cpp's description, e.g. "qwen2 7B Q4_K - Medium"; "unknown" when the model never loaded. */
  modelType: string;
  nParams: number | null;
  fileType: string;
};

export type BenchReport = {
  schema: typeof BENCH_REPORT_SCHEMA;
  schemaVersion: typeof BENCH_REPORT_VERSION;
  id: string;
  createdAt: string;
  status: "complete" | "cancelled" | "failed";
  /** Why the run ended early, when it did. */
  note: string | null;
  system: SystemDescription;
  build: { app: string; nodeLlamaCpp: string; llamaCppRelease: string | null; buildCommit: string; backend: string };
  model: BenchModelIdentity;
  spec: BenchSpec;
  results: BenchResultRow[];
};
