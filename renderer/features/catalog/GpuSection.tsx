import { useMemo, useState } from "react";
import type { GpuEntry } from "../../../shared/catalog/gpus";
import { GpuCatalogTable } from "./GpuCatalogTable";
import { filterGpus, GPU_SEGMENTS, NO_GPU_FILTER, type GpuFilter } from "./gpuFormat";

export function GpuSection({ gpus }: { gpus: readonly GpuEntry[] }) {
  const [filter, setFilter] = useState<GpuFilter>(NO_GPU_FILTER);
  const vendors = useMemo(() => [...new Set(gpus.map((gpu) => gpu.vendor))].sort(), [gpus]);
  const shown = useMemo(() => filterGpus(gpus, filter), [gpus, filter]);
  return (
    <div>
      <div className="toolbar filters">
        <label>
          Search
          <input type="search" value={filter.search} placeholder="e.g. 4090" onChange={(event) => setFilter({ ...filter, search: event.target.value })} />
        </label>
        <label>
          Segment
          <select value={filter.segment} onChange={(event) => setFilter({ ...filter, segment: event.target.value as GpuFilter["segment"] })}>
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
          <select value={filter.vendor} onChange={(event) => setFilter({ ...filter, vendor: event.target.value as GpuFilter["vendor"] })}>
            <option value="">All vendors</option>
            {vendors.map((vendor) => (
              <option key={vendor} value={vendor}>
                {vendor}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">
          {shown.length} of {gpus.length} GPUs
        </span>
      </div>
      <GpuCatalogTable gpus={shown} />
      <p className="muted small">
        Board power is the rated maximum; a batch-1 7B model rarely draws it all. Prices are rough: the note under each says what was priced.
      </p>
    </div>
  );
}
