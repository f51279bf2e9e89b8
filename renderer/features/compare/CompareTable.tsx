// The side-by-side table. Every header carries its unit; a projected row says so in a badge whose
// hover text is the projection's basis and caveat, and repeats both under the option's name.
import type { ReactNode } from "react";
import type { CompareRow } from "./compareRows";
import { formatNumber, formatTokensPerSecond, formatUsdPerMillion, formatWholeUsd } from "./format";
import { nextSort, type SortKey, type SortState } from "./sortRows";

type Column = { key: SortKey; label: string; unit: string; numeric: boolean; cell: (row: CompareRow) => ReactNode };

function sub(text: string | null | undefined): ReactNode {
  return text ? <div className="muted small">{text}</div> : null;
}

function optionCell(row: CompareRow): ReactNode {
  return (
    <>
      <div className="option-name">{row.label}</div>
      {sub(row.detail)}
      {row.projection && (
        <details className="basis">
          <summary>How it was projected</summary>
          <p>{row.projection.basis}</p>
          {row.projection.caveat && <p className="muted">{row.projection.caveat}</p>}
        </details>
      )}
    </>
  );
}

function kindCell(row: CompareRow): ReactNode {
  const title = row.projection ? `${row.projection.basis} ${row.projection.caveat}`.trim() : "Measured in a benchmark run.";
  return (
    <>
      <span className={`pill kind-${row.kind}`} title={title} data-testid="kind-badge">
        {row.kind}
      </span>
      {row.syntheticWeights && (
        <div>
          <span className="pill warn" title="Random weights of a real model's shape: the speed is representative, the answers are not.">
            synthetic weights
          </span>
        </div>
      )}
    </>
  );
}

function fitCell(row: CompareRow): ReactNode {
  const text = row.fits === null ? "n/a" : row.fits ? "fits" : "does not fit";
  return (
    <span className={`pill ${row.fits === false ? "bad" : row.fits ? "ok" : "off"}`} title={row.fitNote}>
      {text}
    </span>
  );
}

function tcoCell(row: CompareRow): ReactNode {
  if (!row.tco.ok) return <span className="muted small">{row.tco.reason}</span>;
  const saving = row.tco.savingsUsd36;
  return (
    <>
      {formatWholeUsd(row.tco.selfHostUsd36)}
      {sub(`${formatWholeUsd(Math.abs(saving))} ${saving >= 0 ? "less" : "more"} than the vendor`)}
      {sub(row.tco.hardwareBasis)}
      {row.tco.notes.map((note) => (
        <div key={note} className="muted small">
          {note}
        </div>
      ))}
    </>
  );
}

const COLUMNS: Column[] = [
  { key: "option", label: "Option", unit: "", numeric: false, cell: optionCell },
  { key: "kind", label: "Figure", unit: "measured / projected", numeric: false, cell: kindCell },
  { key: "fit", label: "VRAM fit", unit: "weights + allowance", numeric: false, cell: fitCell },
  { key: "batch1", label: "Generation", unit: "t/s, batch 1", numeric: true, cell: (row) => formatTokensPerSecond(row.batch1TokensPerSecond) },
  {
    key: "aggregate",
    label: "Aggregate",
    unit: "t/s at operating point",
    numeric: true,
    cell: (row) =>
      row.operatingPoint ? (
        <>
          {formatTokensPerSecond(row.operatingPoint.aggregateTokensPerSecond)}
          {sub(`${row.operatingPoint.parallelSequences} in parallel`)}
        </>
      ) : (
        <span className="muted small">{row.operatingNote}</span>
      ),
  },
  {
    key: "watts",
    label: "Power",
    unit: "W",
    numeric: true,
    cell: (row) => (
      <>
        {formatNumber(row.powerWatts, 0)}
        {sub(row.powerBasis)}
      </>
    ),
  },
  { key: "perWatt", label: "Per watt", unit: "t/s per W", numeric: true, cell: (row) => formatNumber(row.tokensPerSecondPerWatt, 2) },
  { key: "perThousandUsd", label: "Per purchase $", unit: "t/s per $1k", numeric: true, cell: (row) => formatNumber(row.tokensPerSecondPerThousandUsd, 1) },
  { key: "cloudPerMillion", label: "Cloud cost", unit: "$ per 1M tokens, full use", numeric: true, cell: (row) => formatUsdPerMillion(row.cloudUsdPerMillionTokens) },
  { key: "gpusNeeded", label: "GPUs needed", unit: "at peak", numeric: true, cell: (row) => (row.tco.ok ? String(row.tco.gpusNeeded) : "—") },
  { key: "tco36", label: "Self-host TCO", unit: "$ over 36 months", numeric: true, cell: tcoCell },
  {
    key: "payback",
    label: "Payback",
    unit: "months after cutover",
    numeric: true,
    cell: (row) => (!row.tco.ok ? "—" : row.tco.paybackMonths === null ? <span className="muted small">none in 36 months</span> : formatNumber(row.tco.paybackMonths, 1)),
  },
];

type Props = { rows: CompareRow[]; sort: SortState; onSort: (sort: SortState) => void };

export function CompareTable({ rows, sort, onSort }: Props) {
  return (
    <div className="table-scroll">
      <table className="compare-table" data-testid="compare-table">
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th key={column.key} className={`col-${column.key}${column.numeric ? " num" : ""}`} aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}>
                  <button type="button" className="sort-button" onClick={() => onSort(nextSort(sort, column.key))}>
                    {column.label}
                    {active ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}
                  </button>
                  {column.unit && <div className="unit">{column.unit}</div>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid="compare-row" data-kind={row.kind} className={`kind-${row.kind}`}>
              {COLUMNS.map((column) => (
                <td key={column.key} className={`col-${column.key}${column.numeric ? " num" : ""}`}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
