import { z } from "zod";
import { fastestTokensPerSecondPerRequest, findOperatingConcurrency } from "./capacity";
import { formatPlain, nonNegativeField, numberField, positiveField, shareField } from "./fieldRules";
import type { ScenarioInput } from "./types";
import { HOURS_PER_MONTH, MIN_FALLBACK_MONTHS, TCO_WINDOW_MONTHS } from "./units";

// Validation runs once when a scenario is loaded or a field is committed; computeScenario then trusts
// the plain object, so zod never sits in the per-slider-move path. Defaults fill the fields a saved
// scenario may lack, with the values the issue and the article name.

const MAX_HORIZON_MONTHS = 120;

const workloadSchema = z.object({
  requestsPerMonth: nonNegativeField("Requests per month"),
  inputTokensPerRequest: nonNegativeField("Input tokens per request"),
  outputTokensPerRequest: positiveField("Output tokens per request"),
  promptCacheShare: shareField("Prompt-cache share"),
  monthlyGrowthShare: numberField({ label: "Monthly growth", min: -0.5, max: 1, display: "share" }),
  peakToAverageRatio: numberField({ label: "Peak-to-average load ratio", min: 1, max: 100, hint: "the peak is never below the average" }),
  horizonMonths: numberField({ label: "Horizon (months)", min: 1, max: MAX_HORIZON_MONTHS, wholeNumber: true }).default(TCO_WINDOW_MONTHS),
});

const vendorSchema = z.object({
  usdPerMillionInputTokens: nonNegativeField("Vendor price per 1M input tokens ($)"),
  usdPerMillionOutputTokens: nonNegativeField("Vendor price per 1M output tokens ($)"),
  usdPerMillionCachedInputTokens: nonNegativeField("Vendor price per 1M cached input tokens ($)"),
  batchDiscountShare: shareField("Batch discount").default(0),
  batchTrafficShare: shareField("Share of traffic through the batch API").default(0),
});

const boughtSchema = z.object({
  kind: z.literal("bought"),
  usdPerGpu: nonNegativeField("Price per GPU ($)"),
  usdPerServer: nonNegativeField("Price per server ($)"),
  gpusPerServer: numberField({ label: "GPUs per server", min: 1, max: 64, wholeNumber: true }),
  amortizationMonths: numberField({ label: "Amortization (months)", min: 1, max: MAX_HORIZON_MONTHS, wholeNumber: true }).default(TCO_WINDOW_MONTHS),
  residualValueShare: shareField("Residual value").default(0),
});

const rentedSchema = z.object({
  kind: z.literal("rented"),
  usdPerGpuHour: nonNegativeField("Cloud price per GPU-hour ($)"),
  billedHoursPerMonth: numberField({ label: "Billed hours per month", min: 0, minExclusive: true, max: 744, hint: "a month has at most 744 hours" }).default(HOURS_PER_MONTH),
  reservedDiscountShare: shareField("Reserved discount").default(0),
});

const hardwareSchema = z.discriminatedUnion("kind", [boughtSchema, rentedSchema], {
  error: () => 'Hardware must be either "bought" or "rented".',
});

const powerSchema = z.object({
  measuredAverageWattsPerGpu: positiveField("Measured average power per GPU (W)").optional(),
  boardPowerWattsPerGpu: nonNegativeField("Board power per GPU (W)"),
  boardPowerUtilizationShare: shareField("Share of board power drawn"),
  powerUsageEffectiveness: numberField({ label: "PUE", min: 1, max: 3, hint: "1 means no cooling overhead" }),
  usdPerKwh: nonNegativeField("Electricity price ($/kWh)"),
});

const selfHostSchema = z.object({
  hardware: hardwareSchema,
  minimumGpuCount: numberField({ label: "Minimum GPU count", min: 0, max: 100_000, wholeNumber: true }).default(1),
  power: powerSchema,
  hasNamedMlEngineer: z.boolean({ error: () => "Say whether a named ML engineer owns the model (yes or no)." }),
  mlEngineerFteShare: shareField("ML engineer share of an FTE"),
  mlEngineerUsdPerYear: nonNegativeField("ML engineer loaded cost per year ($)"),
  opsUsdPerMonth: nonNegativeField("Ops overhead per month ($)"),
});

const projectSchema = z.object({
  teacherInputTokens: nonNegativeField("Teacher-data input tokens"),
  teacherOutputTokens: nonNegativeField("Teacher-data output tokens"),
  fineTuneGpuHours: nonNegativeField("Fine-tuning GPU-hours"),
  fineTuneUsdPerGpuHour: nonNegativeField("Fine-tuning price per GPU-hour ($)"),
  engineerMonths: nonNegativeField("Project engineer-months"),
  evalSetupUsd: nonNegativeField("Eval set-up cost ($)"),
  monthsToCutover: numberField({ label: "Months to cutover", min: 0, max: 60, wholeNumber: true }),
});

