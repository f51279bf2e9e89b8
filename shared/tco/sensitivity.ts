import { computeOperatingPoint } from "./capacity";
import { centsToUsd } from "./money";
import { findPayback } from "./payback";
import { simulate, type Simulation } from "./simulate";
import type { ScenarioInput } from "./types";
import { TCO_WINDOW_MONTHS } from "./units";

// Tornado data: each main input moved down and up by the same share, everything else held, and how the
// 36-month saving and the payback move. Runs the lean month loop rather than computeScenario, since one
// slider move costs two runs per driver.

export type SensitivityKey =
  | "requestsPerMonth"
  | "monthlyGrowth"
  | "inputTokensPerRequest"
  | "outputTokensPerRequest"
  | "vendorPrices"
  | "hardwarePrice"
  | "throughput"
  | "targetUtilization"
  | "peakToAverage"
  | "mlEngineerCost"
  | "oneTimeProject"
  | "monthsToCutover"
  | "electricityPrice"
  | "opsOverhead"
  | "steadyVendorShare";

export type SensitivityOutcome = {
  factor: number;
  /** The driver's headline input after the move (and after clamping to its valid range). */
  inputValue: number;
  /** False when the move leaves no measured concurrency that meets the service level (throughput moved down). */
  serviceLevelMet: boolean;
  /** Undefined when the service level is not met: the self-host path cannot serve the traffic at all. */
  selfHostSavingsUsd: number | undefined;
  paybackMonths: number | undefined;
};

export type SensitivityRow = {
  key: SensitivityKey;
  label: string;
  low: SensitivityOutcome;
  high: SensitivityOutcome;
  /** |high − low| of the saving: the bar's length, and the sort order. A side whose service level is not met counts as the baseline. */
  savingsSwingUsd: number;
};

export type SensitivityResult = {
  deltaShare: number;
  /** 36, or the horizon when it is shorter. */
  comparedMonths: number;
  baseline: { selfHostSavingsUsd: number; paybackMonths: number | undefined };
  rows: SensitivityRow[];
};

