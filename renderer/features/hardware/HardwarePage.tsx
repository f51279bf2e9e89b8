import { useApiCall } from "../../api/useApiCall";
import { ErrorNotice } from "../../components/ui/ErrorNotice";
import { formatBytes } from "../../components/ui/format";
import { BackendTable } from "./BackendTable";
import { GpuTable } from "./GpuTable";

export function HardwarePage() {
  const [state, reload] = useApiCall("system.describe", { refresh: true });
  return (
    <section aria-labelledby="hardware-title">
      <header className="page-head">
        <h1 id="hardware-title">Hardware</h1>
        <button type="button" onClick={reload} disabled={state.status === "loading"}>
          Refresh
        </button>
      </header>
      {state.status === "loading" && <p className="muted">Reading this machine…</p>}
      {state.status === "failed" && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <>
          <div className="cards">
            <dl className="card" data-testid="cpu-card">
              <dt>CPU</dt>
              <dd className="big">{state.value.cpu.brand}</dd>
              <dd>
                {state.value.cpu.physicalCores} cores · {state.value.cpu.threads} threads
                {state.value.cpu.speedGHz ? ` · ${state.value.cpu.speedGHz} GHz` : ""}
              </dd>
            </dl>
            <dl className="card" data-testid="ram-card">
              <dt>Memory</dt>
              <dd className="big">{formatBytes(state.value.memory.totalBytes)}</dd>
              <dd>{formatBytes(state.value.memory.availableBytes)} available</dd>
            </dl>
            <dl className="card">
              <dt>System</dt>
              <dd className="big">{state.value.os.distro}</dd>
              <dd>
                {state.value.os.platform} {state.value.os.release} · {state.value.os.arch}
              </dd>
            </dl>
          </div>
          <h2>GPUs</h2>
          <p data-testid="gpu-summary">{state.value.gpuSummary}</p>
          <GpuTable gpus={state.value.gpus} />
          <h2>Inference backends</h2>
          <BackendTable backends={state.value.backends} />
          <p className="muted small">
            node-llama-cpp {state.value.versions.nodeLlamaCpp} · llama.cpp {state.value.versions.llamaCppRelease ?? "unknown"} · Breakeven{" "}
            {state.value.versions.app}
          </p>
        </>
      )}
    </section>
  );
}
