// Sorting the comparison: any column, either way, with unknown values always last so a missing
// price never looks like the cheapest option.
import type { CompareRow } from "./compareRows";

export type SortKey =
  | "option"
  | "kind"
  | "fit"
  | "batch1"
  | "aggregate"
  | "watts"
  | "perWatt"
  | "perThousandUsd"
  | "cloudPerMillion"
  | "gpusNeeded"
  | "tco36"
  | "payback";

export type SortState = { key: SortKey; direction: "asc" | "desc" } | null;

type SortValue = number | string | null;

const VALUE: Record<SortKey, (row: CompareRow) => SortValue> = {
  option: (row) => row.label.toLowerCase(),
  kind: (row) => row.kind,
  fit: (row) => (row.fits === null ? null : row.fits ? 1 : 0),
  batch1: (row) => row.batch1TokensPerSecond,
  aggregate: (row) => row.operatingPoint?.aggregateTokensPerSecond ?? null,
  watts: (row) => row.powerWatts,
  perWatt: (row) => row.tokensPerSecondPerWatt,
  perThousandUsd: (row) => row.tokensPerSecondPerThousandUsd,
  cloudPerMillion: (row) => row.cloudUsdPerMillionTokens,
  gpusNeeded: (row) => (row.tco.ok ? row.tco.gpusNeeded : null),
  tco36: (row) => (row.tco.ok ? row.tco.selfHostUsd36 : null),
  payback: (row) => (row.tco.ok ? row.tco.paybackMonths : null),
};

/** The way a click on a column first sorts: best first (fast, efficient and cheap on top). */
export const FIRST_DIRECTION: Record<SortKey, "asc" | "desc"> = {
  option: "asc",
  kind: "asc",
  fit: "desc",
  batch1: "desc",
  aggregate: "desc",
  watts: "asc",
  perWatt: "desc",
  perThousandUsd: "desc",
  cloudPerMillion: "asc",
  gpusNeeded: "asc",
  tco36: "asc",
  payback: "asc",
};

export function nextSort(current: SortState, key: SortKey): SortState {
  if (current === null || current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === "asc" ? "desc" : "asc" };
}

/** A sorted copy; equal values keep their order (measured rows before projected ones). */
export function sortRows(rows: readonly CompareRow[], sort: SortState): CompareRow[] {
  if (sort === null) return [...rows];
  const value = VALUE[sort.key];
  const sign = sort.direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = typeof a.value === "string" || typeof b.value === "string" ? String(a.value).localeCompare(String(b.value)) : a.value - b.value;
      return order === 0 ? a.index - b.index : order * sign;
    })
    .map((entry) => entry.row);
}
