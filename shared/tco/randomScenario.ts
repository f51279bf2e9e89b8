import { defaultScenario } from "./defaults";
import type { ConcurrencyPoint, ScenarioInput } from "./types";

// Valid scenarios spread over the whole input space, for property tests and the benchmark. Seeded, so a
// failing property test names a seed that reproduces it.

/** mulberry32: tiny, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomScenario(random: () => number): ScenarioInput {
  const between = (min: number, max: number) => min + (max - min) * random();
  const wholeBetween = (min: number, max: number) => Math.floor(between(min, max + 1));
  // Volumes and prices span orders of magnitude, so draw them on a log scale.
  const logBetween = (min: number, max: number) => Math.exp(between(Math.log(min), Math.log(max)));

  const base = defaultScenario();
  const horizonMonths = random() < 0.7 ? 36 : wholeBetween(12, 60);
  const batchOneTokensPerSecond = between(40, 200);
  const concurrencyCurve: ConcurrencyPoint[] = [];
  for (let sequences = 1, efficiency = 1; sequences <= 64; sequences *= 2, efficiency *= between(0.6, 0.95)) {
    concurrencyCurve.push({ parallelSequences: sequences, generationTokensPerSecond: batchOneTokensPerSecond * sequences * efficiency });
  }
  const inputPrice = logBetween(0.05, 5);

  return {
    workload: {
      requestsPerMonth: logBetween(1e3, 1e9),
      inputTokensPerRequest: wholeBetween(50, 8000),
      outputTokensPerRequest: wholeBetween(20, 2000),
      promptCacheShare: between(0, 0.9),
      monthlyGrowthShare: between(-0.05, 0.15),
      peakToAverageRatio: between(1, 5),
      horizonMonths,
    },
    vendor: {
      usdPerMillionInputTokens: inputPrice,
      usdPerMillionOutputTokens: inputPrice * between(1, 8),
      usdPerMillionCachedInputTokens: inputPrice * between(0.1, 0.5),
      batchDiscountShare: random() < 0.5 ? 0 : 0.5,
      batchTrafficShare: between(0, 0.3),
    },
    selfHost: {
      hardware:
        random() < 0.5
          ? {
              kind: "bought",
              usdPerGpu: logBetween(1_000, 40_000),
              usdPerServer: between(2_000, 20_000),
              gpusPerServer: [1, 2, 4, 8][wholeBetween(0, 3)],
              amortizationMonths: random() < 0.7 ? 36 : wholeBetween(12, 60),
              residualValueShare: between(0, 0.3),
            }
          : { kind: "rented", usdPerGpuHour: logBetween(0.3, 5), billedHoursPerMonth: 730, reservedDiscountShare: between(0, 0.4) },
      minimumGpuCount: wholeBetween(1, 3),
      power: {
        ...base.selfHost.power,
        measuredAverageWattsPerGpu: random() < 0.5 ? between(100, 700) : undefined,
        boardPowerWattsPerGpu: between(70, 750),
        powerUsageEffectiveness: between(1.1, 1.6),
        usdPerKwh: between(0.05, 0.3),
      },
      hasNamedMlEngineer: random() < 0.9,
      mlEngineerFteShare: between(0, 1),
      mlEngineerUsdPerYear: between(100_000, 350_000),
      opsUsdPerMonth: between(0, 5_000),
    },
    project: {
      teacherInputTokens: logBetween(1e6, 1e9),
      teacherOutputTokens: logBetween(1e5, 2e8),
      fineTuneGpuHours: between(0, 500),
      fineTuneUsdPerGpuHour: between(1, 4),
      engineerMonths: between(0, 12),
      evalSetupUsd: between(0, 30_000),
      monthsToCutover: Math.min(wholeBetween(3, 9), horizonMonths - 1),
    },
    throughput: {
      concurrencyCurve,
      promptTokensPerSecond: logBetween(500, 20_000),
      // At or below the batch-1 speed, so at least one point always meets it.
      minTokensPerSecondPerRequest: between(5, batchOneTokensPerSecond),
      targetUtilizationShare: between(0.2, 0.9),
    },
    hybrid: {
      fallbackMonths: wholeBetween(3, 6),
      fallbackVendorShare: between(0, 0.5),
      steadyVendorShare: between(0, 0.2),
    },
  };
}
