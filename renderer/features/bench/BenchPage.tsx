// Benchmark: inspect a GGUF model (header only), or write a synthetic one, then measure it the
// llama-bench way with live progress and cancel; the report is saved and can be exported.
import { useCallback, useState } from "react";
import { ErrorNotice } from "../../components/ui/ErrorNotice";
import { BenchForm } from "./BenchForm";
import { DEFAULT_FORM, specFromForm, type BenchFormState } from "./benchForm";
import { InspectionView } from "./InspectionView";
import { ReportView } from "./ReportView";
import { RunProgress } from "./RunProgress";
import { SynthPanel } from "./SynthPanel";
import { useBenchRun } from "./useBenchRun";
import { useInspect } from "./useInspect";

export function BenchPage() {
  const [modelPath, setModelPath] = useState("");
  const [form, setForm] = useState<BenchFormState>(DEFAULT_FORM);
  const [formError, setFormError] = useState<string | null>(null);
  const { state: inspectState, inspect } = useInspect();
  const { state: runState, start, cancel } = useBenchRun();
  const running = runState.status === "running";

  const onSynthCreated = useCallback(
    (path: string) => {
      setModelPath(path);
      void inspect(path);
    },
    [inspect],
  );

  function run() {
    const result = specFromForm(modelPath, form);
    setFormError(result.ok ? null : result.error);
    if (result.ok) void start(result.spec);
  }

  return (
    <section aria-labelledby="bench-title" className="bench-page">
      <header className="page-head">
        <h1 id="bench-title">Benchmark</h1>
      </header>
      <p className="muted">
        Measures what this machine does with a GGUF model, with llama-bench's tests and statistics: one warm-up, then repeated runs; mean ± standard deviation.
      </p>

      <h2>Model</h2>
      <form
        className="bench-actions"
        onSubmit={(event) => {
          event.preventDefault();
          if (modelPath.trim()) void inspect(modelPath.trim());
        }}
      >
        <label className="grow">
          GGUF file
          <input value={modelPath} onChange={(event) => setModelPath(event.target.value)} placeholder="/path/to/model.gguf" data-testid="model-path" disabled={running} />
        </label>
        <button type="submit" disabled={modelPath.trim() === "" || inspectState.status === "reading"} data-testid="inspect-button">
          {inspectState.status === "reading" ? "Reading…" : "Inspect"}
        </button>
      </form>
      <details className="bench-details">
        <summary>No model here? Create a synthetic one</summary>
        <SynthPanel onCreated={onSynthCreated} />
      </details>
      {inspectState.status === "failed" && <ErrorNotice error={inspectState.error} />}
      {inspectState.status === "ready" && <InspectionView model={inspectState.inspection} />}

      <h2>Tests</h2>
      <BenchForm form={form} onChange={setForm} disabled={running} />
      <div className="bench-actions">
        <button type="button" className="primary" onClick={run} disabled={running} data-testid="bench-run-button">
          Run benchmark
        </button>
        {running && (
          <button type="button" onClick={cancel} disabled={runState.cancelling} data-testid="bench-cancel">
            Cancel
          </button>
        )}
      </div>
      {formError && <p className="notice notice-error">{formError}</p>}
      {running && <RunProgress progress={runState.progress} cancelling={runState.cancelling} />}
      {runState.status === "failed" && <ErrorNotice error={runState.error} />}
      {runState.status === "finished" && <ReportView report={runState.report} saved={runState.saved} />}
    </section>
  );
}
