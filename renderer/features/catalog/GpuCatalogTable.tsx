import type { GpuEntry, UsdFigure } from "../../../shared/catalog/gpus";
import { describeUsdFigure } from "./gpuFormat";

function FigureCell({ figure }: { figure: UsdFigure | null }) {
  const text = describeUsdFigure(figure);
  return (
    <td className="num" title={text.note ?? undefined}>
      {text.main}
      {text.range !== null && <span className="price-date">{text.range}</span>}
      {text.note !== null && <span className="price-date clamp">{text.note}</span>}
    </td>
  );
}

/** The shipped GPU catalog; every row keeps its sources and the day its figures were read. */
export function GpuCatalogTable({ gpus }: { gpus: readonly GpuEntry[] }) {
  return (
    <table data-testid="gpu-catalog-table">
      <thead>
        <tr>
          <th>GPU</th>
          <th>Vendor</th>
          <th>Segment</th>
          <th className="num">VRAM (GB)</th>
          <th className="num">Bandwidth (GB/s)</th>
          <th className="num">Board power (W)</th>
          <th className="num">Purchase (USD)</th>
          <th className="num">Cloud (USD / h)</th>
          <th>Sources</th>
          <th>Read on (date)</th>
        </tr>
      </thead>
      <tbody>
        {gpus.map((gpu) => (
          <tr key={gpu.id} data-testid={`gpu-row-${gpu.id}`}>
            <td title={gpu.notes}>
              <div className="row-title">{gpu.label}</div>
              {gpu.unifiedMemory && <span className="pill off" title="CPU and GPU share this memory; the GPU can use only part of it.">unified memory</span>}
            </td>
            <td>{gpu.vendor}</td>
            <td>{gpu.segment}</td>
            <td className="num">{gpu.vramGb}</td>
            <td className="num">{gpu.memoryBandwidthGBps.toLocaleString("en-US")}</td>
            <td className="num">{gpu.boardPowerWatts ?? "—"}</td>
            <FigureCell figure={gpu.purchaseUsd} />
            <FigureCell figure={gpu.cloudUsdPerHour} />
            <td>
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
            <td className="nowrap">{gpu.readOn}</td>
          </tr>
        ))}
        {gpus.length === 0 && (
          <tr>
            <td colSpan={10} className="muted">
              No GPU matches these filters.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
