import { describe, expect, it } from "vitest";
import { computeScenario } from "./computeScenario";
import { goldenBase } from "./goldenScenario.testdata";
import { randomScenario, seededRandom } from "./randomScenario";
import { validateScenario } from "./schema";
import type { ScenarioInput, ScenarioResult } from "./types";

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
const SECONDS_PER_MONTH = 730 * 3600;

function scenarioFor(seed: number): ScenarioInput {
  return randomScenario(seededRandom(seed));
}

function forEachSeed(check: (input: ScenarioInput, result: ScenarioResult, seed: number) => void): void {
  for (const seed of SEEDS) {
    const input = scenarioFor(seed);
    try {
      check(input, computeScenario(input), seed);
    } catch (error) {
      throw new Error(`seed ${seed}: ${(error as Error).message}`);
    }
  }
}

describe("properties over random valid scenarios", () => {
  it("the generator only makes valid scenarios", () => {
    for (const seed of SEEDS) {
      const result = validateScenario(scenarioFor(seed));
      expect(result.ok ? [] : result.issues, `seed ${seed}`).toEqual([]);
    }
  });

  it("the vendor path's cost rises with volume", () => {
    forEachSeed((input, result) => {
      const more = computeScenario({ ...input, workload: { ...input.workload, requestsPerMonth: input.workload.requestsPerMonth * 1.5 } });
      expect(more.horizon.vendorUsd).toBeGreaterThan(result.horizon.vendorUsd);
      for (let i = 0; i < result.months.length; i++) {
        expect(more.months[i].vendorPath.totalUsd).toBeGreaterThanOrEqual(result.months[i].vendorPath.totalUsd);
      }
    });
  });

  it("the GPU count never falls below what the peak needs", () => {
    forEachSeed((input, result) => {
      const { workload, throughput } = input;
      for (const row of result.months) {
        if (row.phase === "project") {
          expect(row.gpusProvisioned).toBe(0);
          continue;
        }
        // Recomputed here from the inputs: busy GPUs at the peak ÷ allowed utilization.
        const requests = workload.requestsPerMonth * (1 + workload.monthlyGrowthShare) ** (row.month - 1);
        const peakBusyGpus = ((requests * (1 - row.selfHostVendorShare) * workload.peakToAverageRatio) / SECONDS_PER_MONTH) * result.operatingPoint.gpuSecondsPerRequest;
        expect(row.gpusProvisioned * throughput.targetUtilizationShare).toBeGreaterThanOrEqual(peakBusyGpus * (1 - 1e-9));
        expect(row.gpusProvisioned).toBeGreaterThanOrEqual(Math.max(row.gpusNeeded, input.selfHost.minimumGpuCount));
      }
    });
  });

  it("bought GPUs are never given back", () => {
    forEachSeed((input, result) => {
      if (input.selfHost.hardware.kind !== "bought") return;
      for (let i = 1; i < result.months.length; i++) {
        expect(result.months[i].gpusProvisioned).toBeGreaterThanOrEqual(result.months[i - 1].gpusProvisioned);
      }
    });
  });

  it("payback is undefined exactly when the curves have not crossed for good by the horizon's end", () => {
    forEachSeed((_input, result) => {
      const last = result.months[result.months.length - 1];
      const endsAhead = last.selfHostCumulativeUsd <= last.vendorCumulativeUsd;
      expect(result.paybackMonths === undefined).toBe(!endsAhead);
      expect(result.breakEvenMonth === undefined).toBe(!endsAhead);
      if (result.breakEvenMonth === undefined || result.paybackMonths === undefined) return;
      for (const row of result.months.slice(result.breakEvenMonth - 1)) {
        expect(row.selfHostCumulativeUsd).toBeLessThanOrEqual(row.vendorCumulativeUsd);
      }
      if (result.breakEvenMonth > result.cutoverMonth) {
        const before = result.months[result.breakEvenMonth - 2];
        expect(before.selfHostCumulativeUsd).toBeGreaterThan(before.vendorCumulativeUsd);
      }
      expect(result.paybackMonths).toBeGreaterThan(result.breakEvenMonth - result.cutoverMonth - 0.005);
      expect(result.paybackMonths).toBeLessThanOrEqual(result.breakEvenMonth - result.cutoverMonth + 1);
    });
  });

  it("months add up to the totals and the cumulative curves, to the cent", () => {
    forEachSeed((_input, result) => {
      let vendorCents = 0;
      let selfCents = 0;
      for (const row of result.months) {
        const p = row.selfHostPath;
        const parts = Math.round((p.vendorTokensUsd + p.hardwareUsd + p.powerUsd + p.peopleUsd + p.opsUsd + p.oneTimeUsd) * 100);
        expect(Math.round(p.totalUsd * 100)).toBe(parts);
        vendorCents += Math.round(row.vendorPath.totalUsd * 100);
        selfCents += Math.round(p.totalUsd * 100);
        expect(Math.round(row.vendorCumulativeUsd * 100)).toBe(vendorCents);
        expect(Math.round(row.selfHostCumulativeUsd * 100)).toBe(selfCents);
      }
      expect(Math.round(result.horizonTotals.selfHost.totalUsd * 100)).toBe(selfCents);
      expect(Math.round(result.horizon.selfHostUsd * 100)).toBe(selfCents);
      expect(Math.round(result.horizon.vendorUsd * 100)).toBe(vendorCents);
    });
  });

  it("the cost signal fires only with a named engineer, 36-month savings and payback under 12 months", () => {
    forEachSeed((input, result) => {
      if (!result.verdict.costSignalTriggered) return;
      expect(input.selfHost.hasNamedMlEngineer).toBe(true);
      expect(input.selfHost.mlEngineerFteShare).toBeGreaterThan(0);
      expect(result.tco36?.selfHostSavingsUsd).toBeGreaterThan(0);
      expect(result.paybackMonths).toBeLessThan(12);
    });
  });
});

describe("rented GPUs follow the load down", () => {
  it("gives back rented GPUs when volume shrinks, but keeps bought ones", () => {
    const shrinking = goldenBase();
    shrinking.workload.requestsPerMonth = 5_000_000; // ceil(5,000,000 / 1,314,000) = 4 GPUs at first
    shrinking.workload.monthlyGrowthShare = -0.05;
    const rented: ScenarioInput = {
      ...shrinking,
      selfHost: { ...shrinking.selfHost, hardware: { kind: "rented", usdPerGpuHour: 1, billedHoursPerMonth: 730, reservedDiscountShare: 0 } },
    };
    const boughtGpus = computeScenario(shrinking).months.map((m) => m.gpusProvisioned);
    const rentedGpus = computeScenario(rented).months.map((m) => m.gpusProvisioned);
    expect(rentedGpus[35]).toBeLessThan(Math.max(...rentedGpus));
    expect(boughtGpus[35]).toBe(Math.max(...boughtGpus));
  });
});
