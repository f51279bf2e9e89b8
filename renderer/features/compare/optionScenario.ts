// Every option is priced with the TCO page's own model, so a row here and a scenario there give the
// same answer for the same inputs: the shared workload sets the demand, the option brings only its
// throughput curve, its price and its power.
import { boughtBase, boughtHardwareFor, rentedHardwareFor, type GpuPricing } from "../../../shared/catalog/gpuHardware";
import { computeScenario, validateScenario } from "../../../shared/tco";
import type { ConcurrencyPoint, HardwareInput, ScenarioInput } from "../../../shared/tco/types";

/** The part of a scenario every option shares; the page's workload form edits exactly these. */
export type CompareWorkload = {
  requestsPerMonth: number;
  inputTokensPerRequest: number;
  outputTokensPerRequest: number;
  /** Compound growth per month (0.05 = +5% a month). */
  monthlyGrowthShare: number;
  usdPerMillionInputTokens: number;
  usdPerMillionOutputTokens: number;
  usdPerMillionCachedInputTokens: number;
  /** Service level: the slowest generation a request may see; picks each option's operating point. */
  minTokensPerSecondPerRequest: number;
  /** How options are paid for when the catalog has both prices; the other is used when one is missing. */
  hardware: "bought" | "rented";
};

export function workloadFromScenario(base: ScenarioInput): CompareWorkload {
  return {
    requestsPerMonth: base.workload.requestsPerMonth,
    inputTokensPerRequest: base.workload.inputTokensPerRequest,
    outputTokensPerRequest: base.workload.outputTokensPerRequest,
    monthlyGrowthShare: base.workload.monthlyGrowthShare,
    usdPerMillionInputTokens: base.vendor.usdPerMillionInputTokens,
    usdPerMillionOutputTokens: base.vendor.usdPerMillionOutputTokens,
    usdPerMillionCachedInputTokens: base.vendor.usdPerMillionCachedInputTokens,
    minTokensPerSecondPerRequest: base.throughput.minTokensPerSecondPerRequest,
    hardware: base.selfHost.hardware.kind,
  };
}

export function applyWorkload(base: ScenarioInput, workload: CompareWorkload): ScenarioInput {
  return {
    ...base,
    workload: {
      ...base.workload,
      requestsPerMonth: workload.requestsPerMonth,
      inputTokensPerRequest: workload.inputTokensPerRequest,
      outputTokensPerRequest: workload.outputTokensPerRequest,
      monthlyGrowthShare: workload.monthlyGrowthShare,
    },
    vendor: {
      ...base.vendor,
      usdPerMillionInputTokens: workload.usdPerMillionInputTokens,
      usdPerMillionOutputTokens: workload.usdPerMillionOutputTokens,
      usdPerMillionCachedInputTokens: workload.usdPerMillionCachedInputTokens,
    },
    throughput: { ...base.throughput, minTokensPerSecondPerRequest: workload.minTokensPerSecondPerRequest },
  };
}

/** What one option costs and brings; null where the catalog or the run does not say. */
export type OptionCosting = GpuPricing & {
  boardPowerWatts: number | null;
  /** Measured average draw at the operating point; wins over board power for the electricity bill. */
  measuredWatts: number | null;
};

export type OptionThroughput = {
  runId: string;
  curve: ConcurrencyPoint[];
  /** Null when the run had no prompt test: the base scenario's figure is used and said so. */
  promptTokensPerSecond: number | null;
};

export type TcoOutcome =
  | {
      ok: true;
      gpusNeeded: number;
      selfHostUsd36: number;
      vendorUsd36: number;
      /** Vendor − self-host over 36 months: positive when self-hosting is cheaper. */
      savingsUsd36: number;
      paybackMonths: number | null;
      /** Fleet cost after cutover ÷ tokens it generated: reserved capacity counted, not only busy time. */
      servingUsdPerMillionTokens: number | null;
      /** "bought at $1,599 per GPU" or "rented at $0.74 per GPU-hour". */
      hardwareBasis: string;
      notes: string[];
    }
  | { ok: false; reason: string };

