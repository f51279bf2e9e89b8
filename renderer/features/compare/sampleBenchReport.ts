// Realistic benchmark reports for the comparison's tests. e2e/fixtures/bench-report.json is
// sampleBenchReport() as JSON; importRunFile.test.ts fails when the two drift apart, so a schema
// change reaches the e2e fixture too. Default figures: DeepSeek-R1-Distill-Qwen-7B Q4_K_M (its
// published file size) on an RTX 4090, batch-1 tg128 ≈ 128 t/s as in reference-data.
import { BENCH_REPORT_SCHEMA, BENCH_REPORT_VERSION, type BenchReport, type BenchResultRow, type PowerMeasurement } from "../../../shared/reports/benchReport";

export type SamplePoint = { parallel: number; tokensPerSecond: number; watts: number | null };

export type SampleOptions = {
  id?: string;
  gpuModel?: string | null;
  backend?: string;
  generation?: SamplePoint[];
  promptTokensPerSecond?: number | null;
  modelSizeBytes?: number;
  synthetic?: boolean;
};

const MODEL_BYTES = 4_683_073_184;
const TESTED_AT = "2026-12-04T09:15:00Z";

function power(watts: number | null, tokensPerSecond: number): PowerMeasurement {
  if (watts === null) return { measured: false, reason: "No NVIDIA GPU: nvidia-smi is not available." };
  return {
    measured: true,
    source: "nvidia-smi",
    sampleIntervalMs: 100,
    samples: 48,
    avgWatts: watts,
    maxWatts: Math.round(watts * 1.08),
    joulesPerToken: Math.round((watts / tokensPerSecond) * 1000) / 1000,
    avgGpuUtilizationPercent: 96,
    avgSmClockMhz: 2520,
    maxMemoryUsedBytes: 6_120_000_000,
  };
}

function row(options: Required<SampleOptions>, test: string, nPrompt: number, nGen: number, parallel: number, tokensPerSecond: number, watts: number | null): BenchResultRow {
  const tokens = (nPrompt + nGen) * parallel;
  const avgNs = Math.round((tokens / tokensPerSecond) * 1e9);
  const spread = [0.994, 1.003, 1.001, 0.998, 1.004];
  const samplesTs = spread.map((factor) => Math.round(tokensPerSecond * factor * 100) / 100);
  return {
    build_commit: "5b4ebc5",
    build_number: 7310,
    cpu_info: "AMD Ryzen 9 7950X 16-Core Processor",
    gpu_info: options.gpuModel ?? "",
    backends: options.backend,
    model_filename: "/models/deepseek-r1-distill-qwen-7b-Q4_K_M.gguf",
    model_type: "qwen2 7B Q4_K - Medium",
    model_size: options.modelSizeBytes,
    model_n_params: 7_615_616_512,
    n_batch: 2048,
    n_ubatch: 512,
    n_threads: 16,
    type_k: "f16",
    type_v: "f16",
    n_gpu_layers: options.gpuModel === null ? 0 : 99,
    flash_attn: true,
    use_mmap: true,
    n_prompt: nPrompt,
    n_gen: nGen,
    n_depth: 0,
    test_time: TESTED_AT,
    avg_ns: avgNs,
    stddev_ns: Math.round(avgNs * 0.004),
    avg_ts: tokensPerSecond,
    stddev_ts: Math.round(tokensPerSecond * 0.004 * 100) / 100,
    samples_ns: samplesTs.map((ts) => Math.round((tokens / ts) * 1e9)),
    samples_ts: samplesTs,
    test,
    n_parallel: parallel,
    n_ctx: (nPrompt + nGen) * parallel + 256,
    per_sequence_ts: Math.round((tokensPerSecond / parallel) * 100) / 100,
    decode_avg_ts: Math.round(tokensPerSecond * 1.02 * 100) / 100,
    harness_overhead_ms_per_token: 0.12,
    ttft_avg_ms: null,
    ttft_samples_ms: null,
    power: power(watts, tokensPerSecond),
    synthetic_weights: options.synthetic,
  };
}

