// Money crosses the API as USD numbers, but each month's figures are whole cents (see simulate.ts) and
// every sum is taken over those integers: a table of months then adds up to its totals exactly,
// and cumulative curves compare without floating-point ties.

export function toCents(usd: number): number {
  return Math.round(usd * 100);
}

export function centsToUsd(cents: number): number {
  return cents / 100;
}

/** "$1,234,567" or "-$12": whole dollars are enough for a sentence. */
export function formatUsd(usd: number): string {
  const whole = Math.round(Math.abs(usd));
  const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${usd < 0 && whole !== 0 ? "-" : ""}$${digits}`;
}
