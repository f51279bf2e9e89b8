// Conventions used by every type below (see README.md):
// - money is plain USD numbers; outputs are rounded to cents, and totals are sums of the rounded months;
// - a share is a fraction (0.25 means 25%);
// - a month is 730 hours, month 1 is the first month of the plan (the distillation project starts then).
// Units live in the field names rather than in branded types: scenarios arrive as plain JSON from sliders,
// IndexedDB and HTTP, and brands would need a cast at every one of those edges.

export type WorkloadInput = {
  /** Requests per month today, i.e. in month 1. */
  requestsPerMonth: number;
  inputTokensPerRequest: number;
  outputTokensPerRequest: number;
  /** Share of input tokens the vendor bills at its cached-input price. */
  promptCacheShare: number;
  /** Compound growth of the request volume per month (0.05 = +5% a month; negative for decline). */
  monthlyGrowthShare: number;
  /** Busiest hour's load ÷ the month's average load (≥ 1). */
  peakToAverageRatio: number;
  /** Months compared. Defaults to 36, the article's window for a valid cost signal. */
  horizonMonths: number;
};

export type VendorInput = {
  usdPerMillionInputTokens: number;
  usdPerMillionOutputTokens: number;
  usdPerMillionCachedInputTokens: number;
  /** Price cut the vendor gives through its batch API (0.5 = half price). Defaults to 0. */
  batchDiscountShare: number;
  /** Share of live traffic that tolerates batch latency and gets the batch discount. Defaults to 0. Teacher-data generation always gets it. */
  batchTrafficShare: number;
};

export type BoughtHardwareInput = {
  kind: "bought";
  usdPerGpu: number;
  /** The host a set of GPUs sits in (chassis, CPU, RAM, disks, network). */
  usdPerServer: number;
  gpusPerServer: number;
  /** Straight-line amortization period. Defaults to 36 months. */
  amortizationMonths: number;
  /** Share of the purchase price expected back at the end of amortization. Defaults to 0. */
  residualValueShare: number;
};

export type RentedHardwareInput = {
  kind: "rented";
  usdPerGpuHour: number;
  /** Hours billed per GPU per month. Defaults to 730 (always on). */
  billedHoursPerMonth: number;
  /** Discount for a reservation or commitment. Defaults to 0. */
  reservedDiscountShare: number;
};

export type HardwareInput = BoughtHardwareInput | RentedHardwareInput;

export type PowerInput = {
  /** Average draw per GPU measured during a benchmark run; wins over the board-power estimate when present. */
  measuredAverageWattsPerGpu?: number;
  boardPowerWattsPerGpu: number;
  /** Share of board power drawn on average, used only when nothing was measured. */
  boardPowerUtilizationShare: number;
  /** Power usage effectiveness of the room (facility power ÷ IT power, ≥ 1). */
  powerUsageEffectiveness: number;
  usdPerKwh: number;
};

export type SelfHostInput = {
  hardware: HardwareInput;
  /** Fewest GPUs kept after cutover, whatever the load (for redundancy). Defaults to 1. */
  minimumGpuCount: number;
  /** Power is paid only on bought hardware: a cloud GPU-hour already includes it. */
  power: PowerInput;
  /** The article's criterion 4: a named engineer who has fine-tuned before and has time allocated. */
  hasNamedMlEngineer: boolean;
  /** Share of one full-time ML engineer kept on maintenance after cutover. */
  mlEngineerFteShare: number;
  /** Fully loaded yearly cost of that engineer (salary, taxes, benefits, overhead). */
  mlEngineerUsdPerYear: number;
  /** Monitoring, on-call, hosting and other running costs after cutover. */
  opsUsdPerMonth: number;
};

export type DistillationProjectInput = {
  /** Tokens sent to the vendor to generate teacher data (prompts). */
  teacherInputTokens: number;
  /** Tokens the vendor generates as teacher data (completions). */
  teacherOutputTokens: number;
  fineTuneGpuHours: number;
  fineTuneUsdPerGpuHour: number;
  /** Engineer time spent on the project, priced at the ML engineer's loaded cost. */
  engineerMonths: number;
  evalSetupUsd: number;
  /** Months from the project's start to cutover (the article reports 3-9). */
  monthsToCutover: number;
};

export type ConcurrencyPoint = {
  parallelSequences: number;
  /** Aggregate generation speed of all sequences together, on one GPU. */
  generationTokensPerSecond: number;
};

