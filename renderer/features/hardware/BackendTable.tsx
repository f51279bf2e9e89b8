import type { BackendProbe } from "../../../shared/api/system";
import { formatBytes } from "../../components/ui/format";

function Status({ probe }: { probe: BackendProbe }) {
  if (probe.loads) return <span className="pill ok">loads</span>;
  if (probe.onThisPlatform === false) return <span className="pill off">not on this platform</span>;
  return <span className="pill warn">not available</span>;
}

function details(probe: BackendProbe): string {
  if (!probe.loads) return probe.reason ?? "—";
  return [probe.deviceNames?.join(", "), probe.vramTotalBytes ? `${formatBytes(probe.vramTotalBytes)} VRAM` : null].filter(Boolean).join(" · ") || "—";
}

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
          <tr key={probe.backend} data-testid={`backend-${probe.backend}`}>
            <td>{probe.backend.toUpperCase()}</td>
            <td>
              <Status probe={probe} />
            </td>
            <td>{details(probe)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
