import type { ScenarioInput } from "./types";

// The base of the hand-worked golden tests. Every number is round so the arithmetic in the tests can be
// followed on paper. Derived facts the tests rely on:
//   vendor price per request = 1,000 × $2/1M + 500 × $10/1M = $0.002 + $0.005 = $0.007 (no cache, no batch)
//   one-time project = teacher (10M × $2 + 2M × $10)/1M × (1 − 50% batch) = $20
//                    + fine-tune 100 h × $2 = $200 + engineer 2 × $120,000/12 = $20,000 + eval $3,000 = $23,220,
//                      spread over the 3 months before cutover: $7,740 a month; cutover is month 4
//   operating point: 16 sequences (1,250/16 = 78.1 tokens/s ≥ 50; 1,400/32 = 43.75 < 50)
//   GPU-seconds per request = 1,000/10,000 prefill + 500/1,250 generation = 0.1 + 0.4 = 0.5 s
//   GPUs for R self-hosted requests a month = ceil(R × 2 peak / 2,628,000 s × 0.5 s / 0.5 utilization) = ceil(R / 1,314,000)
//   bought: GPU $2,000/36 = $55.56 a month, server $4,000/36 = $111.11 a month
//   power per GPU = 300 W × 730 h / 1000 × 1.5 PUE × $0.10 = $32.85 a month
//   people = 0.25 × $120,000 / 12 = $2,500 a month; ops $500 a month
export function goldenBase(): ScenarioInput {
  return {
    workload: {
      requestsPerMonth: 1_000_000,
      inputTokensPerRequest: 1_000,
      outputTokensPerRequest: 500,
      promptCacheShare: 0,
      monthlyGrowthShare: 0,
      peakToAverageRatio: 2,
      horizonMonths: 36,
    },
    vendor: {
      usdPerMillionInputTokens: 2,
      usdPerMillionOutputTokens: 10,
      usdPerMillionCachedInputTokens: 0.5,
      batchDiscountShare: 0.5,
      batchTrafficShare: 0,
    },
    selfHost: {
      hardware: { kind: "bought", usdPerGpu: 2_000, usdPerServer: 4_000, gpusPerServer: 4, amortizationMonths: 36, residualValueShare: 0 },
      minimumGpuCount: 1,
      power: {
        measuredAverageWattsPerGpu: 300,
        boardPowerWattsPerGpu: 450,
        boardPowerUtilizationShare: 0.5,
        powerUsageEffectiveness: 1.5,
        usdPerKwh: 0.1,
      },
      hasNamedMlEngineer: true,
      mlEngineerFteShare: 0.25,
      mlEngineerUsdPerYear: 120_000,
      opsUsdPerMonth: 500,
    },
    project: {
      teacherInputTokens: 10_000_000,
      teacherOutputTokens: 2_000_000,
      fineTuneGpuHours: 100,
      fineTuneUsdPerGpuHour: 2,
      engineerMonths: 2,
      evalSetupUsd: 3_000,
      monthsToCutover: 3,
    },
    throughput: {
      concurrencyCurve: [
        { parallelSequences: 1, generationTokensPerSecond: 150 },
        { parallelSequences: 2, generationTokensPerSecond: 280 },
        { parallelSequences: 4, generationTokensPerSecond: 520 },
        { parallelSequences: 8, generationTokensPerSecond: 900 },
        { parallelSequences: 16, generationTokensPerSecond: 1_250 },
        { parallelSequences: 32, generationTokensPerSecond: 1_400 },
      ],
      promptTokensPerSecond: 10_000,
      minTokensPerSecondPerRequest: 50,
      targetUtilizationShare: 0.5,
    },
    hybrid: { fallbackMonths: 3, fallbackVendorShare: 0.2, steadyVendorShare: 0 },
  };
}
