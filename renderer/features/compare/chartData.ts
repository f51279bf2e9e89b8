// Bars for the efficiency chart. Measured and projected values sit in separate series so the chart
// can draw projections hatched and name them in the legend; a row with no figure gets no bar
// (a zero would read as "measured as useless") and is listed under the chart instead.
import type { CompareRow } from "./compareRows";

export type EfficiencyBar = {
  key: string;
  name: string;
  kind: CompareRow["kind"];
  /** Set on measured rows only. */
  measured: number | null;
  /** Set on projected rows only. */
  projected: number | null;
};

export type EfficiencySeries = { bars: EfficiencyBar[]; missing: string[] };

function series(rows: readonly CompareRow[], pick: (row: CompareRow) => number | null): EfficiencySeries {
  const bars: EfficiencyBar[] = [];
  const missing: string[] = [];
  for (const row of rows) {
    const value = pick(row);
    if (value === null) {
      missing.push(row.label);
      continue;
    }
    const name = row.kind === "projected" ? `${row.label} (projected)` : row.label;
    bars.push({ key: row.key, name, kind: row.kind, measured: row.kind === "measured" ? value : null, projected: row.kind === "projected" ? value : null });
  }
  return { bars, missing };
}

export function efficiencyChartData(rows: readonly CompareRow[]): { perWatt: EfficiencySeries; perThousandUsd: EfficiencySeries } {
  return {
    perWatt: series(rows, (row) => row.tokensPerSecondPerWatt),
    perThousandUsd: series(rows, (row) => row.tokensPerSecondPerThousandUsd),
  };
}
