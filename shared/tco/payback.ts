import type { Simulation } from "./simulate";

export type Payback = {
  breakEvenMonth: number | undefined;
  paybackMonths: number | undefined;
};

/**
 * Break-even is the month from which the self-host path's cumulative cost stays at or below the vendor
 * path's until the horizon ends. "Stays" matters: with shrinking volume the curves can cross and part
 * again, and a crossing that does not last would promise savings the horizon does not deliver.
 */
export function findPayback(sim: Simulation): Payback {
  const { selfCumulativeCents: self, vendorCumulativeCents: vendor, cutoverMonth, horizonMonths } = sim;
  const firstIndex = cutoverMonth - 1;
  let index = horizonMonths - 1;
  if (self[index] > vendor[index]) return { breakEvenMonth: undefined, paybackMonths: undefined };
  while (index > firstIndex && self[index - 1] <= vendor[index - 1]) index--;

  const breakEvenMonth = index + 1;
  // Within the month running costs are taken to accrue evenly, so the crossing falls at the share of the
  // month's saving needed to close the gap left at its start: payback then moves smoothly with every input.
  // A one-time cost falling in that month (a project of 0 months puts it all in month 1) is paid at the
  // month's start, so it opens the gap rather than being spread over the saving.
  const oneTimeCents = sim.oneTimeCents[index];
  const gapAtStartCents = (index === 0 ? 0 : self[index - 1] - vendor[index - 1]) + oneTimeCents;
  const savingCents = sim.vendorPathCents[index] - (sim.selfTotalCents[index] - oneTimeCents);
  const fraction = gapAtStartCents > 0 && savingCents > 0 ? Math.min(1, gapAtStartCents / savingCents) : 0;
  const paybackMonths = Math.round((breakEvenMonth - cutoverMonth + fraction) * 100) / 100;
  return { breakEvenMonth, paybackMonths };
}
