import type { GpuInfo } from "../../../shared/api/system";
import { formatBytes } from "../../components/ui/format";

export function GpuTable({ gpus }: { gpus: GpuInfo[] }) {
  if (gpus.length === 0) return null;
  return (
    <table>
      <thead>
        <tr>
          <th>Vendor</th>
          <th>Model</th>
          <th>VRAM</th>
          <th>Driver</th>
        </tr>
      </thead>
      <tbody>
        {gpus.map((gpu, index) => (
          <tr key={`${gpu.bus ?? ""}-${index}`}>
            <td>{gpu.vendor}</td>
            <td>{gpu.model}</td>
            <td>{formatBytes(gpu.vramBytes)}</td>
            <td>{gpu.driverVersion ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
