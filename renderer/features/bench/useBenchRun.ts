// A benchmark run from this page: bench.run with live bench.progress events, cancel, and the
// finished report saved with the other runs (TCO and Compare read them from there).
import { useCallback, useEffect, useRef, useState } from "react";
import type { BenchProgress } from "../../../shared/bench/progress";
import type { BenchSpecInput } from "../../../shared/bench/spec";
import type { BenchReport } from "../../../shared/reports/benchReport";
import { ApiClientError } from "../../api/ApiClientError";
import { useApi } from "../../api/ApiContext";
import { saveBenchReport } from "../../db/benchReportsRepo";

export type RunState =
  | { status: "idle" }
  | { status: "running"; runId: string; progress: BenchProgress | null; cancelling: boolean }
  | { status: "finished"; report: BenchReport; saved: boolean | string }
  | { status: "failed"; error: ApiClientError };

function newRunId(): string {
  return typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `run-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function useBenchRun() {
  const api = useApi();
  const [state, setState] = useState<RunState>({ status: "idle" });
  const runId = useRef<string | null>(null);

  useEffect(
    () =>
      api.on("bench.progress", (progress) => {
        if (progress.runId !== runId.current) return;
        setState((current) => (current.status === "running" ? { ...current, progress } : current));
      }),
    [api],
  );

  const start = useCallback(
    async (spec: BenchSpecInput) => {
      const id = newRunId();
      runId.current = id;
      setState({ status: "running", runId: id, progress: null, cancelling: false });
      try {
        const report = await api.call("bench.run", { runId: id, spec });
        let saved: boolean | string = false;
        if (report.results.length > 0) {
          saved = await saveBenchReport(report, "measured").then(
            () => true,
            (error: unknown) => `It could not be saved in this browser's storage: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        setState({ status: "finished", report, saved });
      } catch (error) {
        setState({ status: "failed", error: error instanceof ApiClientError ? error : new ApiClientError("INTERNAL", String(error)) });
      } finally {
        runId.current = null;
      }
    },
    [api],
  );

  const cancel = useCallback(() => {
    const id = runId.current;
    if (!id) return;
    setState((current) => (current.status === "running" ? { ...current, cancelling: true } : current));
    void api.call("bench.cancel", { runId: id }).catch(() => undefined);
  }, [api]);

  return { state, start, cancel };
}
