// llama-bench's own JSON rows, read and wrapped as a Breakeven report, so runs measured with the
// reference tool sit beside Breakeven's on the Compare page, marked for what they do not record.
import { z } from "zod";
import type { SystemDescription } from "../api/system";
import { KV_CACHE_TYPES, testName, type BenchSpec, type BenchTest, type KvCacheType } from "../bench/spec";
import { BENCH_REPORT_SCHEMA, BENCH_REPORT_VERSION, type BenchReport, type BenchResultRow } from "./benchReport";

const num = z.number();
const int = z.number().int();
const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** One row of llama-bench's JSON: the fields Breakeven needs; any others (they change between versions) are ignored. */
export const llamaBenchRowSchema = z.object({
  build_commit: z.string().default("unknown"),
  build_number: int.nullable().default(null),
  cpu_info: z.string().default("unknown"),
  gpu_info: z.string().default(""),
  backends: z.string().default("unknown"),
  model_filename: z.string().default("unknown"),
  model_type: z.string().default("unknown"),
  model_size: num.default(0),
  model_n_params: num.default(0),
  n_batch: int.default(2048),
  n_ubatch: int.default(512),
  n_threads: int.default(0),
  type_k: z.string().default("f16"),
  type_v: z.string().default("f16"),
  n_gpu_layers: int.default(99),
  flash_attn: z.union([z.boolean(), int]).default(false),
  use_mmap: z.union([z.boolean(), int]).default(true),
  n_prompt: int.nonnegative(),
  n_gen: int.nonnegative(),
  n_depth: int.default(0),
  test_time: z.string().default(""),
  avg_ns: num,
  stddev_ns: num.default(0),
  avg_ts: num,
  stddev_ts: num.default(0),
  samples_ns: z.array(num).default([]),
  samples_ts: z.array(num).default([]),
});
export type LlamaBenchRow = z.infer<typeof llamaBenchRowSchema>;


function testOf(row: LlamaBenchRow): BenchTest {
  if (row.n_prompt > 0 && row.n_gen > 0) return { kind: "pg", nPrompt: row.n_prompt, nGen: row.n_gen };
  if (row.n_gen > 0) return { kind: "tg", nGen: row.n_gen };
  return { kind: "pp", nPrompt: row.n_prompt };
}

const UNKNOWN = "unknown";

function unknownSystem(first: LlamaBenchRow): SystemDescription {
  return {
    os: { platform: UNKNOWN, distro: UNKNOWN, release: UNKNOWN, arch: UNKNOWN, hostname: UNKNOWN },
    cpu: { manufacturer: UNKNOWN, brand: first.cpu_info, physicalCores: 0, threads: 0, speedGHz: null },
    memory: { totalBytes: 0, availableBytes: 0 },
    gpus: first.gpu_info ? first.gpu_info.split(", ").map((model) => ({ vendor: UNKNOWN, model, vramBytes: null, driverVersion: null, bus: null })) : [],
    gpuSummary: first.gpu_info ? `Measured by llama-bench on ${first.gpu_info}.` : "Measured by llama-bench; no GPU was recorded.",
    backends: [],
    preferredBackend: null,
    versions: { app: UNKNOWN, nodeLlamaCpp: UNKNOWN, llamaCppRelease: null, node: UNKNOWN, electron: null },
    describedAt: first.test_time,
  };
}

/** llama-bench rows wrapped as a BenchReport; what llama-bench does not record is marked unknown. */
export function wrapLlamaBenchRows(rows: LlamaBenchRow[]): BenchReport {
  const first = rows[0];
  const results: BenchResultRow[] = rows.map((row) => ({
    ...row,
    flash_attn: Boolean(row.flash_attn),
    use_mmap: Boolean(row.use_mmap),
    test: testName(testOf(row)),
    n_parallel: 1,
    n_ctx: row.n_prompt + row.n_gen + row.n_depth,
    per_sequence_ts: row.avg_ts,
    decode_avg_ts: null,
    harness_overhead_ms_per_token: null,
    ttft_avg_ms: null,
    ttft_samples_ms: null,
    power: { measured: false, reason: "Imported from llama-bench, which does not measure power." },
    synthetic_weights: false,
  }));
  const testsByName = new Map(rows.map((row) => [testName(testOf(row)), testOf(row)]));
  const spec: BenchSpec = {
    modelPath: first.model_filename,
    tests: [...testsByName.values()],
    repetitions: Math.max(1, ...rows.map((row) => row.samples_ns.length)),
    gpuLayers: unique(rows.map((row) => row.n_gpu_layers)),
    threads: unique(rows.map((row) => row.n_threads)),
    batchSize: unique(rows.map((row) => row.n_batch)),
    ubatchSize: unique(rows.map((row) => row.n_ubatch)),
    contextSize: null,
    flashAttention: unique(results.map((row) => row.flash_attn)),
    kvCacheType: unique(rows.map((row) => row.type_k)).filter((type): type is KvCacheType => (KV_CACHE_TYPES as readonly string[]).includes(type)),
    parallel: [1],
  };
  return {
    schema: BENCH_REPORT_SCHEMA,
    schemaVersion: BENCH_REPORT_VERSION,
    id: `llama-bench-${first.build_commit}-${first.test_time || "unknown-time"}`,
    createdAt: first.test_time || new Date(0).toISOString(),
    status: "complete",
    note: "Imported from llama-bench: system details, power, time to first token and synthetic-weights status were not recorded.",
    system: unknownSystem(first),
    build: { app: UNKNOWN, nodeLlamaCpp: UNKNOWN, llamaCppRelease: null, buildCommit: first.build_commit, backend: first.backends },
    model: {
      fileName: first.model_filename.split(/[\\/]/).pop() ?? first.model_filename,
      sizeBytes: first.model_size,
      headerSha256: null,
      synthetic: false,
      syntheticPreset: null,
      architecture: first.model_type.split(" ")[0] || UNKNOWN,
      modelType: first.model_type,
      nParams: first.model_n_params,
      fileType: UNKNOWN,
    },
    spec,
    results,
  };
}

export function looksLikeLlamaBench(value: unknown): boolean {
  return typeof value === "object" && value !== null && "avg_ts" in value && "n_prompt" in value && !("schema" in value);
}
