// How the comparison writes its numbers: the unit is in the column header, a dash means "unknown",
// never zero.
import { formatUsd } from "../../../shared/tco";

const DASH = "—";

function known(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

export function formatNumber(value: number | null | undefined, digits: number): string {
  if (!known(value)) return DASH;
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Tokens/s: one decimal below 1,000 (as llama-bench prints batch-1 speeds), whole numbers above. */
export function formatTokensPerSecond(value: number | null | undefined): string {
  return known(value) ? formatNumber(value, value < 1000 ? 1 : 0) : DASH;
}

export function formatWholeUsd(value: number | null | undefined): string {
  return known(value) ? formatUsd(value) : DASH;
}

/** Cents matter per 1M tokens: $0.21, $0.034. */
export function formatUsdPerMillion(value: number | null | undefined): string {
  if (!known(value)) return DASH;
  return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: value < 0.1 ? 3 : 2 })}`;
}
