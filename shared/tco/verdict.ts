import { formatUsd } from "./money";
import type { TcoComparison, Verdict } from "./types";
import { PAYBACK_LIMIT_MONTHS, TCO_WINDOW_MONTHS } from "./units";

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
