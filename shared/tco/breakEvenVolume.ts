import { formatPlain } from "./fieldRules";
import { simulate } from "./simulate";
import type { ScenarioInput } from "./types";

// Break-even volume by bisection rather than the closed form fixed cost ÷ price per request: GPU counts
// step with volume, the hybrid share and the project months all change the fixed part, and only the full
// month loop gets all of them right. The month loop is cheap enough for ~50 runs per slider move.

export type BreakEvenVolume = {
  /** Month-1 requests per month (growing at the scenario's rate) at which both paths cost the same over the horizon. */
  requestsPerMonth: number | undefined;
  comparedMonths: number;
  reason: string;
};

const MAX_REQUESTS_PER_MONTH = 1e13;
const MAX_BISECTIONS = 80;

/**
 * GPU rounding makes the self-host cost a staircase, so near the answer the paths can touch more than once;
 * the result is a volume where self-hosting has just become no more expensive, found to within one request
 * or one part in a million.
 */
export function computeBreakEvenVolume(input: ScenarioInput): BreakEvenVolume {
  const comparedMonths = input.workload.horizonMonths;
  const savingsCentsAt = (requestsPerMonth: number): number => {
    const sim = simulate({ ...input, workload: { ...input.workload, requestsPerMonth } });
    return sim.vendorCumulativeCents[comparedMonths - 1] - sim.selfCumulativeCents[comparedMonths - 1];
  };

  if (savingsCentsAt(0) >= 0) {
    return { requestsPerMonth: 0, comparedMonths, reason: `Self-hosting costs no more than the vendor over ${comparedMonths} months even with no traffic.` };
  }

  let low = 0;
  let high = Math.max(input.workload.requestsPerMonth, 1000);
  while (savingsCentsAt(high) < 0) {
    low = high;
    high *= 4;
    if (high > MAX_REQUESTS_PER_MONTH) {
      return {
        requestsPerMonth: undefined,
        comparedMonths,
        reason: `No volume up to ${formatPlain(MAX_REQUESTS_PER_MONTH)} requests per month makes self-hosting cheaper over ${comparedMonths} months: each extra request costs more self-hosted than on the vendor API.`,
      };
    }
  }

  for (let i = 0; i < MAX_BISECTIONS && high - low > Math.max(1, high * 1e-6); i++) {
    const middle = (low + high) / 2;
    if (savingsCentsAt(middle) >= 0) high = middle;
    else low = middle;
  }
  const requestsPerMonth = Math.ceil(high);
  return {
    requestsPerMonth,
    comparedMonths,
    reason: `At ${formatPlain(requestsPerMonth)} requests per month in month 1, growing as set, both paths cost the same over ${comparedMonths} months.`,
  };
}
