import { useMemo, useState } from "react";
import type { VendorEntry } from "../../../shared/catalog/vendorPrices";
import { formatUsdPerMillion } from "./priceFormat";

// LiteLLM's file has about 1,500 chat models; adding them all would bury the handful a team
// compares against. So none is ticked by default, and the list shows a page of matches at a time.
const SHOWN_AT_MOST = 100;

type Props = {
  added: readonly VendorEntry[];
  selected: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
};

export function AddedModelPicker({ added, selected, onChange }: Props) {
  const [search, setSearch] = useState("");
  const matches = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter((word) => word !== "");
    return added.filter((entry) => words.every((word) => `${entry.id} ${entry.provider}`.toLowerCase().includes(word)));
  }, [added, search]);
  const shown = matches.slice(0, SHOWN_AT_MOST);

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };

  if (added.length === 0) return <p className="muted">The file has no model the catalog lacks.</p>;
  return (
    <div data-testid="import-added">
      <div className="toolbar">
        <input type="search" placeholder="Search new models, e.g. llama 8b" value={search} onChange={(event) => setSearch(event.target.value)} aria-label="Search new models" />
        <button type="button" onClick={() => onChange(new Set([...selected, ...shown.map((entry) => entry.id)]))} disabled={shown.length === 0}>
          Tick the {shown.length} shown
        </button>
        <button type="button" onClick={() => onChange(new Set())} disabled={selected.size === 0}>
          Untick all
        </button>
        <span className="muted">{selected.size} ticked</span>
      </div>
      <div className="scroll-box">
        <table>
          <thead>
            <tr>
              <th>Add</th>
              <th>Model (LiteLLM key)</th>
              <th>Provider</th>
              <th className="num">Input (USD / 1M tokens)</th>
              <th className="num">Output (USD / 1M tokens)</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <input type="checkbox" checked={selected.has(entry.id)} onChange={() => toggle(entry.id)} aria-label={`Add ${entry.id}`} />
                </td>
                <td>{entry.id}</td>
                <td>{entry.provider}</td>
                <td className="num">{formatUsdPerMillion(entry.usdPerMillionInput)}</td>
                <td className="num">{formatUsdPerMillion(entry.usdPerMillionOutput)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matches.length > shown.length && (
        <p className="muted small">
          Showing {shown.length} of {matches.length} matches: type more of a name to narrow the list.
        </p>
      )}
    </div>
  );
}
