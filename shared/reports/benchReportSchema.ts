// Validating a bench report someone imports: Breakeven's own JSON (what the CLI's `-o json` and the
// app's Export write), or llama-bench's `-o json` array (or one `-o jsonl` line), which is wrapped
// into a report whose unknown fields say so.
import { z } from "zod";
import { BENCH_REPORT_SCHEMA, BENCH_REPORT_VERSION, type BenchReport } from "./benchReport";
import { llamaBenchRowSchema, looksLikeLlamaBench, wrapLlamaBenchRows } from "./llamaBenchRows";

const num = z.number();
const int = z.number().int();
const kvType = z.enum(["f32", "f16", "bf16", "q8_0", "q4_0", "q4_1", "q5_0", "q5_1"]);

const testSchema = z.union([
  z.object({ kind: z.literal("pp"), nPrompt: int.positive() }),
  z.object({ kind: z.literal("tg"), nGen: int.positive() }),
  z.object({ kind: z.literal("pg"), nPrompt: int.positive(), nGen: int.positive() }),
]);

const specSchema = z.object({
  modelPath: z.string(),
  tests: z.array(testSchema),
  repetitions: int.positive(),
  gpuLayers: z.array(int),
  threads: z.array(int),
  batchSize: z.array(int),
  ubatchSize: z.array(int),
  contextSize: z.array(int).nullable(),
  flashAttention: z.array(z.boolean()),
  kvCacheType: z.array(kvType),
  parallel: z.array(int.positive()),
});

const powerSchema = z.union([
  z.object({
    measured: z.literal(true),
    source: z.literal("nvidia-smi"),
    sampleIntervalMs: num,
    samples: int,
    avgWatts: num,
    maxWatts: num,
    joulesPerToken: num,
    avgGpuUtilizationPercent: num.nullable(),
    avgSmClockMhz: num.nullable(),
    maxMemoryUsedBytes: num.nullable(),
  }),
  z.object({ measured: z.literal(false), reason: z.string() }),
]);

const rowSchema = z.object({
  build_commit: z.string(),
  build_number: int.nullable(),
  cpu_info: z.string(),
  gpu_info: z.string(),
  backends: z.string(),
  model_filename: z.string(),
  model_type: z.string(),
  model_size: num,
  model_n_params: num,
  n_batch: int,
  n_ubatch: int,
  n_threads: int,
  type_k: z.string(),
  type_v: z.string(),
  n_gpu_layers: int,
  flash_attn: z.boolean(),
  use_mmap: z.boolean(),
  n_prompt: int,
  n_gen: int,
  n_depth: int,
  test_time: z.string(),
  avg_ns: num,
  stddev_ns: num,
  avg_ts: num,
  stddev_ts: num,
  samples_ns: z.array(num),
  samples_ts: z.array(num),
  test: z.string(),
  n_parallel: int.positive(),
  n_ctx: int,
  per_sequence_ts: num,
  decode_avg_ts: num.nullable(),
  harness_overhead_ms_per_token: num.nullable(),
  ttft_avg_ms: num.nullable(),
  ttft_samples_ms: z.array(num).nullable(),
  samples_sequence_tokens: z.array(z.array(int)).optional(),
  samples_decoded_tokens: z.array(int.nullable()).optional(),
  power: powerSchema,
  synthetic_weights: z.boolean(),
});

const systemSchema = z.object({
  os: z.object({ platform: z.string(), distro: z.string(), release: z.string(), arch: z.string(), hostname: z.string() }),
  cpu: z.object({ manufacturer: z.string(), brand: z.string(), physicalCores: int, threads: int, speedGHz: num.nullable() }),
  memory: z.object({ totalBytes: num, availableBytes: num }),
  gpus: z.array(z.object({ vendor: z.string(), model: z.string(), vramBytes: num.nullable(), driverVersion: z.string().nullable(), bus: z.string().nullable() })),
  gpuSummary: z.string(),
  backends: z.array(
    z.object({
      backend: z.enum(["cuda", "vulkan", "metal", "cpu"]),
      loads: z.boolean(),
      onThisPlatform: z.boolean().optional(),
      reason: z.string().optional(),
      deviceNames: z.array(z.string()).optional(),
      vramTotalBytes: num.optional(),
    }),
  ),
  backendsChecked: z.boolean().optional(),
  preferredBackend: z.enum(["cuda", "vulkan", "metal", "cpu"]).nullable(),
  versions: z.object({ app: z.string(), nodeLlamaCpp: z.string(), llamaCppRelease: z.string().nullable(), node: z.string(), electron: z.string().nullable() }),
  describedAt: z.string(),
});

