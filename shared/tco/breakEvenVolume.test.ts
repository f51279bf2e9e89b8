import { describe, expect, it } from "vitest";
import { computeBreakEvenVolume } from "./breakEvenVolume";
import { computeScenario } from "./computeScenario";
import { goldenBase } from "./goldenScenario.testdata";

describe("computeBreakEvenVolume", () => {
  it("matches the closed form while one GPU carries the load", () => {
    // Over 36 months at V requests a month (no growth, $0.007 a request):
    //   vendor    = 36 × 0.007 V = 0.252 V
    //   self-host = 23,220 one-time + vendor share (3 + 3 × 0.2) × 0.007 V = 0.0252 V
    //             + 33 × (166.67 + 32.85 + 2,500 + 500) = 105,584.05
    //   equal when V = (23,220 + 105,584.05) / (0.252 − 0.0252) = 567,919 (one GPU up to 1,314,000).
    const expected = (23_220 + 33 * (6_000 / 36 + 32.85 + 3_000)) / (0.252 - 0.0252);
    const result = computeBreakEvenVolume(goldenBase());
    expect(result.requestsPerMonth).toBeGreaterThan(expected - 3);
    expect(result.requestsPerMonth).toBeLessThan(expected + 3);
    expect(result.reason).toContain("both paths cost the same over 36 months");
  });

  it("is a volume where the two paths cost the same, within a cent per request", () => {
    const scenario = goldenBase();
    scenario.workload.monthlyGrowthShare = 0.04;
    const volume = computeBreakEvenVolume(scenario).requestsPerMonth!;
    const at = (requestsPerMonth: number) => computeScenario({ ...scenario, workload: { ...scenario.workload, requestsPerMonth } }).horizon.selfHostSavingsUsd;
    expect(at(volume)).toBeGreaterThanOrEqual(0);
    expect(at(volume * 0.99)).toBeLessThan(0);
  });

  it("is undefined when self-hosting costs more per request than the vendor at any volume", () => {
    const scenario = goldenBase();
    scenario.vendor = { ...scenario.vendor, usdPerMillionInputTokens: 0.001, usdPerMillionOutputTokens: 0.001, usdPerMillionCachedInputTokens: 0.001 };
    scenario.selfHost.hardware = { kind: "rented", usdPerGpuHour: 4, billedHoursPerMonth: 730, reservedDiscountShare: 0 };
    const result = computeBreakEvenVolume(scenario);
    expect(result.requestsPerMonth).toBeUndefined();
    expect(result.reason).toContain("No volume up to");
  });
});