const concurrencyPointSchema = z.object({
  parallelSequences: numberField({ label: "Parallel sequences", min: 1, max: 4096, wholeNumber: true }),
  generationTokensPerSecond: positiveField("Generation speed (tokens/s)"),
});

const throughputSchema = z
  .object({
    benchmarkRunId: z.string({ error: () => "Benchmark run id must be text." }).optional(),
    concurrencyCurve: z
      .array(concurrencyPointSchema, { error: () => "The concurrency curve must be a list of measurements." })
      .min(1, { error: () => "Add at least one concurrency measurement: aggregate generation tokens/s at 1, 2, 4 … parallel sequences." })
      .max(64, { error: () => "Keep the concurrency curve to at most 64 measurements." }),
    promptTokensPerSecond: positiveField("Prompt speed (tokens/s)"),
    minTokensPerSecondPerRequest: positiveField("Service level (tokens/s per request)"),
    targetUtilizationShare: numberField({ label: "Target utilization", min: 0, minExclusive: true, max: 1, display: "share" }),
  })
  .superRefine((throughput, ctx) => {
    const seen = new Set<number>();
    throughput.concurrencyCurve.forEach((point, index) => {
      if (seen.has(point.parallelSequences)) {
        ctx.addIssue({
          code: "custom",
          path: ["concurrencyCurve", index, "parallelSequences"],
          message: `Concurrency ${point.parallelSequences} appears twice in the curve; keep one measurement per concurrency.`,
        });
      }
      seen.add(point.parallelSequences);
    });
    const slo = throughput.minTokensPerSecondPerRequest;
    // Zod still runs this refinement after field errors; a curve or service level already reported as
    // wrong would only produce a second, confusing message.
    const curveIsValid = throughput.concurrencyCurve.length > 0 && throughput.concurrencyCurve.every(isValidPoint);
    if (curveIsValid && slo > 0 && findOperatingConcurrency(throughput.concurrencyCurve, slo) === undefined) {
      const fastest = fastestTokensPerSecondPerRequest(throughput.concurrencyCurve);
      ctx.addIssue({
        code: "custom",
        path: ["minTokensPerSecondPerRequest"],
        message: `No measured concurrency meets the service level of ${formatPlain(slo)} tokens/s per request, not even the least loaded one (${formatPlain(round1(fastest))} tokens/s); lower the service level or benchmark a faster GPU or smaller model.`,
      });
    }
  });

const hybridSchema = z.object({
  fallbackMonths: numberField({
    label: "Fallback period (months)",
    min: MIN_FALLBACK_MONTHS,
    max: MAX_HORIZON_MONTHS,
    wholeNumber: true,
    hint: "the vendor API stays live for at least 90 days after cutover",
  }).default(MIN_FALLBACK_MONTHS),
  fallbackVendorShare: shareField("Vendor share during the fallback period"),
  steadyVendorShare: shareField("Vendor share after the fallback period"),
});

export const scenarioSchema = z
  .object(
    {
      workload: workloadSchema,
      vendor: vendorSchema,
      selfHost: selfHostSchema,
      project: projectSchema,
      throughput: throughputSchema,
      hybrid: hybridSchema,
    },
    { error: () => "A scenario must be an object with workload, vendor, selfHost, project, throughput and hybrid." },
  )
  .superRefine((scenario, ctx) => {
    const { monthsToCutover } = scenario.project;
    const { horizonMonths } = scenario.workload;
    const bothValid = Number.isInteger(monthsToCutover) && monthsToCutover >= 0 && Number.isInteger(horizonMonths) && horizonMonths >= 1;
    if (bothValid && monthsToCutover >= horizonMonths) {
      ctx.addIssue({
        code: "custom",
        path: ["project", "monthsToCutover"],
        message: `Months to cutover (${monthsToCutover}) must be shorter than the horizon (${horizonMonths} months), or no month is left to self-host.`,
      });
    }
  });

// Compile-time guard that the schema and the hand-written types in types.ts describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AssertTrue<T extends true> = T;
export type SchemaMatchesTypes = AssertTrue<Same<z.output<typeof scenarioSchema>, ScenarioInput>>;

export type ValidationIssue = { path: string; message: string };
export type ValidationResult = { ok: true; value: ScenarioInput } | { ok: false; issues: ValidationIssue[] };

/** Checks a scenario from any source (form, file, IndexedDB, HTTP) and fills documented defaults. */
export function validateScenario(input: unknown): ValidationResult {
  const parsed = scenarioSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
  };
}

function isValidPoint(point: { parallelSequences: number; generationTokensPerSecond: number }): boolean {
  return Number.isInteger(point.parallelSequences) && point.parallelSequences >= 1 && point.generationTokensPerSecond > 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