export function sampleBenchReport(overrides: SampleOptions = {}): BenchReport {
  const options: Required<SampleOptions> = {
    id: "run-rtx4090-2026-12-04",
    gpuModel: "NVIDIA GeForce RTX 4090",
    backend: "CUDA",
    generation: [
      { parallel: 1, tokensPerSecond: 128.6, watts: 287 },
      { parallel: 2, tokensPerSecond: 241.3, watts: 312 },
      { parallel: 4, tokensPerSecond: 437.9, watts: 346 },
      { parallel: 8, tokensPerSecond: 735.2, watts: 391 },
    ],
    promptTokensPerSecond: 11_480,
    modelSizeBytes: MODEL_BYTES,
    synthetic: false,
    ...overrides,
  };
  const onGpu = options.gpuModel !== null;
  const results: BenchResultRow[] = [];
  if (options.promptTokensPerSecond !== null) results.push(row(options, "pp512", 512, 0, 1, options.promptTokensPerSecond, onGpu ? 431 : null));
  for (const point of options.generation) results.push(row(options, "tg128", 0, 128, point.parallel, point.tokensPerSecond, point.watts));
  return {
    schema: BENCH_REPORT_SCHEMA,
    schemaVersion: BENCH_REPORT_VERSION,
    id: options.id,
    createdAt: "2026-12-04T09:14:02.000Z",
    status: "complete",
    note: null,
    system: {
      os: { platform: "linux", distro: "Ubuntu", release: "24.04", arch: "x64", hostname: "gpu-ws-01" },
      cpu: { manufacturer: "AMD", brand: "Ryzen 9 7950X", physicalCores: 16, threads: 32, speedGHz: 4.5 },
      memory: { totalBytes: 64 * 1024 ** 3, availableBytes: 58 * 1024 ** 3 },
      gpus: onGpu ? [{ vendor: "NVIDIA", model: options.gpuModel ?? "", vramBytes: 24_564 * 1024 ** 2, driverVersion: "550.127.05", bus: "01:00.0" }] : [],
      gpuSummary: onGpu ? `1 GPU: ${options.gpuModel}` : "No GPU found; benchmarks run on the CPU.",
      backends: onGpu
        ? [{ backend: "cuda", loads: true, deviceNames: [options.gpuModel ?? ""], vramTotalBytes: 24_564 * 1024 ** 2 }, { backend: "cpu", loads: true }]
        : [{ backend: "cpu", loads: true }],
      preferredBackend: onGpu ? "cuda" : "cpu",
      versions: { app: "0.1.0", nodeLlamaCpp: "3.21.1", llamaCppRelease: "b7310", node: "20.20.0", electron: null },
      describedAt: "2026-12-04T09:14:00.000Z",
    },
    build: { app: "0.1.0", nodeLlamaCpp: "3.21.1", llamaCppRelease: "b7310", buildCommit: "5b4ebc5", backend: options.backend },
    model: {
      fileName: "deepseek-r1-distill-qwen-7b-Q4_K_M.gguf",
      sizeBytes: options.modelSizeBytes,
      headerSha256: "3f1d0c2b9a8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a392817060f5e",
      synthetic: options.synthetic,
      syntheticPreset: options.synthetic ? "qwen2-7b" : null,
      architecture: "qwen2",
      modelType: "qwen2 7B Q4_K - Medium",
      nParams: 7_615_616_512,
      fileType: "MOSTLY_Q4_K_M",
    },
    spec: {
      modelPath: "/models/deepseek-r1-distill-qwen-7b-Q4_K_M.gguf",
      tests: [{ kind: "pp", nPrompt: 512 }, { kind: "tg", nGen: 128 }],
      repetitions: 5,
      gpuLayers: [onGpu ? 99 : 0],
      threads: [16],
      batchSize: [2048],
      ubatchSize: [512],
      contextSize: null,
      flashAttention: [true],
      kvCacheType: ["f16"],
      parallel: options.generation.map((point) => point.parallel),
    },
    results,
  };
}
