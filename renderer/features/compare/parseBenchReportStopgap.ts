// STOPGAP until shared/reports exports parseBenchReport (the engine's validator, same signature):
// then importRunFile.ts imports that one and this file is deleted. It checks the fields the
// comparison reads, tolerating extra ones, so a file from a newer version still imports.
import { z } from "zod";
import { BENCH_REPORT_SCHEMA, BENCH_REPORT_VERSION, type BenchReport } from "../../../shared/reports/benchReport";

const number = z.number();
const text = z.string();

const powerSchema = z.discriminatedUnion("measured", [
  z.looseObject({ measured: z.literal(true), avgWatts: number, maxWatts: number }),
  z.looseObject({ measured: z.literal(false), reason: text }),
]);

const rowSchema = z.looseObject({
  test: text,
  n_prompt: z.number().int().min(0),
  n_gen: z.number().int().min(0),
  n_depth: z.number().int().min(0),
  n_parallel: z.number().int().min(1),
  n_gpu_layers: number,
  avg_ts: z.number().min(0),
  model_size: number,
  power: powerSchema,
  synthetic_weights: z.boolean(),
});

const reportSchema = z.looseObject({
  schema: z.literal(BENCH_REPORT_SCHEMA),
  schemaVersion: z.literal(BENCH_REPORT_VERSION),
  id: text.min(1),
  createdAt: text.min(1),
  status: z.enum(["complete", "cancelled", "failed"]),
  system: z.looseObject({
    os: z.looseObject({ hostname: text }),
    cpu: z.looseObject({ brand: text }),
    gpus: z.array(z.looseObject({ model: text })),
  }),
  build: z.looseObject({ backend: text }),
  model: z.looseObject({ fileName: text, sizeBytes: z.number().positive(), synthetic: z.boolean() }),
  spec: z.looseObject({}),
  results: z.array(rowSchema),
});

export function parseBenchReport(json: unknown): { ok: true; value: BenchReport } | { ok: false; error: string } {
  if (typeof json === "object" && json !== null && !Array.isArray(json) && (json as { schema?: unknown }).schema !== BENCH_REPORT_SCHEMA) {
    return { ok: false, error: `This is not a Breakeven benchmark report: its "schema" field is not "${BENCH_REPORT_SCHEMA}".` };
  }
  const parsed = reportSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data as unknown as BenchReport };
  const issue = parsed.error.issues[0];
  const where = issue.path.length === 0 ? "the report" : issue.path.map(String).join(".");
  return { ok: false, error: `The benchmark report is not valid at ${where}: ${issue.message}.` };
}
