import { describe, expect, it } from "vitest";
import { computeScenario } from "./computeScenario";
import { goldenBase } from "./goldenScenario.testdata";
import type { MonthRow, ScenarioInput } from "./types";

// Expected values are worked out by hand from the facts listed in goldenScenario.testdata.ts; the
// expressions below are that arithmetic, not calls into the code under test.

const sum = (rows: MonthRow[], pick: (row: MonthRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
const gpuMonth = 2_000 / 36;
const serverMonth = 4_000 / 36;
const powerPerGpu = ((300 * 730) / 1000) * 1.5 * 0.1; // $32.85
const people = (0.25 * 120_000) / 12; // $2,500
const ops = 500;
const oneTime = 20 + 200 + 20_000 + 3_000; // $23,220

function withChanges(change: (s: ScenarioInput) => void): ScenarioInput {
  const scenario = goldenBase();
  change(scenario);
  return scenario;
}

describe("golden 1: bought hardware that pays back within 12 months, with a 3-month fallback", () => {
  const result = computeScenario(goldenBase());
  // Vendor path: 1,000,000 × $0.007 = $7,000 a month.
  // Self-host: months 1-3 = $7,000 + $7,740; months 4-6 (20% on vendor, 1 GPU + 1 server) = $1,400 + $166.67 + $32.85 + $2,500 + $500;
  // months 7-36 = $166.67 + $32.85 + $2,500 + $500.
  const fallbackMonth = 1_400 + gpuMonth + serverMonth + powerPerGpu + people + ops; // $4,599.52
  const steadyMonth = gpuMonth + serverMonth + powerPerGpu + people + ops; // $3,199.52

  it("prices the vendor path and the one-time project", () => {
    expect(result.months[0].vendorPath.totalUsd).toBe(7_000);
    expect(result.oneTime).toEqual({ teacherDataUsd: 20, fineTuneUsd: 200, engineerUsd: 20_000, evalSetupUsd: 3_000, totalUsd: 23_220 });
    expect(result.months.slice(0, 3).map((m) => m.selfHostPath.oneTimeUsd)).toEqual([7_740, 7_740, 7_740]);
    expect(result.months[0].selfHostPath.totalUsd).toBe(7_000 + 7_740);
    expect(result.cutoverMonth).toBe(4);
  });

  it("finds the operating point and one GPU", () => {
    expect(result.operatingPoint).toEqual({ parallelSequences: 16, generationTokensPerSecond: 1_250, tokensPerSecondPerRequest: 78.125, gpuSecondsPerRequest: 0.5 });
    // Fallback: ceil(800,000 / 1,314,000) = 1; steady: ceil(1,000,000 / 1,314,000) = 1.
    expect(result.months.map((m) => m.gpusProvisioned)).toEqual([0, 0, 0, ...Array(33).fill(1)]);
    // Average load 1,000,000 / 2,628,000 × 0.5 = 0.190 GPUs on 1 GPU.
    expect(result.months[10].averageUtilizationShare).toBeCloseTo(1_000_000 / 2_628_000 * 0.5, 4);
  });

  it("costs each month as worked out", () => {
    expect(result.months[3].selfHostPath.totalUsd).toBeCloseTo(fallbackMonth, 1);
    expect(result.months[3].selfHostPath.vendorTokensUsd).toBe(1_400);
    expect(result.months[20].selfHostPath.totalUsd).toBeCloseTo(steadyMonth, 1);
    expect(result.months[20].selfHostPath.powerUsd).toBe(32.85);
  });

  it("totals the 36 months", () => {
    // Self-host = one-time 23,220 + vendor 3 × 7,000 + 3 × 1,400 + hardware 33 × 166.67 (= 5,500)
    //           + power 33 × 32.85 + people 33 × 2,500 + ops 33 × 500 = 154,004.05.
    const selfHost = oneTime + 3 * 7_000 + 3 * 1_400 + 33 * (gpuMonth + serverMonth) + 33 * powerPerGpu + 33 * (people + ops);
    expect(result.tco36?.vendorUsd).toBe(36 * 7_000);
    expect(result.tco36?.selfHostUsd).toBeCloseTo(selfHost, 2);
    expect(result.tco36?.selfHostSavingsUsd).toBeCloseTo(252_000 - selfHost, 2);
    expect(result.horizonTotals.selfHost.hardwareUsd).toBe(5_500);
    expect(result.horizonTotals.selfHost.peopleUsd).toBe(82_500);
  });

  it("breaks even in month 11 and pays back 7.2 months after cutover", () => {
    // Gap after month 3: 23,220. Months 4-6 save 7,000 − 4,599.52 each: 16,018.55 left.
    // Months 7-10 save 3,800.48 each: 816.62 left at the start of month 11, which saves 3,800.48.
    const gapAfterMonth6 = oneTime - 3 * (7_000 - fallbackMonth);
    const gapAfterMonth10 = gapAfterMonth6 - 4 * (7_000 - steadyMonth);
    expect(gapAfterMonth10).toBeGreaterThan(0);
    expect(gapAfterMonth10 - (7_000 - steadyMonth)).toBeLessThan(0);
    expect(result.breakEvenMonth).toBe(11);
    expect(result.paybackMonths).toBeCloseTo(11 - 4 + gapAfterMonth10 / (7_000 - steadyMonth), 2);
  });

  it("prices 1M generated tokens on each path", () => {
    // All generated tokens: 36 × 1,000,000 × 500 = 1.8e10; self-hosted ones: 3 × 0.8 × 5e8 + 30 × 5e8 = 1.62e10.
    expect(result.costPerMillionOutputTokens.vendorUsd).toBe(14);
    expect(result.costPerMillionOutputTokens.selfHostAllInUsd).toBeCloseTo(154_004.05 / 18_000, 3);
    const serving = 33 * (gpuMonth + serverMonth + powerPerGpu + people + ops);
    expect(result.costPerMillionOutputTokens.selfHostServingUsd).toBeCloseTo(serving / 16_200, 3);
  });

  it("triggers the cost signal", () => {
    expect(result.verdict.kind).toBe("cost-signal");
    expect(result.verdict.reason).toBe(
      "Cost signal triggered: self-hosting saves $97,996 over 36 months and pays back 7.2 months after cutover, within the 12-month limit.",
    );
  });

  it("is not viable without a named ML engineer, or with no time allocated", () => {
    const unnamed = computeScenario(withChanges((s) => (s.selfHost.hasNamedMlEngineer = false)));
    expect(unnamed.verdict.kind).toBe("not-viable");
    expect(unnamed.verdict.reason).toContain("criterion 4");
    const noTime = computeScenario(withChanges((s) => (s.selfHost.mlEngineerFteShare = 0)));
    expect(noTime.verdict.kind).toBe("not-viable");
  });
});

describe("golden 2: low volume that never pays back", () => {
  const result = computeScenario(withChanges((s) => (s.workload.requestsPerMonth = 10_000)));
  // Vendor: 10,000 × $0.007 = $70 a month, $2,520 over 36 months.
  // Self-host: 23,220 + vendor (3 × 70 + 3 × 14) + 33 × (166.67 + 32.85 + 2,500 + 500) = 23,220 + 252 + 105,584.05 = 129,056.05.
  const selfHost = oneTime + 3 * 70 + 3 * 14 + 33 * (gpuMonth + serverMonth + powerPerGpu + people + ops);

  it("costs more every month and never crosses", () => {
    expect(result.tco36?.vendorUsd).toBe(2_520);
    expect(result.tco36?.selfHostUsd).toBeCloseTo(selfHost, 2);
    expect(result.months.every((m) => m.selfHostCumulativeUsd > m.vendorCumulativeUsd)).toBe(true);
    expect(result.breakEvenMonth).toBeUndefined();
    expect(result.paybackMonths).toBeUndefined();
  });

  it("keeps the minimum GPU and says why there is no signal", () => {
    expect(result.peakGpusProvisioned).toBe(1);
    expect(result.verdict.kind).toBe("no-cost-signal");
    expect(result.verdict.reason).toBe("No cost signal: over 36 months self-hosting costs $126,536 more than staying on the vendor API.");
  });
});

describe("golden 3: 5% monthly growth buys GPUs and a second server as volume rises", () => {
  const result = computeScenario(withChanges((s) => (s.workload.monthlyGrowthShare = 0.05)));
  // Requests in month m = 1,000,000 × 1.05^(m−1). Steady GPUs = ceil(1,000,000 × 1.05^(m−1) / 1,314,000):
  //   m7: 1.05^6 = 1.3401 → 1.020 → 2;  m20: 1.05^19 = 2.5270 → 1.923 → 2;  m21: 1.05^20 = 2.6533 → 2.019 → 3
  //   m29: 1.05^28 = 3.9201 → 2.983 → 3; m30: 1.05^29 = 4.1161 → 3.133 → 4; m35: 1.05^34 = 5.2533 → 3.998 → 4
  //   m36: 1.05^35 = 5.5160 → 4.198 → 5 GPUs, which needs a second 4-GPU server.
  //   Fallback m6: 0.8 × 1.05^5 = 1.0210 × 1,000,000 / 1,314,000 = 0.777 → 1.
  const expectedGpus = [0, 0, 0, 1, 1, 1, ...Array(14).fill(2), ...Array(9).fill(3), ...Array(6).fill(4), 5];

  it("adds GPUs in the month they are needed and never drops them", () => {
    expect(result.months.map((m) => m.gpusProvisioned)).toEqual(expectedGpus);
    expect(result.months[34].serversProvisioned).toBe(1);
    expect(result.months[35].serversProvisioned).toBe(2);
    expect(result.months[35].requests).toBe(Math.round(1_000_000 * 1.05 ** 35));
  });

  it("amortizes each purchase from its month and pays power per GPU", () => {
    // GPU-months: 3 × 1 + 14 × 2 + 9 × 3 + 6 × 4 + 1 × 5 = 87; server-months: 33 + 1 = 34.
    expect(result.horizonTotals.selfHost.hardwareUsd).toBeCloseTo(87 * gpuMonth + 34 * serverMonth, 2);
    expect(result.months[35].selfHostPath.hardwareUsd).toBeCloseTo(5 * gpuMonth + 2 * serverMonth, 1); // $500
    expect(result.horizonTotals.selfHost.powerUsd).toBeCloseTo(87 * powerPerGpu, 2);
  });

  it("grows the vendor bill geometrically", () => {
    // Σ 7,000 × 1.05^(m−1) for m = 1..36 = 7,000 × (1.05^36 − 1) / 0.05.
    expect(result.tco36?.vendorUsd).toBeCloseTo((7_000 * (1.05 ** 36 - 1)) / 0.05, 1);
    // Self-host vendor share: months 1-3 in full, months 4-6 at 20%, none after.
    const selfVendor = 7_000 * (1 + 1.05 + 1.05 ** 2) + 0.2 * 7_000 * (1.05 ** 3 + 1.05 ** 4 + 1.05 ** 5);
    expect(result.horizonTotals.selfHost.vendorTokensUsd).toBeCloseTo(selfVendor, 1);
  });
});

describe("golden 4: rented GPUs", () => {
  const result = computeScenario(
    withChanges((s) => {
      s.selfHost.hardware = { kind: "rented", usdPerGpuHour: 1, billedHoursPerMonth: 730, reservedDiscountShare: 0.2 };
    }),
  );
  // Rent = 1 GPU × $1 × 730 h × (1 − 20%) = $584 a month; power is in the hourly price.
  // Fallback months 4-6: 1,400 + 584 + 2,500 + 500 = 4,984; steady: 3,584.
  // Gap: 23,220 after month 3; − 3 × 2,016 = 17,172 after month 6; − 5 × 3,416 = 92 after month 11; month 12 closes it.

  it("pays rent and no power", () => {
    expect(result.months[3].selfHostPath.hardwareUsd).toBe(584);
    expect(result.horizonTotals.selfHost.powerUsd).toBe(0);
    expect(result.months[3].selfHostPath.totalUsd).toBe(4_984);
    expect(result.months[30].selfHostPath.totalUsd).toBe(3_584);
    expect(result.months[30].serversProvisioned).toBe(0);
  });

  it("totals, breaks even in month 12 and pays back in 8.03 months", () => {
    // 23,220 + 25,200 vendor + 33 × 584 + 33 × 3,000 = 166,692.
    expect(result.tco36?.selfHostUsd).toBe(166_692);
    expect(result.tco36?.selfHostSavingsUsd).toBe(252_000 - 166_692);
    expect(result.breakEvenMonth).toBe(12);
    expect(result.paybackMonths).toBeCloseTo(8 + 92 / 3_416, 2);
    expect(result.verdict.costSignalTriggered).toBe(true);
  });
});

describe("golden 5: hybrid routing, half the traffic on the vendor for 6 months, then 10%", () => {
  const result = computeScenario(
    withChanges((s) => {
      s.workload.requestsPerMonth = 2_000_000;
      s.hybrid = { fallbackMonths: 6, fallbackVendorShare: 0.5, steadyVendorShare: 0.1 };
    }),
  );
  // Vendor path: 2,000,000 × $0.007 = $14,000 a month.
  // Fallback months 4-9: 1,000,000 self-hosted → 1 GPU; vendor half = 7,000; month = 7,000 + 166.67 + 32.85 + 3,000 = 10,199.52.
  // Steady months 10-36: 1,800,000 self-hosted → ceil(1.37) = 2 GPUs; vendor 10% = 1,400; month = 1,400 + 222.22 + 65.70 + 3,000 = 4,687.92.
  const fallbackMonth = 7_000 + gpuMonth + serverMonth + powerPerGpu + people + ops;
  const steadyMonth = 1_400 + 2 * gpuMonth + serverMonth + 2 * powerPerGpu + people + ops;

  it("routes the shares by phase and sizes the fleet for the self-hosted part", () => {
    expect(result.months.map((m) => m.phase)).toEqual([...Array(3).fill("project"), ...Array(6).fill("fallback"), ...Array(27).fill("steady")]);
    expect(result.months.map((m) => m.selfHostVendorShare)).toEqual([1, 1, 1, ...Array(6).fill(0.5), ...Array(27).fill(0.1)]);
    expect(result.months.map((m) => m.gpusProvisioned)).toEqual([0, 0, 0, ...Array(6).fill(1), ...Array(27).fill(2)]);
    expect(result.months[4].selfHostPath.vendorTokensUsd).toBe(7_000);
    expect(result.months[12].selfHostPath.vendorTokensUsd).toBe(1_400);
  });

  it("totals and pays back just after the fallback ends", () => {
    // 23,220 + vendor (3 × 14,000 + 6 × 7,000 + 27 × 1,400 = 121,800) + hardware (6 × 166.67 + 27 × 222.22 = 7,000)
    // + power (6 × 32.85 + 27 × 65.70 = 1,971) + people and ops (33 × 3,000 = 99,000) = 252,991.
    expect(result.tco36?.selfHostUsd).toBeCloseTo(252_991, 2);
    // Gap after month 9: 23,220 − 6 × (14,000 − 10,199.52) = 417.10; month 10 saves 14,000 − 4,687.92.
    const gapAfterMonth9 = oneTime - 6 * (14_000 - fallbackMonth);
    expect(result.breakEvenMonth).toBe(10);
    expect(result.paybackMonths).toBeCloseTo(6 + gapAfterMonth9 / (14_000 - steadyMonth), 2);
  });
});

describe("horizon shorter than 36 months", () => {
  it("reports the horizon's totals but gives no cost signal", () => {
    const result = computeScenario(withChanges((s) => (s.workload.horizonMonths = 24)));
    expect(result.tco36).toBeUndefined();
    expect(result.horizon.months).toBe(24);
    expect(result.months).toHaveLength(24);
    expect(result.verdict.kind).toBe("no-cost-signal");
    expect(result.verdict.reason).toContain("needs 36 months");
  });
});

describe("rounding", () => {
  it("keeps months adding up to correctly rounded totals", () => {
    const result = computeScenario(goldenBase());
    // 33 months of $166.666… hardware: exactly $5,500.00, with months of $166.67 and $166.66.
    expect(sum(result.months, (m) => m.selfHostPath.hardwareUsd)).toBeCloseTo(5_500, 9);
    expect(new Set(result.months.slice(3).map((m) => m.selfHostPath.hardwareUsd))).toEqual(new Set([166.67, 166.66]));
  });
});
