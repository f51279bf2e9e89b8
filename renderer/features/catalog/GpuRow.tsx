import type { MergedGpuEntry } from "../../../shared/catalog/gpuEdits";
import { ConfirmRemoveButton } from "./ConfirmRemoveButton";
import { GpuFigureCell } from "./GpuFigureCell";
import { GPU_ORIGIN_WORDS, OriginPills } from "./OriginPills";

export type GpuRowActions = {
  onEdit: () => void;
  /** Drops the user's quote on a shipped GPU. */
  onRevert: (gpu: MergedGpuEntry) => void;
  /** Deletes one of the user's own GPUs. */
  onRemove: (gpu: MergedGpuEntry) => void;
  /** Off while saved edits could not be read: a save would refuse anyway. */
  locked: boolean;
};

/** One GPU; every row keeps its sources and the day its figures were read or entered. */
export function GpuRow({ gpu, onEdit, onRevert, onRemove, locked }: { gpu: MergedGpuEntry } & GpuRowActions) {
  return (
    <tr data-testid={`gpu-row-${gpu.id}`}>
      <td title={gpu.notes}>
        <div className="row-title">{gpu.label}</div>
        {gpu.unifiedMemory && <span className="pill off" title="CPU and GPU share this memory; the GPU can use only part of it.">unified memory</span>}
        <OriginPills entry={gpu} words={GPU_ORIGIN_WORDS} />
      </td>
      <td>{gpu.vendor}</td>
      <td>{gpu.segment}</td>
      <td className="num">{gpu.vramGb}</td>
      <td className="num">{gpu.memoryBandwidthGBps.toLocaleString("en-US")}</td>
      <td className="num">{gpu.boardPowerWatts ?? "—"}</td>
      <GpuFigureCell gpu={gpu} field="purchaseUsd" />
      <GpuFigureCell gpu={gpu} field="cloudUsdPerHour" />
      <td>
        {gpu.editSource !== null && <div className="small">Quote: {gpu.editSource}</div>}
        <details className="nowrap">
          <summary>
            {gpu.sources.length} {gpu.sources.length === 1 ? "source" : "sources"}
          </summary>
          <ul className="small sources">
            {gpu.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </details>
      </td>
      <td className="nowrap">{gpu.origin === "user" ? `entered ${gpu.readOn}` : gpu.readOn}</td>
      <td className="row-actions">
        {!locked && (
          <button type="button" onClick={onEdit} aria-label={`Record a quote for ${gpu.label}`}>
            {gpu.origin === "user" ? "Edit prices" : "Quote"}
          </button>
        )}
        {!locked && gpu.origin === "edited" && (
          <button type="button" onClick={() => onRevert(gpu)} aria-label={`Revert ${gpu.label} to the shipped prices`}>
            Revert
          </button>
        )}
        {!locked && gpu.origin === "user" && <ConfirmRemoveButton label={gpu.label} onRemove={() => onRemove(gpu)} />}
      </td>
    </tr>
  );
}
