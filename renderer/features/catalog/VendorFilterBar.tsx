import type { VendorFilter } from "./vendorFilter";

type Props = { filter: VendorFilter; providers: readonly string[]; onChange: (next: VendorFilter) => void; shown: number; total: number };

export function VendorFilterBar({ filter, providers, onChange, shown, total }: Props) {
  return (
    <div className="toolbar filters">
      <label>
        Search
        <input type="search" value={filter.search} placeholder="e.g. gpt mini" onChange={(event) => onChange({ ...filter, search: event.target.value })} />
      </label>
      <label>
        Provider
        <select value={filter.provider} onChange={(event) => onChange({ ...filter, provider: event.target.value })}>
          <option value="">All providers</option>
          {providers.map((provider) => (
            <option key={provider} value={provider}>
              {provider}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filter.editedOnly} onChange={(event) => onChange({ ...filter, editedOnly: event.target.checked })} />
        Only my edits and models
      </label>
      <span className="muted small">
        {shown} of {total} models
      </span>
    </div>
  );
}
