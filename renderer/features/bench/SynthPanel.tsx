// "Create a synthetic model": a real model's tensor layout with random weights, written here, so an
// air-gapped machine can benchmark a 7B shape without downloading anything.
import { useEffect, useState } from "react";
import type { SynthPresetsResult } from "../../../shared/api/synth";
import { useApiCall } from "../../api/useApiCall";
import { ErrorNotice } from "../../components/ui/ErrorNotice";
import { formatBytes } from "../../components/ui/format";
import { useSynthCreate } from "./useSynthCreate";

function suggestedPath(presets: SynthPresetsResult, preset: string, quant: string): string {
  const separator = presets.defaultDirectory.includes("\\") ? "\\" : "/";
  return `${presets.defaultDirectory}${separator}synthetic-${preset}-${quant}.gguf`;
}

export function SynthPanel({ onCreated }: { onCreated: (path: string) => void }) {
  const [presetsState] = useApiCall("synth.presets");
  const [preset, setPreset] = useState("deepseek-r1-distill-qwen-7b");
  const [quant, setQuant] = useState("Q4_K_M");
  const [path, setPath] = useState("");
  const [pathEdited, setPathEdited] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const { state, create, cancel } = useSynthCreate(onCreated);
  const presets = presetsState.status === "ready" ? presetsState.value : null;

  useEffect(() => {
    if (presets && !pathEdited) setPath(suggestedPath(presets, preset, quant));
  }, [presets, preset, quant, pathEdited]);

  if (presetsState.status === "failed") return <ErrorNotice error={presetsState.error} />;
  if (!presets) return <p className="muted">Loading presets…</p>;
  const size = presets.presets.find((candidate) => candidate.id === preset)?.sizes.find((entry) => entry.quant === quant)?.bytes;
  const writing = state.status === "writing";

  return (
    <div className="bench-synth" data-testid="synth-panel">
      <div className="bench-fields">
        <label>
          Shape
          <select value={preset} onChange={(event) => setPreset(event.target.value)} disabled={writing} data-testid="synth-preset">
            {presets.presets.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
                {candidate.forTesting ? " (tests)" : ""}
              </option>
            ))}
          </select>
        </label>
        <label>
          Quantization
          <select value={quant} onChange={(event) => setQuant(event.target.value)} disabled={writing} data-testid="synth-quant">
            {presets.quants.map((candidate) => (
              <option key={candidate}>{candidate}</option>
            ))}
          </select>
        </label>
        <label className="grow">
          File to write
          <input
            value={path}
            onChange={(event) => {
              setPath(event.target.value);
              setPathEdited(true);
            }}
            disabled={writing}
            data-testid="synth-path"
          />
        </label>
      </div>
      <div className="bench-actions">
        <label className="inline">
          <input type="checkbox" checked={overwrite} onChange={(event) => setOverwrite(event.target.checked)} disabled={writing} /> replace an existing file
        </label>
        <button type="button" onClick={() => void create(preset, quant, path, overwrite)} disabled={writing || path.trim() === ""} data-testid="synth-create">
          Create {size !== undefined ? `(${formatBytes(size)})` : ""}
        </button>
        {writing && (
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        )}
      </div>
      {writing && (
        <p className="muted" data-testid="synth-progress">
          Writing… {state.progress ? `${formatBytes(state.progress.bytesWritten)} of ${formatBytes(state.progress.totalBytes)}` : ""}
          {state.progress && <progress max={state.progress.totalBytes} value={state.progress.bytesWritten} />}
        </p>
      )}
      {state.status === "done" && (
        <p className="notice notice-info" data-testid="synth-done">
          Wrote {state.result.path} ({formatBytes(state.result.sizeBytes)}) in {(state.result.durationMs / 1000).toFixed(1)} s. Results measured on it are marked
          “synthetic weights”: the timings are real, the text would be noise.
        </p>
      )}
      {state.status === "failed" && <ErrorNotice error={state.error} />}
    </div>
  );
}
