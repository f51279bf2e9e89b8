import type { GpuEntry } from "../../../shared/catalog/gpus";
import { GPU_SEGMENTS, type GpuFilter } from "./gpuFormat";

type Props = { filter: GpuFilter; vendors: readonly GpuEntry["vendor"][]; onChange: (next: GpuFilter) => void; shown: number; total: number };

export function GpuFilterBar({ filter, vendors, onChange, shown, total }: Props) {
  return (
    <div className="toolbar filters">
      <label>
        Search
        <input type="search" value={filter.search} placeholder="e.g. 4090" onChange={(event) => onChange({ ...filter, search: event.target.value })} />
      </label>
      <label>
        Segment
        <select value={filter.segment} onChange={(event) => onChange({ ...filter, segment: event.target.value as GpuFilter["segment"] })}>
          <option value="">All segments</option>
          {GPU_SEGMENTS.map((segment) => (
            <option key={segment} value={segment}>
              {segment}
            </option>
          ))}
        </select>
      </label>
      <label>
        Vendor
        <select value={filter.vendor} onChange={(event) => onChange({ ...filter, vendor: event.target.value as GpuFilter["vendor"] })}>
          <option value="">All vendors</option>
          {vendors.map((vendor) => (
            <option key={vendor} value={vendor}>
              {vendor}
            </option>
          ))}
        </select>
      </label>
      <span className="muted small">
        {shown} of {total} GPUs
      </span>
    </div>
  );
}
