import { describe, expect, it } from "vitest";
import { computeScenario } from "./computeScenario";
import { defaultScenario } from "./defaults";
import { goldenBase } from "./goldenScenario.testdata";
import { computeSensitivity } from "./sensitivity";

describe("computeSensitivity", () => {
  const base = goldenBase();
  const result = computeSensitivity(base);
  const row = (key: string) => result.rows.find((r) => r.key === key);

  it("starts from the scenario's own 36-month saving and payback", () => {
    const scenario = computeScenario(base);
    expect(result.baseline).toEqual({ selfHostSavingsUsd: scenario.tco36?.selfHostSavingsUsd, paybackMonths: scenario.paybackMonths });
    expect(result.comparedMonths).toBe(36);
  });

  it("moves each input by ±25% and sorts the bars longest first", () => {
    expect(row("requestsPerMonth")?.low.inputValue).toBe(750_000);
    expect(row("requestsPerMonth")?.high.inputValue).toBe(1_250_000);
    const swings = result.rows.map((r) => r.savingsSwingUsd);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it("moves the saving the way the arithmetic says", () => {
    // Volume ±25% at one GPU: the vendor path moves by 0.25 × 252,000 = 63,000 and the self-host path's
    // vendor share (3 × 7,000 + 3 × 1,400 = 25,200) by 6,300, so the saving moves by 56,700 either way.
    expect(row("requestsPerMonth")?.high.selfHostSavingsUsd).toBeCloseTo(result.baseline.selfHostSavingsUsd + 56_700, 1);
    expect(row("requestsPerMonth")?.low.selfHostSavingsUsd).toBeCloseTo(result.baseline.selfHostSavingsUsd - 56_700, 1);
    // Ops ±25%: 33 months × $125 = $4,125.
    expect(row("opsOverhead")?.low.selfHostSavingsUsd).toBeCloseTo(result.baseline.selfHostSavingsUsd + 4_125, 1);
    // More volume pays back sooner.
    expect(row("requestsPerMonth")!.high.paybackMonths!).toBeLessThan(result.baseline.paybackMonths!);
  });

  it("skips drivers that do not apply: zero growth, power on rented hardware", () => {
    expect(row("monthlyGrowth")).toBeUndefined();
    const rented = { ...base, selfHost: { ...base.selfHost, hardware: { kind: "rented" as const, usdPerGpuHour: 1, billedHoursPerMonth: 730, reservedDiscountShare: 0 } } };
    expect(computeSensitivity(rented).rows.some((r) => r.key === "electricityPrice")).toBe(false);
  });

  it("keeps moved inputs valid: shares and utilization clamp, months stay whole", () => {
    const tight = defaultScenario();
    tight.throughput.targetUtilizationShare = 0.9;
    const moved = computeSensitivity(tight).rows.find((r) => r.key === "targetUtilization");
    expect(moved?.high.inputValue).toBe(1);
    const months = computeSensitivity(tight).rows.find((r) => r.key === "monthsToCutover");
    expect([months?.low.inputValue, months?.high.inputValue]).toEqual([5, 8]); // 6 × 0.75 = 4.5 → 5; 6 × 1.25 = 7.5 → 8
  });

  it("does not change the input it was given", () => {
    const before = JSON.stringify(base);
    computeSensitivity(base);
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe("computeSensitivity when a move breaks the service level", () => {
  it("marks that side instead of failing", () => {
    const scenario = goldenBase();
    // Batch-1 speed 150 tokens/s × 0.75 = 112.5 < a 120 tokens/s service level: nothing meets it.
    scenario.throughput.minTokensPerSecondPerRequest = 120;
    const throughput = computeSensitivity(scenario).rows.find((r) => r.key === "throughput");
    expect(throughput?.low).toMatchObject({ serviceLevelMet: false, selfHostSavingsUsd: undefined, paybackMonths: undefined });
    expect(throughput?.high.serviceLevelMet).toBe(true);
    expect(throughput?.high.selfHostSavingsUsd).toBeTypeOf("number");
  });
});
