// Compare hardware (procurement): saved runs are measured options, catalog GPUs are projected from
// one baseline run, and every option is priced against one shared workload with the TCO model.
import { useMemo, useState } from "react";
import { DEFAULT_MEMORY_ALLOWANCE_GB, memoryAllowanceBytes } from "../../../shared/catalog/curveProjection";
import { defaultScenario, validateScenario, type ScenarioInput } from "../../../shared/tco";
import { ErrorNotice } from "../../components/ui/ErrorNotice";
import { useBenchReports } from "../../db/benchReportsRepo";
import { useScenarios } from "../../db/scenariosRepo";
import { useCatalogs } from "../../db/useCatalogs";
import { resolveBaseline, type BaselineDeviceChoice } from "./baseline";
import { BaselinePanel } from "./BaselinePanel";
import { buildCompareRows } from "./compareRows";
import { CompareTable } from "./CompareTable";
import { EfficiencyChart } from "./EfficiencyChart";
import { formatWholeUsd } from "./format";
import { GpuPicker } from "./GpuPicker";
import { ImportMessages, ImportRunButton } from "./ImportRunButton";
import type { ImportOutcome } from "./importRunFile";
import { applyWorkload, workloadFromScenario, type CompareWorkload } from "./optionScenario";
import { runFigures } from "./runFigures";
import { SavedRunsTable } from "./SavedRunsTable";
import { sortRows, type SortState } from "./sortRows";
import { DEFAULT_BASE_ID, WorkloadPanel } from "./WorkloadPanel";

