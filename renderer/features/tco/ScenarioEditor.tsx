import { useMemo, useState } from "react";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import type { StoredScenario } from "../../db/db";
import { useCatalogs } from "../../db/useCatalogs";
import { matchGpuEntry, selfHostFromGpu } from "./catalogPick";
import { issuesByPath } from "./editing";
import { HeadlineCards } from "./HeadlineCards";
import { SaveStatus } from "./SaveStatus";
import { ScenarioForm } from "./ScenarioForm";
import { TcoCharts } from "./TcoCharts";
import { ThroughputSourceNote } from "./ThroughputSourceNote";
import { useAutosave } from "./useAutosave";
import { useScenarioDraft } from "./useScenarioDraft";
import { findCatalogGpu } from "./throughputFromRun";
import { useTcoResults } from "./useTcoResults";
import { VerdictBanner } from "./VerdictBanner";

/** One scenario: its inputs on the left, the answer on the right, recomputed on every change and saved as it goes. */
export function ScenarioEditor({ row }: { row: StoredScenario }) {
  const { draft, setField, replace, pick } = useScenarioDraft(row);
  const { checked, validInput, result, stale, sensitivity, breakEvenVolume } = useTcoResults(draft.input);
  const save = useAutosave(row, draft, checked);
  const catalogs = useCatalogs();
  const [gpuNotes, setGpuNotes] = useState<string[]>([]);
  const gpu = matchGpuEntry(draft.input.selfHost, catalogs.gpus, draft.picks.gpuId);
  const errors = useMemo(() => issuesByPath(checked.ok ? [] : checked.issues), [checked]);

  const onPickGpu = (entry: GpuEntry) => {
    const source = draft.source;
    const wattsOrigin = source.kind === "measured" ? { device: source.device, gpu: findCatalogGpu(source.device, catalogs.gpus) } : undefined;
    const picked = selfHostFromGpu(entry, draft.input.selfHost, gpu, wattsOrigin);
    setGpuNotes(picked.notes);
    pick({ ...draft.input, selfHost: picked.value }, { gpuId: entry.id });
  };

  return (
    <div className="tco-layout">
      <div className="tco-inputs">
        {!checked.ok && (
          <div className="notice notice-error small" role="status" data-testid="input-issues">
            <strong>
              {checked.issues.length} field{checked.issues.length === 1 ? " needs" : "s need"} attention.
            </strong>{" "}
            The figures show the last valid version, and nothing is saved until these are fixed:
            <ul>
              {checked.issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          </div>
        )}
        <ScenarioForm
          input={draft.input}
          onField={setField}
          errors={errors}
          source={draft.source}
          vendors={catalogs.vendor}
          gpus={catalogs.gpus}
          catalogStatus={catalogs.status}
          gpu={gpu}
          gpuNotes={gpuNotes}
          onPickGpu={onPickGpu}
          onReplace={replace}
          picks={draft.picks}
          onPick={pick}
        />
      </div>
      <div className="tco-results" aria-live="polite">
        <SaveStatus state={save} />
        {catalogs.status === "failed" && <p className="notice notice-error small">The catalogs could not be read ({catalogs.error?.message}); type prices by hand.</p>}
        {result === undefined || validInput === undefined ? (
          <p className="notice notice-info">Fix the highlighted fields to see the figures.</p>
        ) : (
          <div className={stale ? "stale" : undefined}>
            <VerdictBanner input={validInput} result={result} />
            <HeadlineCards input={validInput} result={result} volume={breakEvenVolume} />
            <ThroughputSourceNote source={draft.source} />
            <TcoCharts result={result} sensitivity={sensitivity} gpuLabel={gpu?.label ?? "Your GPU"} />
          </div>
        )}
      </div>
    </div>
  );
}
