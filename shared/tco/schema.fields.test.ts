import { describe, expect, it } from "vitest";
import { defaultRentedHardware, defaultScenario } from "./defaults";
import { validateScenario } from "./schema";
import type { ScenarioInput } from "./types";

// Every numeric field of a scenario, found by walking the defaults (bought and rented hardware, plus the
// optional measured power), is fed a negative number, NaN and, for shares, 120%. Each message must name the
// field as the form labels it, say what was typed and give the allowed range. The table is written by hand;
// the walk makes sure a field added to the defaults without a row here fails the test.

type Row = { label: string; range: string };

const SHARE = "between 0% and 100%";
const ZERO_OR_MORE = "zero or more";
const MORE_THAN_0 = "more than 0";

const FIELDS: Record<string, Row> = {
  "workload.requestsPerMonth": { label: "Requests per month", range: ZERO_OR_MORE },
  "workload.inputTokensPerRequest": { label: "Input tokens per request", range: ZERO_OR_MORE },
  "workload.outputTokensPerRequest": { label: "Output tokens per request", range: MORE_THAN_0 },
  "workload.promptCacheShare": { label: "Prompt-cache share", range: SHARE },
  "workload.monthlyGrowthShare": { label: "Monthly growth", range: "between -50% and 100%" },
  "workload.peakToAverageRatio": { label: "Peak-to-average load ratio", range: "between 1 and 100" },
  "workload.horizonMonths": { label: "Horizon (months)", range: "a whole number from 1 to 120" },
  "vendor.usdPerMillionInputTokens": { label: "Vendor price per 1M input tokens ($)", range: ZERO_OR_MORE },
  "vendor.usdPerMillionOutputTokens": { label: "Vendor price per 1M output tokens ($)", range: ZERO_OR_MORE },
  "vendor.usdPerMillionCachedInputTokens": { label: "Vendor price per 1M cached input tokens ($)", range: ZERO_OR_MORE },
  "vendor.batchDiscountShare": { label: "Batch discount", range: SHARE },
  "vendor.batchTrafficShare": { label: "Share of traffic through the batch API", range: SHARE },
  "selfHost.hardware.usdPerGpu": { label: "Price per GPU ($)", range: ZERO_OR_MORE },
  "selfHost.hardware.usdPerServer": { label: "Price per server ($)", range: ZERO_OR_MORE },
  "selfHost.hardware.gpusPerServer": { label: "GPUs per server", range: "a whole number from 1 to 64" },
  "selfHost.hardware.amortizationMonths": { label: "Amortization (months)", range: "a whole number from 1 to 120" },
  "selfHost.hardware.residualValueShare": { label: "Residual value", range: SHARE },
  "selfHost.hardware.usdPerGpuHour": { label: "Cloud price per GPU-hour ($)", range: ZERO_OR_MORE },
  "selfHost.hardware.billedHoursPerMonth": { label: "Billed hours per month", range: "more than 0 and at most 744" },
  "selfHost.hardware.reservedDiscountShare": { label: "Reserved discount", range: SHARE },
  "selfHost.minimumGpuCount": { label: "Minimum GPU count", range: "a whole number from 0 to 100,000" },
  "selfHost.power.measuredAverageWattsPerGpu": { label: "Measured average power per GPU (W)", range: MORE_THAN_0 },
  "selfHost.power.boardPowerWattsPerGpu": { label: "Board power per GPU (W)", range: ZERO_OR_MORE },
  "selfHost.power.boardPowerUtilizationShare": { label: "Share of board power drawn", range: SHARE },
  "selfHost.power.powerUsageEffectiveness": { label: "PUE", range: "between 1 and 3" },
  "selfHost.power.usdPerKwh": { label: "Electricity price ($/kWh)", range: ZERO_OR_MORE },
  "selfHost.mlEngineerFteShare": { label: "ML engineer share of an FTE", range: SHARE },
  "selfHost.mlEngineerUsdPerYear": { label: "ML engineer loaded cost per year ($)", range: ZERO_OR_MORE },
  "selfHost.opsUsdPerMonth": { label: "Ops overhead per month ($)", range: ZERO_OR_MORE },
  "project.teacherInputTokens": { label: "Teacher-data input tokens", range: ZERO_OR_MORE },
  "project.teacherOutputTokens": { label: "Teacher-data output tokens", range: ZERO_OR_MORE },
  "project.fineTuneGpuHours": { label: "Fine-tuning GPU-hours", range: ZERO_OR_MORE },
  "project.fineTuneUsdPerGpuHour": { label: "Fine-tuning price per GPU-hour ($)", range: ZERO_OR_MORE },
  "project.engineerMonths": { label: "Project engineer-months", range: ZERO_OR_MORE },
  "project.evalSetupUsd": { label: "Eval set-up cost ($)", range: ZERO_OR_MORE },
  "project.monthsToCutover": { label: "Months to cutover", range: "a whole number from 0 to 60" },
  "throughput.concurrencyCurve.*.parallelSequences": { label: "Parallel sequences", range: "a whole number from 1 to 4,096" },
  "throughput.concurrencyCurve.*.generationTokensPerSecond": { label: "Generation speed (tokens/s)", range: MORE_THAN_0 },
  "throughput.promptTokensPerSecond": { label: "Prompt speed (tokens/s)", range: MORE_THAN_0 },
  "throughput.minTokensPerSecondPerRequest": { label: "Service level (tokens/s per request)", range: MORE_THAN_0 },
  "throughput.targetUtilizationShare": { label: "Target utilization", range: "more than 0% and at most 100%" },
  "hybrid.fallbackMonths": { label: "Fallback period (months)", range: "a whole number from 3 to 120" },
  "hybrid.fallbackVendorShare": { label: "Vendor share during the fallback period", range: SHARE },
  "hybrid.steadyVendorShare": { label: "Vendor share after the fallback period", range: SHARE },
};