function money(usd: number): string {
  return `$${usd.toLocaleString("en-US", { maximumFractionDigits: usd < 10 ? 2 : 0 })}`;
}

function hardwareFor(
  base: ScenarioInput,
  costing: OptionCosting,
  preference: CompareWorkload["hardware"],
  baseWasWholeMachine: boolean,
): { hardware: HardwareInput; basis: string } | null {
  const current = base.selfHost.hardware;
  const bought = boughtHardwareFor(costing, boughtBase(current), baseWasWholeMachine);
  const rented = rentedHardwareFor(costing, current.kind === "rented" ? current : null);
  if (bought !== null && (preference === "bought" || rented === null)) {
    const switched = preference === "rented" ? " (no cloud price in the catalog)" : "";
    return { hardware: bought, basis: `bought at ${money(bought.usdPerGpu)} per ${costing.wholeMachine ? "machine" : "GPU"}${switched}` };
  }
  if (rented !== null) {
    const switched = preference === "bought" ? " (no purchase price in the catalog)" : "";
    return { hardware: rented, basis: `rented at ${money(rented.usdPerGpuHour)} per GPU-hour${switched}` };
  }
  return null;
}

/**
 * Builds the option's scenario over `base` (workload already applied), validates it and runs the model.
 * `baseWasWholeMachine`: the base was priced as an Apple machine, so its $0 server is not the user's own.
 */
export function optionTco(
  base: ScenarioInput,
  preference: CompareWorkload["hardware"],
  costing: OptionCosting,
  throughput: OptionThroughput,
  baseWasWholeMachine = false,
): TcoOutcome {
  const picked = hardwareFor(base, costing, preference, baseWasWholeMachine);
  if (picked === null) return { ok: false, reason: "No purchase or cloud price in the catalog: add one to price this option." };
  const notes: string[] = [];
  if (throughput.promptTokensPerSecond === null) {
    notes.push(`Prompt speed not measured: the scenario's ${Math.round(base.throughput.promptTokensPerSecond)} t/s is assumed.`);
  }
  const boardWatts = costing.boardPowerWatts ?? costing.measuredWatts;
  if (picked.hardware.kind === "bought" && boardWatts === null) notes.push("Power unknown: electricity is not counted.");

  // A saved scenario's own measured draw belongs to its run, never to this option.
  const { measuredAverageWattsPerGpu: _baseMeasured, ...basePower } = base.selfHost.power;
  const input: ScenarioInput = {
    ...base,
    selfHost: {
      ...base.selfHost,
      hardware: picked.hardware,
      power: {
        ...basePower,
        boardPowerWattsPerGpu: boardWatts ?? 0,
        ...(costing.measuredWatts !== null ? { measuredAverageWattsPerGpu: costing.measuredWatts } : {}),
      },
    },
    throughput: {
      ...base.throughput,
      benchmarkRunId: throughput.runId,
      concurrencyCurve: throughput.curve.map(({ parallelSequences, generationTokensPerSecond }) => ({ parallelSequences, generationTokensPerSecond })),
      promptTokensPerSecond: throughput.promptTokensPerSecond ?? base.throughput.promptTokensPerSecond,
    },
  };

  const checked = validateScenario(input);
  if (!checked.ok) return { ok: false, reason: checked.issues[0]?.message ?? "The scenario is not valid." };
  const result = computeScenario(checked.value);
  const tco = result.tco36 ?? result.horizon;
  return {
    ok: true,
    gpusNeeded: result.peakGpusProvisioned,
    selfHostUsd36: tco.selfHostUsd,
    vendorUsd36: tco.vendorUsd,
    savingsUsd36: tco.selfHostSavingsUsd,
    paybackMonths: result.paybackMonths ?? null,
    servingUsdPerMillionTokens: result.costPerMillionOutputTokens.selfHostServingUsd ?? null,
    hardwareBasis: picked.basis,
    notes,
  };
}
