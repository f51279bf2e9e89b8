import type { BackendProbe } from "../../../shared/api/system";
import { formatBytes } from "../../components/ui/format";

export function BackendTable({ backends }: { backends: BackendProbe[] }) {
  return (
    <table data-testid="backend-table">
      <thead>
        <tr>
          <th>Backend</th>
          <th>Status</th>
          <th>Details</th>
        </tr>
      </thead>
      <tbody>
        {backends.map((probe) => (
          <tr key={probe.backend}>
            <td>{probe.backend.toUpperCase()}</td>
            <td>{probe.loads ? <span className="pill ok">loads</span> : <span className="pill off">not available</span>}</td>
            <td>
              {probe.loads
                ? [probe.deviceNames?.join(", "), probe.vramTotalBytes ? `${formatBytes(probe.vramTotalBytes)} VRAM` : null].filter(Boolean).join(" · ") || "—"
                : probe.reason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
