// Where projections start: the baseline run's batch-1 speed and the bandwidth of the device it ran
// on. The page says where that bandwidth came from, since every projected row depends on it.
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { CPU_BANDWIDTH_HELP, type BaselineDeviceChoice, type ResolvedBaseline } from "./baseline";
import { formatTokensPerSecond } from "./format";
import { NumberInput } from "./NumberInput";
import type { RunFigures } from "./runFigures";

type Props = {
  runLabel: string | null;
  figures: RunFigures | null;
  choice: BaselineDeviceChoice;
  onChoice: (choice: BaselineDeviceChoice) => void;
  resolved: ResolvedBaseline | null;
  gpus: readonly GpuEntry[];
  allowanceGb: number;
  onAllowanceGb: (value: number) => void;
};

function choiceValue(choice: BaselineDeviceChoice): string {
  return choice.kind === "catalog" ? `gpu:${choice.gpuId}` : choice.kind;
}

function parseChoice(value: string, previous: BaselineDeviceChoice): BaselineDeviceChoice {
  if (value.startsWith("gpu:")) return { kind: "catalog", gpuId: value.slice(4) };
  if (value === "typed") return { kind: "typed", memoryBandwidthGBps: previous.kind === "typed" ? previous.memoryBandwidthGBps : null };
  return { kind: "auto" };
}

export function BaselinePanel({ runLabel, figures, choice, onChoice, resolved, gpus, allowanceGb, onAllowanceGb }: Props) {
  const typed = choice.kind === "typed" ? choice.memoryBandwidthGBps : null;
  return (
    <div className="compare-panel" data-testid="baseline-panel">
      <h2>Projection baseline</h2>
      {figures === null ? (
        <p className="muted">Pick a saved run as the baseline (the round button in the list above). Projections scale its batch-1 generation speed.</p>
      ) : (
        <>
          <p>
            <strong>{runLabel}</strong>: {formatTokensPerSecond(figures.batch1TokensPerSecond)} t/s ({figures.generationTest ?? "no generation test"}, one sequence) on{" "}
            {figures.deviceName}.
          </p>
          <div className="field-row">
            {figures.deviceKind === "gpu" && (
              <label className="compare-field">
                <span>Bandwidth of {figures.deviceName}</span>
                <select aria-label="Baseline device" value={choiceValue(choice)} onChange={(event) => onChoice(parseChoice(event.target.value, choice))}>
                  <option value="auto">Find it in the catalog by name</option>
                  {gpus.map((gpu) => (
                    <option key={gpu.id} value={`gpu:${gpu.id}`}>
                      It is a {gpu.label} ({gpu.memoryBandwidthGBps} GB/s)
                    </option>
                  ))}
                  <option value="typed">Type its bandwidth</option>
                </select>
              </label>
            )}
            {(figures.deviceKind === "cpu" || choice.kind === "typed") && (
              <NumberInput
                label={figures.deviceKind === "cpu" ? "System RAM bandwidth" : "Memory bandwidth"}
                unit="GB/s"
                value={typed}
                optional
                placeholder={figures.deviceKind === "cpu" ? "e.g. 89.6" : "e.g. 1008"}
                hint={figures.deviceKind === "cpu" ? CPU_BANDWIDTH_HELP : "From the GPU's datasheet."}
                onCommit={(value) => onChoice({ kind: "typed", memoryBandwidthGBps: value })}
              />
            )}
            <NumberInput
              label="Memory beyond the weights"
              unit="GB"
              value={allowanceGb}
              max={1000}
              hint="KV cache for your context × concurrency, plus compute buffers; counted in the VRAM fit check."
              onCommit={(value) => onAllowanceGb(value ?? 0)}
            />
          </div>
          {resolved?.ok === true && (
            <p className="small muted" data-testid="baseline-source">
              Bandwidth: {resolved.bandwidthSource}. Model weights: {(figures.modelSizeBytes / 1e9).toFixed(2)} GB.
            </p>
          )}
          {resolved?.ok === false && (
            <p className="notice notice-info" data-testid="baseline-problem">
              {resolved.reason}
            </p>
          )}
        </>
      )}
    </div>
  );
}