export type ThroughputInput = {
  /** The benchmark run the curve came from, when it did not come from typing. */
  benchmarkRunId?: string;
  /** Measured at 1, 2, 4, 8 … parallel sequences on one GPU. */
  concurrencyCurve: ConcurrencyPoint[];
  /** Prompt-processing (prefill) speed on one GPU. */
  promptTokensPerSecond: number;
  /** Service level: the slowest generation speed one request may see. */
  minTokensPerSecondPerRequest: number;
  /** Share of the operating point's throughput the fleet may use at peak load; the rest is headroom. */
  targetUtilizationShare: number;
};

export type HybridRoutingInput = {
  /** Months after cutover with the vendor as planned fallback (the article: at least 90 days). Defaults to 3. */
  fallbackMonths: number;
  /** Share of requests routed to the vendor during the fallback period. */
  fallbackVendorShare: number;
  /** Share of requests that stay on the vendor after the fallback period. */
  steadyVendorShare: number;
};

export type ScenarioInput = {
  workload: WorkloadInput;
  vendor: VendorInput;
  selfHost: SelfHostInput;
  project: DistillationProjectInput;
  throughput: ThroughputInput;
  hybrid: HybridRoutingInput;
};

export type OperatingPoint = {
  parallelSequences: number;
  generationTokensPerSecond: number;
  tokensPerSecondPerRequest: number;
  /** GPU time one average request takes at this point: prefill plus its share of batched generation. */
  gpuSecondsPerRequest: number;
};

export type CostBreakdown = {
  vendorTokensUsd: number;
  /** Amortization of bought GPUs and servers, or rent. */
  hardwareUsd: number;
  powerUsd: number;
  /** ML engineer maintenance after cutover (project engineering is in oneTimeUsd). */
  peopleUsd: number;
  opsUsd: number;
  /** The distillation project, spread evenly over the months before cutover. */
  oneTimeUsd: number;
  totalUsd: number;
};

export type MonthPhase = "project" | "fallback" | "steady";

export type MonthRow = {
  /** 1-based month of the plan. */
  month: number;
  phase: MonthPhase;
  requests: number;
  outputTokens: number;
  /** Share of requests the self-host path sends to the vendor this month. */
  selfHostVendorShare: number;
  /** GPUs the month's peak needs at the target utilization. */
  gpusNeeded: number;
  /** GPUs paid for: never below gpusNeeded; bought GPUs are kept once bought. */
  gpusProvisioned: number;
  serversProvisioned: number;
  /** Average load ÷ provisioned capacity at the operating point. */
  averageUtilizationShare: number;
  vendorPath: CostBreakdown;
  selfHostPath: CostBreakdown;
  vendorCumulativeUsd: number;
  selfHostCumulativeUsd: number;
};

export type OneTimeCost = {
  teacherDataUsd: number;
  fineTuneUsd: number;
  engineerUsd: number;
  evalSetupUsd: number;
  totalUsd: number;
};

export type TcoComparison = {
  months: number;
  vendorUsd: number;
  selfHostUsd: number;
  /** vendorUsd − selfHostUsd: positive when self-hosting is cheaper. */
  selfHostSavingsUsd: number;
};

export type VerdictKind = "cost-signal" | "no-cost-signal" | "not-viable";

export type Verdict = {
  kind: VerdictKind;
  costSignalTriggered: boolean;
  /** One sentence a user can read next to the chart. */
  reason: string;
};

export type ScenarioResult = {
  months: MonthRow[];
  /** First month with traffic on the self-hosted model. */
  cutoverMonth: number;
  operatingPoint: OperatingPoint;
  oneTime: OneTimeCost;
  /** Both paths over the whole horizon, by cost category. */
  horizonTotals: { vendor: CostBreakdown; selfHost: CostBreakdown };
  horizon: TcoComparison;
  /** The first 36 months; undefined when the horizon is shorter. */
  tco36: TcoComparison | undefined;
  /** Month from which the self-host path's cumulative cost stays at or below the vendor's to the horizon's end. */
  breakEvenMonth: number | undefined;
  /** Months of production, from the start of the cutover month, until that crossing (fractional). */
  paybackMonths: number | undefined;
  costPerMillionOutputTokens: {
    /** Whole vendor path ÷ all generated tokens. */
    vendorUsd: number;
    /** Whole self-host path (project, vendor share, everything) ÷ all generated tokens. */
    selfHostAllInUsd: number;
    /** Hardware, power, people and ops after cutover ÷ tokens generated on the self-hosted model: reserved capacity, not only busy time. */
    selfHostServingUsd: number | undefined;
  };
  peakGpusProvisioned: number;
  verdict: Verdict;
  /** Inputs outside the article's ranges (months to cutover, no fallback share), in words; the verdict shows them. */
  caveats: string[];
};