type Path = (string | number)[];

function numericPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value === "number") return [prefix];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => numericPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
}

function withValue(base: ScenarioInput, path: Path, value: number): unknown {
  const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

function bases(): { name: string; scenario: ScenarioInput }[] {
  const bought = defaultScenario();
  bought.selfHost.power.measuredAverageWattsPerGpu = 300;
  const rented = defaultScenario();
  rented.selfHost.hardware = defaultRentedHardware();
  return [
    { name: "bought", scenario: bought },
    { name: "rented", scenario: rented },
  ];
}

const tableKey = (path: Path) => path.map((key) => (typeof key === "number" ? "*" : key)).join(".");

const cases = bases().flatMap(({ name, scenario }) => numericPaths(scenario).map((path) => ({ name, scenario, path, key: tableKey(path) })));

describe("every numeric field of a scenario", () => {
  it("has a row in this table, and every row is a field of the scenario", () => {
    const walked = new Set(cases.map((c) => c.key));
    expect([...walked].sort()).toEqual(Object.keys(FIELDS).sort());
  });

  const isShare = (key: string) => key.endsWith("Share");
  const samples = cases.flatMap((c) => [
    { ...c, value: -1, got: isShare(c.key) ? "(got -100%)" : "(got -1)" },
    { ...c, value: Number.NaN, got: "(got NaN)" },
    ...(isShare(c.key) ? [{ ...c, value: 1.2, got: "(got 120%)" }] : []),
  ]);

  it.each(samples.map((s) => [`${s.name} ${s.path.join(".")} = ${s.value}`, s] as const))("%s is refused, naming the field, the range and the value", (_title, sample) => {
    const result = validateScenario(withValue(sample.scenario, sample.path, sample.value));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const row = FIELDS[sample.key];
    const issue = result.issues.find((candidate) => candidate.path === sample.path.join("."));
    expect(issue, `no message on ${sample.path.join(".")}: ${JSON.stringify(result.issues)}`).toBeDefined();
    expect(issue?.message.startsWith(`${row.label} must be `)).toBe(true);
    expect(issue?.message).toContain(row.range);
    expect(issue?.message.endsWith(`${sample.got}.`)).toBe(true);
  });

  it("refuses a fractional number of parallel sequences", () => {
    const scenario = defaultScenario();
    scenario.throughput.concurrencyCurve[1] = { parallelSequences: 2.5, generationTokensPerSecond: 240 };
    const result = validateScenario(scenario);
    expect(!result.ok && result.issues).toEqual([
      { path: "throughput.concurrencyCurve.1.parallelSequences", message: "Parallel sequences must be a whole number from 1 to 4,096 (got 2.5)." },
    ]);
  });
});
