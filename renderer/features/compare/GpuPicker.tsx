// Catalog GPUs to project onto. Each shows the two figures the projection uses (VRAM for the fit,
// bandwidth for the speed), so a user can see why one comes out faster than another.
import { gpuPriceProvenance, userFiguresMark } from "../../../shared/catalog/gpuEdits";
import type { GpuEntry } from "../../../shared/catalog/gpus";

type Props = {
  gpus: readonly GpuEntry[];
  ticked: ReadonlySet<string>;
  onTick: (id: string, on: boolean) => void;
  catalogDate: string | null;
};

export function GpuPicker({ gpus, ticked, onTick, catalogDate }: Props) {
  return (
    <div className="compare-panel">
      <h2>Project onto catalog GPUs</h2>
      <p className="muted small">
        Tick GPUs you do not have. Each is estimated from the baseline run by the ratio of memory bandwidths and always shown as “projected”.
        {catalogDate && ` GPU catalog of ${catalogDate}.`}
      </p>
      <div className="gpu-picker" data-testid="gpu-picker">
        {gpus.map((gpu) => (
          <label key={gpu.id} className="gpu-choice">
            <input type="checkbox" checked={ticked.has(gpu.id)} onChange={(event) => onTick(gpu.id, event.target.checked)} />
            <span>
              <span className="gpu-name">{gpu.label}</span>
              {userFiguresMark(gpu) !== null && (
                <span className="pill ok" title={`${gpuPriceProvenance(gpu)}: figures you entered on the Catalog page`} data-testid="user-figures">
                  {userFiguresMark(gpu)}
                </span>
              )}
              <span className="muted small">
                {gpu.vramGb} GB{gpu.unifiedMemory ? " unified" : ""} · {gpu.memoryBandwidthGBps} GB/s
              </span>
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}
