// Shapes a computed scenario into the rows the chart components draw. Kept apart from the charts so
// the numbers can be tested without rendering SVG, and the charts stay free of arithmetic.
import { formatPaybackMonths, paybackMeetsLimit, type CostBreakdown, type ScenarioResult, type SensitivityResult } from "../../../shared/tco";
import { formatSignedUsdCompact, formatUsdCompact } from "../../components/charts/moneyFormat";

export { formatSignedUsdCompact, formatUsdCompact };

export type CumulativePoint = { month: number; vendorUsd: number; selfHostUsd: number };

export function cumulativeCostData(result: ScenarioResult): CumulativePoint[] {
  return result.months.map((row) => ({ month: row.month, vendorUsd: row.vendorCumulativeUsd, selfHostUsd: row.selfHostCumulativeUsd }));
}

export type MonthMarker = { month: number; label: string };

/** The month from which self-hosting stays ahead; none when it is behind at the horizon's end. */
export function breakEvenMarker(result: ScenarioResult): MonthMarker | undefined {
  return result.breakEvenMonth === undefined ? undefined : { month: result.breakEvenMonth, label: `Break-even month ${result.breakEvenMonth}` };
}

export function cutoverMarker(result: ScenarioResult): MonthMarker {
  return { month: result.cutoverMonth, label: `Cutover month ${result.cutoverMonth}` };
}

/** The self-host path's cost parts, in stacking order (bottom first) and with the label a legend shows. */
export const SELF_HOST_COMPONENTS = [
  { key: "oneTimeUsd", label: "Distillation project" },
  { key: "vendorTokensUsd", label: "Vendor share (fallback)" },
  { key: "hardwareUsd", label: "Hardware" },
  { key: "powerUsd", label: "Power" },
  { key: "peopleUsd", label: "ML engineer" },
  { key: "opsUsd", label: "Ops" },
] as const satisfies readonly { key: keyof CostBreakdown; label: string }[];

export type SelfHostComponentKey = (typeof SELF_HOST_COMPONENTS)[number]["key"];

export type MonthlyCostPoint = { month: number; vendorPathUsd: number } & Record<SelfHostComponentKey, number>;

export function monthlyCostData(result: ScenarioResult): MonthlyCostPoint[] {
  return result.months.map((row) => {
    const point = { month: row.month, vendorPathUsd: row.vendorPath.totalUsd } as MonthlyCostPoint;
    for (const { key } of SELF_HOST_COMPONENTS) point[key] = row.selfHostPath[key];
    return point;
  });
}

/** Components that cost something in some month: a rented fleet has no power bar, a legend should not list it. */
export function activeComponents(data: readonly MonthlyCostPoint[]): (typeof SELF_HOST_COMPONENTS)[number][] {
  return SELF_HOST_COMPONENTS.filter(({ key }) => data.some((point) => point[key] !== 0));
}

export type GpuPoint = { month: number; needed: number; provisioned: number };

export function gpuData(result: ScenarioResult): GpuPoint[] {
  return result.months.map((row) => ({ month: row.month, needed: row.gpusNeeded, provisioned: row.gpusProvisioned }));
}

export type TornadoBar = {
  label: string;
  /** Change of the 36-month saving when the input moves down (0 when that side misses the service level). */
  lowDeltaUsd: number;
  highDeltaUsd: number;
  /** Payback after the move, in months after cutover; undefined when that side never pays back or cannot serve. */
  lowPaybackMonths: number | undefined;
  highPaybackMonths: number | undefined;
  /** The payback after each move in words, with its change from the baseline: "5.9 months (−1.3)", "never". */
  lowPaybackText: string;
  highPaybackText: string;
  /** What the low and high sides mean, for the tooltip: the saving and the payback. */
  lowNote: string;
  highNote: string;
  swingUsd: number;
};

/**
 * One bar per input, as the change in the 36-month saving from the baseline, largest swing first, with the
 * payback each move gives beside it: the saving can hold while payback slips past the 12-month limit.
 * A side that misses the service level has no saving to show: it draws as 0 and says why.
 */
export function tornadoData(sensitivity: SensitivityResult, limit = 8): TornadoBar[] {
  const base = sensitivity.baseline.selfHostSavingsUsd;
  const basePayback = sensitivity.baseline.paybackMonths;
  const percent = Math.round(sensitivity.deltaShare * 100);
  return sensitivity.rows.slice(0, limit).map((row) => {
    const side = (outcome: typeof row.low, sign: "−" | "+") => {
      const move = `${row.label} ${sign}${percent}%`;
      if (!outcome.serviceLevelMet || outcome.selfHostSavingsUsd === undefined) {
        const note = `${move}: no measured concurrency meets the service level`;
        return { delta: 0, payback: undefined, paybackText: "service level not met", note };
      }
      const delta = roundCents(outcome.selfHostSavingsUsd - base);
      const paybackText = paybackShiftText(outcome.paybackMonths, basePayback);
      return {
        delta,
        payback: outcome.paybackMonths,
        paybackText,
        note: `${move}: saving ${formatUsdCompact(outcome.selfHostSavingsUsd)} (${formatSignedUsdCompact(delta)}), payback ${paybackText}`,
      };
    };
    const low = side(row.low, "−");
    const high = side(row.high, "+");
    return {
      label: row.label,
      lowDeltaUsd: low.delta,
      highDeltaUsd: high.delta,
      lowPaybackMonths: low.payback,
      highPaybackMonths: high.payback,
      lowPaybackText: low.paybackText,
      highPaybackText: high.paybackText,
      lowNote: low.note,
      highNote: high.note,
      swingUsd: row.savingsSwingUsd,
    };
  });
}

/** Payback as a table cell shows it: "7.2 months", or "never" within the horizon. */
export function paybackText(paybackMonths: number | undefined): string {
  return paybackMonths === undefined ? "never" : `${formatPaybackMonths(paybackMonths)} months`;
}

/** "5.9 months (−1.3)", "7.2 months (no change)", "never (was 7.2 months)", "9.0 months (was never)". */
export function paybackShiftText(paybackMonths: number | undefined, baselineMonths: number | undefined): string {
  if (paybackMonths === undefined) return baselineMonths === undefined ? "never" : `never (was ${paybackText(baselineMonths)})`;
  if (baselineMonths === undefined) return `${paybackText(paybackMonths)} (was never)`;
  // Near the 12-month limit payback is shown to two decimals; a shift that crosses it must not read "no change".
  const crossesLimit = paybackMeetsLimit(paybackMonths) !== paybackMeetsLimit(baselineMonths);
  const digits = crossesLimit ? 2 : 1;
  const shift = Math.round((paybackMonths - baselineMonths) * 10 ** digits) / 10 ** digits;
  if (shift === 0) return `${paybackText(paybackMonths)} (no change)`;
  return `${paybackText(paybackMonths)} (${shift > 0 ? "+" : "−"}${Math.abs(shift).toFixed(digits)})`;
}

function roundCents(usd: number): number {
  return Math.round(usd * 100) / 100;
}
