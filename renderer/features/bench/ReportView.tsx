import type { BenchReport } from "../../../shared/reports/benchReport";
import { downloadReport } from "./exportReport";
import { ResultsTable } from "./ResultsTable";
import { SyntheticBadge } from "./SyntheticBadge";

export function ReportView({ report, saved }: { report: BenchReport; saved: boolean | string }) {
  return (
    <section aria-labelledby="bench-results-title" data-testid="bench-report" data-status={report.status}>
      <header className="page-head">
        <h2 id="bench-results-title">
          Results {report.status !== "complete" && <span className="pill warn">{report.status}</span>}
        </h2>
        <button type="button" onClick={() => downloadReport(report)} data-testid="bench-export">
          Export JSON
        </button>
      </header>
      <p className="small">
        {report.model.fileName} · {report.model.modelType} {report.model.synthetic && <SyntheticBadge preset={report.model.syntheticPreset} />} · {report.build.backend} ·{" "}
        {report.system.cpu.brand} · node-llama-cpp {report.build.nodeLlamaCpp} · llama.cpp {report.build.llamaCppRelease ?? "?"} ({report.build.buildCommit})
      </p>
      {report.note && <p className="notice notice-info">{report.note}</p>}
      {report.results.length > 0 ? <ResultsTable report={report} /> : <p className="muted">No measurement finished.</p>}
      <p className="muted small">
        t/s is llama-bench's figure from the wall clock (prompt decoded in batches; generation through node-llama-cpp with greedy sampling). Decode t/s is
        llama.cpp's own decode time, the closest to llama-bench; the overhead column is the difference per token.
        {saved === true && " Saved with your runs: TCO and Compare can use it."}
        {typeof saved === "string" && ` ${saved}`}
      </p>
    </section>
  );
}
