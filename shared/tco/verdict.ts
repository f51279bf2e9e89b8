import { formatUsd } from "./money";
import type { TcoComparison, Verdict } from "./types";
import type { ScenarioInput } from "./types";
import { DISTILLATION_MONTHS_MAX, DISTILLATION_MONTHS_MIN, PAYBACK_LIMIT_MONTHS, TCO_WINDOW_MONTHS } from "./units";

export type VerdictFacts = {
  hasNamedMlEngineer: boolean;
  mlEngineerFteShare: number;
  horizonMonths: number;
  tco36: TcoComparison | undefined;
  paybackMonths: number | undefined;
};

/**
 * Payback meets the article's limit only when it is under 12 months from cutover: the article triggers the
 * cost signal when "the payback period is under 12 months", so exactly 12.0 does not.
 */
export function paybackMeetsLimit(paybackMonths: number | undefined): boolean {
  return paybackMonths !== undefined && paybackMonths < PAYBACK_LIMIT_MONTHS;
}

/**
 * The article's cost signal: the 36-month TCO favors self-hosting AND payback comes under 12 months after
 * cutover. Criterion 4 overrides it: without a named ML engineer with time for the model, distillation is
 * not viable, however good the numbers look.
 */
export function decideVerdict(facts: VerdictFacts): Verdict {
  if (!facts.hasNamedMlEngineer) {
    return notViable("Not viable whatever the costs: no named ML engineer with fine-tuning experience owns the model (criterion 4).");
  }
  if (facts.mlEngineerFteShare <= 0) {
    return notViable("Not viable whatever the costs: no ML engineer time is allocated to maintain the model after cutover (criterion 4).");
  }
  const tco = facts.tco36;
  if (tco === undefined) {
    return noSignal(`No cost signal: a valid comparison needs ${TCO_WINDOW_MONTHS} months with projected volume, and this horizon has only ${facts.horizonMonths}.`);
  }
  if (tco.selfHostSavingsUsd <= 0) {
    return noSignal(`No cost signal: over ${TCO_WINDOW_MONTHS} months self-hosting costs ${formatUsd(-tco.selfHostSavingsUsd)} more than staying on the vendor API.`);
  }
  const savings = formatUsd(tco.selfHostSavingsUsd);
  if (facts.paybackMonths === undefined) {
    return noSignal(`No cost signal: self-hosting saves ${savings} over ${TCO_WINDOW_MONTHS} months but falls behind the vendor again before month ${facts.horizonMonths}, so it never stays paid back.`);
  }
  const payback = formatPaybackMonths(facts.paybackMonths);
  if (!paybackMeetsLimit(facts.paybackMonths)) {
    const where = facts.paybackMonths > PAYBACK_LIMIT_MONTHS ? "beyond" : "not under";
    return noSignal(`No cost signal: self-hosting saves ${savings} over ${TCO_WINDOW_MONTHS} months but pays back only ${payback} months after cutover, ${where} the ${PAYBACK_LIMIT_MONTHS}-month limit.`);
  }
  return {
    kind: "cost-signal",
    costSignalTriggered: true,
    reason: `Cost signal triggered: self-hosting saves ${savings} over ${TCO_WINDOW_MONTHS} months and pays back ${payback} months after cutover, within the ${PAYBACK_LIMIT_MONTHS}-month limit.`,
  };
}

/**
 * Inputs the article's ranges do not cover. They are accepted (a team may know its own plan better), but the
 * verdict says so in words, since each one flatters the self-host path or drops a safeguard the article
 * requires.
 */
export function articleCaveats(input: Pick<ScenarioInput, "project" | "hybrid">): string[] {
  const caveats: string[] = [];
  const months = input.project.monthsToCutover;
  const range = `the article puts distillation at ${DISTILLATION_MONTHS_MIN}-${DISTILLATION_MONTHS_MAX} months before cutover`;
  const count = `${months} month${months === 1 ? "" : "s"}`;
  if (months < DISTILLATION_MONTHS_MIN) {
    caveats.push(`Months to cutover: ${range}; ${count} is optimistic, and a later cutover delays every saving shown here.`);
  } else if (months > DISTILLATION_MONTHS_MAX) {
    caveats.push(`Months to cutover: ${range}; ${count} is longer than it reports, so check the plan: savings start only at cutover.`);
  }
  if (input.hybrid.fallbackVendorShare <= 0) {
    caveats.push(
      `No traffic stays on the vendor API during the ${input.hybrid.fallbackMonths}-month fallback: the article wants the vendor live for the first 90 days with a share of traffic routed to it, so rolling back is a planned state, not an emergency.`,
    );
  }
  return caveats;
}

/** One decimal, or two where one would round onto the limit and hide which side of it payback falls. */
export function formatPaybackMonths(paybackMonths: number): string {
  const oneDecimal = paybackMonths.toFixed(1);
  return Number(oneDecimal) === PAYBACK_LIMIT_MONTHS && paybackMonths !== PAYBACK_LIMIT_MONTHS ? paybackMonths.toFixed(2) : oneDecimal;
}

function notViable(reason: string): Verdict {
  return { kind: "not-viable", costSignalTriggered: false, reason };
}

function noSignal(reason: string): Verdict {
  return { kind: "no-cost-signal", costSignalTriggered: false, reason };
}