function toggle(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

export function ComparePage() {
  const runs = useBenchReports();
  const catalogs = useCatalogs();
  const scenarios = useScenarios();
  const defaults = useMemo(() => defaultScenario(), []);

  const [importOutcomes, setImportOutcomes] = useState<ImportOutcome[]>([]);
  const [baselineId, setBaselineId] = useState<string | null>(null);
  const [choice, setChoice] = useState<BaselineDeviceChoice>({ kind: "auto" });
  const [tickedRuns, setTickedRuns] = useState<Set<string>>(() => new Set());
  const [tickedGpus, setTickedGpus] = useState<Set<string>>(() => new Set());
  const [baseId, setBaseId] = useState(DEFAULT_BASE_ID);
  const [workload, setWorkload] = useState<CompareWorkload>(() => workloadFromScenario(defaults));
  const [allowanceGb, setAllowanceGb] = useState(DEFAULT_MEMORY_ALLOWANCE_GB);
  const [sort, setSort] = useState<SortState>(null);

  // Saved scenarios are validated again here: one written by an older version may no longer be whole.
  const bases = useMemo(() => {
    const valid: { id: string; name: string; input: ScenarioInput; gpuId: string | undefined }[] = [];
    for (const row of scenarios ?? []) {
      const checked = validateScenario(row.input);
      if (checked.ok) valid.push({ id: row.id, name: row.name, input: checked.value, gpuId: row.catalogPicks?.gpuId });
    }
    return valid;
  }, [scenarios]);
  const baseRow = bases.find((candidate) => candidate.id === baseId);
  const base = baseRow?.input ?? defaults;
  const baseWasWholeMachine = catalogs.gpus.find((gpu) => gpu.id === baseRow?.gpuId)?.unifiedMemory === true;

  const baselineRun = runs?.find((run) => run.id === baselineId) ?? null;
  const baselineFigures = useMemo(() => (baselineRun ? runFigures(baselineRun.report) : null), [baselineRun]);
  const resolved = useMemo(
    () => (baselineFigures ? resolveBaseline(baselineFigures, choice, catalogs.gpus) : null),
    [baselineFigures, choice, catalogs.gpus],
  );

  const result = useMemo(() => {
    const scenario = applyWorkload(base, workload);
    return buildCompareRows({
      runs: (runs ?? []).filter((run) => tickedRuns.has(run.id)),
      projectOnto: catalogs.gpus.filter((gpu) => tickedGpus.has(gpu.id)),
      catalog: catalogs.gpus,
      baseline: baselineRun && resolved ? { run: baselineRun, resolved } : null,
      scenario,
      baseWasWholeMachine,
      hardware: workload.hardware,
      memoryAllowanceBytes: memoryAllowanceBytes(allowanceGb),
    });
  }, [base, baseWasWholeMachine, workload, runs, tickedRuns, catalogs.gpus, tickedGpus, baselineRun, resolved, allowanceGb]);
  const rows = useMemo(() => sortRows(result.rows, sort), [result.rows, sort]);
  // The vendor path is the same for every option (same workload), so any priced row can say it.
  const anyPriced = result.rows.find((row) => row.tco.ok)?.tco;

  function pickBaseline(id: string) {
    setBaselineId(id);
    setChoice({ kind: "auto" });
    setTickedRuns((current) => toggle(current, id, true));
  }

  function pickBase(id: string) {
    setBaseId(id);
    setWorkload(workloadFromScenario(bases.find((candidate) => candidate.id === id)?.input ?? defaults));
  }

  return (
    <section aria-labelledby="compare-title" className="compare-page">
      <header className="page-head">
        <h1 id="compare-title">Compare hardware</h1>
        <ImportRunButton onImported={setImportOutcomes} />
      </header>
      <p className="muted">
        The same workload against several GPUs: runs you measured, and GPUs you do not have, projected from one of those runs. Projected figures are
        estimates and are always marked “projected”.
      </p>
      <ImportMessages outcomes={importOutcomes} onDismiss={() => setImportOutcomes([])} />

      <h2>Saved runs</h2>
      {runs === undefined ? (
        <p className="muted">Reading saved runs…</p>
      ) : runs.length === 0 ? (
        <p className="muted" data-testid="no-runs">
          No saved runs yet. Measure one on the Benchmark page, or import a report made elsewhere with <code>breakeven bench -o json</code>.
        </p>
      ) : (
        <SavedRunsTable
          runs={runs}
          baselineId={baselineId}
          onBaseline={pickBaseline}
          ticked={tickedRuns}
          onTick={(id, on) => setTickedRuns((current) => toggle(current, id, on))}
        />
      )}

      <BaselinePanel
        runLabel={baselineRun?.label ?? null}
        figures={baselineFigures}
        choice={choice}
        onChoice={setChoice}
        resolved={resolved}
        gpus={catalogs.gpus}
        allowanceGb={allowanceGb}
        onAllowanceGb={setAllowanceGb}
      />

      {catalogs.status === "failed" && catalogs.error && <ErrorNotice error={catalogs.error} onRetry={catalogs.reload} />}
      {catalogs.status === "loading" && <p className="muted">Reading the GPU catalog…</p>}
      {catalogs.status === "ready" && (
        <GpuPicker
          gpus={catalogs.gpus}
          ticked={tickedGpus}
          onTick={(id, on) => setTickedGpus((current) => toggle(current, id, on))}
          catalogDate={catalogs.catalogDate?.gpus ?? null}
        />
      )}

      <WorkloadPanel workload={workload} onWorkload={setWorkload} bases={bases} baseId={baseId} onBaseId={pickBase} vendor={catalogs.vendor} />

      <h2>Side by side</h2>
      {result.notices.map((notice) => (
        <p key={notice} className="notice notice-info" data-testid="compare-notice">
          {notice}
        </p>
      ))}
      {rows.length === 0 ? (
        <p className="muted">Tick saved runs or catalog GPUs to compare them.</p>
      ) : (
        <>
          {anyPriced?.ok && (
            <p className="small" data-testid="vendor-total">
              Staying on the vendor API costs {formatWholeUsd(anyPriced.vendorUsd36)} over 36 months with this workload; each row’s TCO includes the
              distillation project, people, ops and the traffic still sent to the vendor.
            </p>
          )}
          <CompareTable rows={rows} sort={sort} onSort={setSort} />
          <EfficiencyChart rows={rows} />
        </>
      )}
    </section>
  );
}
