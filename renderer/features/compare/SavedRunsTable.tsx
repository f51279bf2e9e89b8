// Saved benchmark runs: tick the ones to compare, pick the one projections scale from, rename or
// delete them. Deleting asks once more in the row itself (a browser dialog would block the page).
import { useState } from "react";
import type { StoredBenchReport } from "../../db/db";
import { deleteBenchReport, renameBenchReport } from "../../db/benchReportsRepo";
import { formatTokensPerSecond } from "./format";
import { runFigures } from "./runFigures";

type Props = {
  runs: StoredBenchReport[];
  baselineId: string | null;
  onBaseline: (id: string) => void;
  ticked: ReadonlySet<string>;
  onTick: (id: string, on: boolean) => void;
};

function RunActions({ run, onError }: { run: StoredBenchReport; onError: (message: string | null) => void }) {
  const [mode, setMode] = useState<"idle" | "renaming" | "confirming">("idle");
  const [draft, setDraft] = useState(run.label);

  async function rename() {
    try {
      await renameBenchReport(run.id, draft);
      onError(null);
      setMode("idle");
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  }

  async function remove() {
    try {
      await deleteBenchReport(run.id);
      onError(null);
    } catch (error) {
      onError(`“${run.label}” could not be deleted: ${error instanceof Error ? error.message : String(error)}`);
      setMode("idle");
    }
  }

  if (mode === "renaming") {
    return (
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void rename();
        }}
      >
        <input aria-label="New name" value={draft} onChange={(event) => setDraft(event.target.value)} autoFocus />
        <button type="submit">Save</button>
        <button type="button" onClick={() => setMode("idle")}>
          Cancel
        </button>
      </form>
    );
  }
  if (mode === "confirming") {
    return (
      <span className="inline-form">
        <span>Delete this run?</span>
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete
        </button>
        <button type="button" onClick={() => setMode("idle")}>
          Keep
        </button>
      </span>
    );
  }
  return (
    <span className="inline-form">
      <button
        type="button"
        onClick={() => {
          setDraft(run.label);
          setMode("renaming");
        }}
      >
        Rename
      </button>
      <button type="button" onClick={() => setMode("confirming")}>
        Delete
      </button>
    </span>
  );
}

export function SavedRunsTable({ runs, baselineId, onBaseline, ticked, onTick }: Props) {
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="table-scroll">
        <table data-testid="saved-runs">
          <thead>
            <tr>
              <th>Compare</th>
              <th>Baseline</th>
              <th>Run</th>
              <th>Device</th>
              <th className="num">Generation (t/s, batch 1)</th>
              <th className="num">Best aggregate (t/s)</th>
              <th>Power</th>
              <th>Saved</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => {
              const figures = runFigures(run.report);
              const measuredPower = run.report.results.some((row) => row.power.measured);
              const best = figures.curve.find((point) => point.generationTokensPerSecond === figures.bestAggregateTokensPerSecond);
              return (
                <tr key={run.id} data-testid="saved-run">
                  <td>
                    <input type="checkbox" aria-label={`Compare ${run.label}`} checked={ticked.has(run.id)} onChange={(event) => onTick(run.id, event.target.checked)} />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="baseline-run"
                      aria-label={`Use ${run.label} as the baseline`}
                      checked={baselineId === run.id}
                      disabled={figures.batch1TokensPerSecond === null}
                      title={figures.batch1TokensPerSecond === null ? "No generation test at one sequence: nothing to scale from" : undefined}
                      onChange={() => onBaseline(run.id)}
                    />
                  </td>
                  <td>
                    <div className="run-name">{run.label}</div>
                    <div className="muted small">
                      {run.source === "imported" ? "imported" : "measured here"} · {figures.modelFileName}
                      {figures.syntheticWeights && <span className="pill warn">synthetic weights</span>}
                    </div>
                  </td>
                  <td>
                    {figures.deviceName}
                    <div className="muted small">
                      {figures.hostName} · {figures.backend}
                    </div>
                  </td>
                  <td className="num">{formatTokensPerSecond(figures.batch1TokensPerSecond)}</td>
                  <td className="num">
                    {formatTokensPerSecond(figures.bestAggregateTokensPerSecond)}
                    {best && figures.curve.length > 1 && <div className="muted small">at {best.parallelSequences} in parallel</div>}
                  </td>
                  <td>{measuredPower ? <span className="pill ok">measured</span> : <span className="pill off">not measured</span>}</td>
                  <td className="small">{run.createdAt.slice(0, 10)}</td>
                  <td>
                    <RunActions run={run} onError={setError} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
