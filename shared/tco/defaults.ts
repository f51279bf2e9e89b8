import type { ScenarioInput } from "./types";
import { HOURS_PER_MONTH, MIN_FALLBACK_MONTHS, TCO_WINDOW_MONTHS } from "./units";

// A starting scenario for the form: a Claude Haiku-class workload distilled into a 7B model on RTX 4090s,
// the shape of the article's sincllm example. Sources are in /work/shared/docs/reference-data.md (gathered
// 2026-12) unless a line says "assumption"; assumptions are there to be replaced by the team's own numbers.

export function defaultScenario(): ScenarioInput {
  return {
    workload: {
      requestsPerMonth: 1_000_000, // assumption: a mid-sized production feature
      inputTokensPerRequest: 1_500, // assumption: a structured-extraction prompt
      outputTokensPerRequest: 300, // assumption: a compact JSON answer
      promptCacheShare: 0.3, // assumption: a shared system prompt served from the vendor's cache
      monthlyGrowthShare: 0.05, // assumption; the article requires projected volume, not today's
      peakToAverageRatio: 2, // assumption: daytime traffic with quiet nights
      horizonMonths: TCO_WINDOW_MONTHS, // article: the 36-month TCO
    },
    vendor: {
      // LiteLLM price file (claude-haiku-4-5), commit 00035b69: $1 / $5 / $0.10 per 1M tokens.
      usdPerMillionInputTokens: 1,
      usdPerMillionOutputTokens: 5,
      usdPerMillionCachedInputTokens: 0.1,
      batchDiscountShare: 0.5, // batch prices are half of list (LiteLLM gpt-4o: 1.25/5.00 vs 2.50/10.00)
      batchTrafficShare: 0, // live traffic is interactive
    },
    selfHost: {
      hardware: {
        kind: "bought",
        usdPerGpu: 1_599, // RTX 4090 MSRP
        usdPerServer: 6_000, // assumption: a 4-GPU workstation-class host without GPUs
        gpusPerServer: 4, // assumption
        amortizationMonths: 36, // article and llmtco.com: hardware amortized over 36 months
        residualValueShare: 0, // conservative: no resale counted
      },
      minimumGpuCount: 1,
      power: {
        boardPowerWattsPerGpu: 450, // RTX 4090 board power
        boardPowerUtilizationShare: 0.35, // reference-data: serving often runs near 35% utilization
        powerUsageEffectiveness: 1.2, // reference-data: hyperscale PUE 1.18-1.22 (ordinary rooms add 30-50%)
        usdPerKwh: 0.083, // reference-data: US industrial electricity, 2024
      },
      hasNamedMlEngineer: true, // the user must confirm; criterion 4 turns the verdict to "not viable" otherwise
      mlEngineerFteShare: 0.25, // assumption: a quarter of one engineer for drift, evals and rollback
      mlEngineerUsdPerYear: 200_000, // assumption: fully loaded US ML engineer
      opsUsdPerMonth: 500, // assumption: monitoring, on-call share, hosting space
    },
    project: {
      teacherInputTokens: 30_000_000, // assumption: 20,000 examples × 1,500 prompt tokens
      teacherOutputTokens: 6_000_000, // assumption: 20,000 examples × 300 completion tokens
      fineTuneGpuHours: 50, // assumption: a few LoRA runs of a 7B model
      fineTuneUsdPerGpuHour: 2.49, // A100 80GB cloud price, upper end of 1.49-2.49
      engineerMonths: 3, // assumption
      evalSetupUsd: 5_000, // assumption: building the eval gate the article requires before cutover
      monthsToCutover: 6, // article: distillation adds 3-9 months before production cutover
    },
    throughput: {
      // Illustrative 7B Q4_K_M curve on one RTX 4090 (batch 1 ≈ 128 tokens/s, reference-data);
      // replace it with a benchmark run from this machine.
      concurrencyCurve: [
        { parallelSequences: 1, generationTokensPerSecond: 128 },
        { parallelSequences: 2, generationTokensPerSecond: 240 },
        { parallelSequences: 4, generationTokensPerSecond: 430 },
        { parallelSequences: 8, generationTokensPerSecond: 720 },
        { parallelSequences: 16, generationTokensPerSecond: 1_100 },
        { parallelSequences: 32, generationTokensPerSecond: 1_500 },
      ],
      promptTokensPerSecond: 10_000, // assumption, illustrative
      minTokensPerSecondPerRequest: 20, // the example service level
      targetUtilizationShare: 0.35, // reference-data: not the 80% that flatters the numbers
    },
    hybrid: {
      fallbackMonths: MIN_FALLBACK_MONTHS, // article: vendor stays live for the first 90 days
      fallbackVendorShare: 0.25, // assumption
      steadyVendorShare: 0.05, // assumption: the cases outside the distilled task distribution
    },
  };
}

/** Rented variant of the default hardware: the article's suggested start for a first distillation proof. */
export function defaultRentedHardware(): ScenarioInput["selfHost"]["hardware"] {
  return {
    kind: "rented",
    usdPerGpuHour: 0.74, // RTX 4090 on RunPod, reference-data
    billedHoursPerMonth: HOURS_PER_MONTH,
    reservedDiscountShare: 0,
  };
}
