import type { PriceChange } from "../../../shared/catalog/litellmImport";
import { PRICE_FIELD_LABELS, formatUsdPerMillion } from "./priceFormat";

type Props = {
  changed: readonly PriceChange[];
  labelOf: (id: string) => string;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
};

/** Prices the file would change on models already in the catalog, one row per model, ticked by default. */
export function ChangedPriceList({ changed, labelOf, selected, onToggle }: Props) {
  const byId = new Map<string, PriceChange[]>();
  for (const change of changed) byId.set(change.id, [...(byId.get(change.id) ?? []), change]);
  if (byId.size === 0) return <p className="muted">No price of a model already in the catalog changes.</p>;
  return (
    <table data-testid="import-changed">
      <thead>
        <tr>
          <th>Keep</th>
          <th>Model</th>
          <th>Price changes (USD / 1M tokens)</th>
        </tr>
      </thead>
      <tbody>
        {[...byId].map(([id, changes]) => (
          <tr key={id}>
            <td>
              <input type="checkbox" checked={selected.has(id)} onChange={() => onToggle(id)} aria-label={`Apply the new prices of ${labelOf(id)}`} />
            </td>
            <td>{labelOf(id)}</td>
            <td>
              {changes.map((change) => (
                <div key={change.field}>
                  {PRICE_FIELD_LABELS[change.field]} {formatUsdPerMillion(change.from)} → <strong>{formatUsdPerMillion(change.to)}</strong>
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
