import { centsToUsd } from "./money";
import { findPayback } from "./payback";
import { simulate, type Simulation } from "./simulate";
import type { CostBreakdown, MonthPhase, MonthRow, ScenarioInput, ScenarioResult, TcoComparison } from "./types";
import { TCO_WINDOW_MONTHS, TOKENS_PER_MILLION } from "./units";
import { articleCaveats, decideVerdict } from "./verdict";

/**
 * Both paths month by month, their totals, payback and the verdict. Pure and fast enough to run on every
 * slider move; the input must have passed validateScenario once (zod stays out of this hot path).
 */
export function computeScenario(input: ScenarioInput): ScenarioResult {
  const sim = simulate(input);
  const payback = findPayback(sim);
  const horizon = sim.horizonMonths;
  const fallbackEndMonth = sim.cutoverMonth + input.hybrid.fallbackMonths;

  const months: MonthRow[] = new Array(horizon);
  const vendorTotals = emptyCents();
  const selfTotals = emptyCents();
  let peakGpusProvisioned = 0;
  let servingCents = 0;

  for (let i = 0; i < horizon; i++) {
    const month = i + 1;
    const phase: MonthPhase = month < sim.cutoverMonth ? "project" : month < fallbackEndMonth ? "fallback" : "steady";
    const vendorCents = sim.vendorPathCents[i];
    vendorTotals.vendorTokens += vendorCents;
    selfTotals.vendorTokens += sim.selfVendorCents[i];
    selfTotals.hardware += sim.hardwareCents[i];
    selfTotals.power += sim.powerCents[i];
    selfTotals.people += sim.peopleCents[i];
    selfTotals.ops += sim.opsCents[i];
    selfTotals.oneTime += sim.oneTimeCents[i];
    servingCents += sim.hardwareCents[i] + sim.powerCents[i] + sim.peopleCents[i] + sim.opsCents[i];
    peakGpusProvisioned = Math.max(peakGpusProvisioned, sim.gpusProvisioned[i]);

    months[i] = {
      month,
      phase,
      requests: Math.round(sim.requests[i]),
      outputTokens: Math.round(sim.outputTokens[i]),
      selfHostVendorShare: sim.selfHostVendorShare[i],
      gpusNeeded: sim.gpusNeeded[i],
      gpusProvisioned: sim.gpusProvisioned[i],
      serversProvisioned: sim.serversProvisioned[i],
      averageUtilizationShare: Math.round(sim.averageUtilizationShare[i] * 10_000) / 10_000,
      vendorPath: breakdown(vendorCents, 0, 0, 0, 0, 0),
      selfHostPath: breakdown(
        sim.selfVendorCents[i],
        sim.hardwareCents[i],
        sim.powerCents[i],
        sim.peopleCents[i],
        sim.opsCents[i],
        sim.oneTimeCents[i],
      ),
      vendorCumulativeUsd: centsToUsd(sim.vendorCumulativeCents[i]),
      selfHostCumulativeUsd: centsToUsd(sim.selfCumulativeCents[i]),
    };
  }

  const horizonComparison = compareAt(sim, horizon);
  const tco36 = horizon >= TCO_WINDOW_MONTHS ? compareAt(sim, TCO_WINDOW_MONTHS) : undefined;
  const verdict = decideVerdict({
    hasNamedMlEngineer: input.selfHost.hasNamedMlEngineer,
    mlEngineerFteShare: input.selfHost.mlEngineerFteShare,
    horizonMonths: horizon,
    tco36,
    paybackMonths: payback.paybackMonths,
  });

  return {
    months,
    cutoverMonth: sim.cutoverMonth,
    operatingPoint: sim.operatingPoint,
    oneTime: sim.oneTime,
    horizonTotals: { vendor: totalsBreakdown(vendorTotals), selfHost: totalsBreakdown(selfTotals) },
    horizon: horizonComparison,
    tco36,
    breakEvenMonth: payback.breakEvenMonth,
    paybackMonths: payback.paybackMonths,
    costPerMillionOutputTokens: {
      vendorUsd: usdPerMillion(horizonComparison.vendorUsd, sim.totalOutputTokens) ?? 0,
      selfHostAllInUsd: usdPerMillion(horizonComparison.selfHostUsd, sim.totalOutputTokens) ?? 0,
      selfHostServingUsd: usdPerMillion(centsToUsd(servingCents), sim.selfHostedOutputTokens),
    },
    peakGpusProvisioned,
    verdict,
    caveats: articleCaveats(input),
  };
}

type CentsTotals = { vendorTokens: number; hardware: number; power: number; people: number; ops: number; oneTime: number };

function emptyCents(): CentsTotals {
  return { vendorTokens: 0, hardware: 0, power: 0, people: 0, ops: 0, oneTime: 0 };
}

function totalsBreakdown(c: CentsTotals): CostBreakdown {
  return breakdown(c.vendorTokens, c.hardware, c.power, c.people, c.ops, c.oneTime);
}

function breakdown(vendorTokens: number, hardware: number, power: number, people: number, ops: number, oneTime: number): CostBreakdown {
  return {
    vendorTokensUsd: centsToUsd(vendorTokens),
    hardwareUsd: centsToUsd(hardware),
    powerUsd: centsToUsd(power),
    peopleUsd: centsToUsd(people),
    opsUsd: centsToUsd(ops),
    oneTimeUsd: centsToUsd(oneTime),
    totalUsd: centsToUsd(vendorTokens + hardware + power + people + ops + oneTime),
  };
}

function compareAt(sim: Simulation, months: number): TcoComparison {
  const vendorCents = sim.vendorCumulativeCents[months - 1];
  const selfCents = sim.selfCumulativeCents[months - 1];
  return {
    months,
    vendorUsd: centsToUsd(vendorCents),
    selfHostUsd: centsToUsd(selfCents),
    selfHostSavingsUsd: centsToUsd(vendorCents - selfCents),
  };
}

// Four decimals: cheap models cost fractions of a cent per million tokens, and cents would flatten them to 0.
function usdPerMillion(usd: number, tokens: number): number | undefined {
  if (tokens <= 0) return undefined;
  return Math.round(((usd / tokens) * TOKENS_PER_MILLION) * 10_000) / 10_000;
}