export const benchReportSchema = z.object({
  schema: z.literal(BENCH_REPORT_SCHEMA),
  schemaVersion: z.literal(BENCH_REPORT_VERSION),
  id: z.string(),
  createdAt: z.string(),
  status: z.enum(["complete", "cancelled", "failed"]),
  note: z.string().nullable(),
  system: systemSchema,
  build: z.object({ app: z.string(), nodeLlamaCpp: z.string(), llamaCppRelease: z.string().nullable(), buildCommit: z.string(), backend: z.string() }),
  model: z.object({
    fileName: z.string(),
    sizeBytes: num,
    headerSha256: z.string().nullable(),
    synthetic: z.boolean(),
    syntheticPreset: z.string().nullable(),
    architecture: z.string(),
    modelType: z.string(),
    nParams: num.nullable(),
    fileType: z.string(),
  }),
  spec: specSchema,
  results: z.array(rowSchema),
}) satisfies z.ZodType<BenchReport>;

export type ParsedBenchReport =
  | { ok: true; report: BenchReport; source: "breakeven" | "llama-bench"; warnings: string[] }
  | { ok: false; error: string };

const MAX_LISTED = 5;

function describeIssues(error: z.ZodError, what: string): string {
  const lines = error.issues.slice(0, MAX_LISTED).map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(top level)"}: ${issue.message}`);
  const more = error.issues.length > MAX_LISTED ? ` (and ${error.issues.length - MAX_LISTED} more problems)` : "";
  return `This file is not a valid ${what}: ${lines.join("; ")}${more}.`;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** Validates an imported report: Breakeven's JSON, a llama-bench `-o json` array, or one `-o jsonl` row. */
export function parseBenchReport(json: unknown): ParsedBenchReport {
  if (Array.isArray(json) || looksLikeLlamaBench(json)) {
    const list = Array.isArray(json) ? json : [json];
    if (list.length === 0) return { ok: false, error: "This llama-bench file has no results: the list is empty." };
    const parsed = z.array(llamaBenchRowSchema).safeParse(list);
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error, "llama-bench result list") };
    const models = unique(parsed.data.map((row) => row.model_filename));
    const warnings = models.length > 1 ? [`The rows measure ${models.length} models; the report names the first (${models[0]}).`] : [];
    return { ok: true, report: wrapLlamaBenchRows(parsed.data), source: "llama-bench", warnings };
  }
  if (typeof json !== "object" || json === null) return { ok: false, error: "This file is not a bench report: expected a JSON object (Breakeven) or a list of rows (llama-bench)." };
  const record = json as Record<string, unknown>;
  if (record.schema !== BENCH_REPORT_SCHEMA) return { ok: false, error: `This JSON is not a Breakeven bench report (its "schema" is ${JSON.stringify(record.schema)}, expected "${BENCH_REPORT_SCHEMA}").` };
  if (record.schemaVersion !== BENCH_REPORT_VERSION) {
    return { ok: false, error: `This report has schema version ${JSON.stringify(record.schemaVersion)}; this Breakeven reads version ${BENCH_REPORT_VERSION}. Update Breakeven to import it.` };
  }
  const parsed = benchReportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error, "Breakeven bench report") };
  return { ok: true, report: parsed.data, source: "breakeven", warnings: [] };
}

/** Text of a report file: JSON, or llama-bench's JSONL (one row per line). */
export function parseBenchReportText(text: string): ParsedBenchReport {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: "The file is empty." };
  try {
    return parseBenchReport(JSON.parse(trimmed));
  } catch {
    const lines = trimmed.split(/\r?\n/).filter((line) => line.trim() !== "");
    try {
      return parseBenchReport(lines.map((line) => JSON.parse(line) as unknown));
    } catch {
      return { ok: false, error: "The file is not JSON (nor llama-bench JSONL): it may be truncated, or a different kind of file." };
    }
  }
}