type Driver = {
  key: SensitivityKey;
  label: string;
  applies: (s: ScenarioInput) => boolean;
  value: (s: ScenarioInput) => number;
  scale: (s: ScenarioInput, factor: number) => ScenarioInput;
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const always = () => true;

const DRIVERS: readonly Driver[] = [
  {
    key: "requestsPerMonth",
    label: "Requests per month",
    applies: always,
    value: (s) => s.workload.requestsPerMonth,
    scale: (s, f) => ({ ...s, workload: { ...s.workload, requestsPerMonth: s.workload.requestsPerMonth * f } }),
  },
  {
    key: "monthlyGrowth",
    label: "Monthly growth",
    applies: (s) => s.workload.monthlyGrowthShare !== 0,
    value: (s) => s.workload.monthlyGrowthShare,
    scale: (s, f) => ({ ...s, workload: { ...s.workload, monthlyGrowthShare: clamp(s.workload.monthlyGrowthShare * f, -0.5, 1) } }),
  },
  {
    key: "inputTokensPerRequest",
    label: "Input tokens per request",
    applies: always,
    value: (s) => s.workload.inputTokensPerRequest,
    scale: (s, f) => ({ ...s, workload: { ...s.workload, inputTokensPerRequest: s.workload.inputTokensPerRequest * f } }),
  },
  {
    key: "outputTokensPerRequest",
    label: "Output tokens per request",
    applies: always,
    value: (s) => s.workload.outputTokensPerRequest,
    scale: (s, f) => ({ ...s, workload: { ...s.workload, outputTokensPerRequest: s.workload.outputTokensPerRequest * f } }),
  },
  {
    key: "vendorPrices",
    label: "Vendor prices",
    applies: always,
    value: (s) => s.vendor.usdPerMillionOutputTokens,
    scale: (s, f) => ({
      ...s,
      vendor: {
        ...s.vendor,
        usdPerMillionInputTokens: s.vendor.usdPerMillionInputTokens * f,
        usdPerMillionOutputTokens: s.vendor.usdPerMillionOutputTokens * f,
        usdPerMillionCachedInputTokens: s.vendor.usdPerMillionCachedInputTokens * f,
      },
    }),
  },
  {
    key: "hardwarePrice",
    label: "GPU and server price, or rent",
    applies: always,
    value: (s) => (s.selfHost.hardware.kind === "bought" ? s.selfHost.hardware.usdPerGpu : s.selfHost.hardware.usdPerGpuHour),
    scale: (s, f) => {
      const hw = s.selfHost.hardware;
      const hardware =
        hw.kind === "bought"
          ? { ...hw, usdPerGpu: hw.usdPerGpu * f, usdPerServer: hw.usdPerServer * f }
          : { ...hw, usdPerGpuHour: hw.usdPerGpuHour * f };
      return { ...s, selfHost: { ...s.selfHost, hardware } };
    },
  },
  {
    key: "throughput",
    label: "Measured throughput",
    applies: always,
    value: (s) => s.throughput.promptTokensPerSecond,
    scale: (s, f) => ({
      ...s,
      throughput: {
        ...s.throughput,
        promptTokensPerSecond: s.throughput.promptTokensPerSecond * f,
        concurrencyCurve: s.throughput.concurrencyCurve.map((p) => ({ ...p, generationTokensPerSecond: p.generationTokensPerSecond * f })),
      },
    }),
  },
  {
    key: "targetUtilization",
    label: "Target utilization",
    applies: always,
    value: (s) => s.throughput.targetUtilizationShare,
    scale: (s, f) => ({ ...s, throughput: { ...s.throughput, targetUtilizationShare: clamp(s.throughput.targetUtilizationShare * f, 0.01, 1) } }),
  },
  {
    key: "peakToAverage",
    label: "Peak-to-average load ratio",
    applies: always,
    value: (s) => s.workload.peakToAverageRatio,
    scale: (s, f) => ({ ...s, workload: { ...s.workload, peakToAverageRatio: clamp(s.workload.peakToAverageRatio * f, 1, 100) } }),
  },
  {
    key: "mlEngineerCost",
    label: "ML engineer loaded cost",
    applies: always,
    value: (s) => s.selfHost.mlEngineerUsdPerYear,
    scale: (s, f) => ({ ...s, selfHost: { ...s.selfHost, mlEngineerUsdPerYear: s.selfHost.mlEngineerUsdPerYear * f } }),
  },
  {
    key: "oneTimeProject",
    label: "Distillation project cost",
    applies: always,
    value: (s) => s.project.engineerMonths,
    scale: (s, f) => ({
      ...s,
      project: {
        ...s.project,
        teacherInputTokens: s.project.teacherInputTokens * f,
        teacherOutputTokens: s.project.teacherOutputTokens * f,
        fineTuneGpuHours: s.project.fineTuneGpuHours * f,
        engineerMonths: s.project.engineerMonths * f,
        evalSetupUsd: s.project.evalSetupUsd * f,
      },
    }),
  },
  {
    key: "monthsToCutover",
    label: "Months to cutover",
    applies: (s) => s.project.monthsToCutover > 0,
    value: (s) => s.project.monthsToCutover,
    // Whole months only: 6 × 0.75 becomes 5 (rounded half up), 6 × 1.25 becomes 8.
    scale: (s, f) => ({
      ...s,
      project: { ...s.project, monthsToCutover: clamp(Math.round(s.project.monthsToCutover * f), 0, s.workload.horizonMonths - 1) },
    }),
  },
  {
    key: "electricityPrice",
    label: "Electricity price",
    applies: (s) => s.selfHost.hardware.kind === "bought",
    value: (s) => s.selfHost.power.usdPerKwh,
    scale: (s, f) => ({ ...s, selfHost: { ...s.selfHost, power: { ...s.selfHost.power, usdPerKwh: s.selfHost.power.usdPerKwh * f } } }),
  },
  {
    key: "opsOverhead",
    label: "Ops overhead",
    applies: (s) => s.selfHost.opsUsdPerMonth > 0,
    value: (s) => s.selfHost.opsUsdPerMonth,
    scale: (s, f) => ({ ...s, selfHost: { ...s.selfHost, opsUsdPerMonth: s.selfHost.opsUsdPerMonth * f } }),
  },
  {
    key: "steadyVendorShare",
    label: "Vendor share after fallback",
    applies: (s) => s.hybrid.steadyVendorShare > 0,
    value: (s) => s.hybrid.steadyVendorShare,
    scale: (s, f) => ({ ...s, hybrid: { ...s.hybrid, steadyVendorShare: clamp(s.hybrid.steadyVendorShare * f, 0, 1) } }),
  },
];

/** Moves each main input by ±deltaShare (default 25%) and reports the 36-month saving and payback either way. */
export function computeSensitivity(input: ScenarioInput, deltaShare = 0.25): SensitivityResult {
  if (!(deltaShare > 0 && deltaShare < 1)) throw new RangeError(`deltaShare must be between 0 and 1 (got ${deltaShare}).`);
  const comparedMonths = Math.min(input.workload.horizonMonths, TCO_WINDOW_MONTHS);
  // Simulated directly: a validated scenario meets its own service level, and an unvalidated one should fail loudly.
  const baseline = savingsAndPayback(simulate(input), comparedMonths);
  const rows: SensitivityRow[] = [];
  for (const driver of DRIVERS) {
    if (!driver.applies(input)) continue;
    const low = outcome(driver, input, 1 - deltaShare, comparedMonths);
    const high = outcome(driver, input, 1 + deltaShare, comparedMonths);
    const savingsSwingUsd = Math.abs((high.selfHostSavingsUsd ?? baseline.selfHostSavingsUsd) - (low.selfHostSavingsUsd ?? baseline.selfHostSavingsUsd));
    rows.push({ key: driver.key, label: driver.label, low, high, savingsSwingUsd: Math.round(savingsSwingUsd * 100) / 100 });
  }
  rows.sort((a, b) => b.savingsSwingUsd - a.savingsSwingUsd);
  return { deltaShare, comparedMonths, baseline, rows };
}

function outcome(driver: Driver, input: ScenarioInput, factor: number, comparedMonths: number): SensitivityOutcome {
  const moved = driver.scale(input, factor);
  return { factor, inputValue: driver.value(moved), ...summarize(moved, comparedMonths) };
}

function summarize(input: ScenarioInput, comparedMonths: number) {
  if (computeOperatingPoint(input.throughput, input.workload) === undefined) {
    return { serviceLevelMet: false, selfHostSavingsUsd: undefined, paybackMonths: undefined };
  }
  return { serviceLevelMet: true, ...savingsAndPayback(simulate(input), comparedMonths) };
}

function savingsAndPayback(sim: Simulation, comparedMonths: number) {
  const index = comparedMonths - 1;
  return {
    selfHostSavingsUsd: centsToUsd(sim.vendorCumulativeCents[index] - sim.selfCumulativeCents[index]),
    paybackMonths: findPayback(sim).paybackMonths,
  };
}
