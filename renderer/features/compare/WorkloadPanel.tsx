// The one workload every option is priced against. It starts from a saved TCO scenario (or the
// defaults) so Compare and the TCO page agree; vendor prices can be filled from the catalog.
import type { MergedVendorEntry } from "../../../shared/catalog/mergeCatalog";
import { NumberInput } from "./NumberInput";
import type { CompareWorkload } from "./optionScenario";

export const DEFAULT_BASE_ID = "default";

type Props = {
  workload: CompareWorkload;
  onWorkload: (next: CompareWorkload) => void;
  bases: { id: string; name: string }[];
  baseId: string;
  onBaseId: (id: string) => void;
  vendor: readonly MergedVendorEntry[];
};

export function WorkloadPanel({ workload, onWorkload, bases, baseId, onBaseId, vendor }: Props) {
  function set<K extends keyof CompareWorkload>(key: K) {
    return (value: CompareWorkload[K] | null) => {
      if (value !== null) onWorkload({ ...workload, [key]: value });
    };
  }

  function fillFromCatalog(id: string) {
    const entry = vendor.find((candidate) => candidate.id === id);
    if (entry === undefined) return;
    onWorkload({
      ...workload,
      usdPerMillionInputTokens: entry.usdPerMillionInput,
      usdPerMillionOutputTokens: entry.usdPerMillionOutput,
      // Without a cached price the vendor bills cached tokens as ordinary input.
      usdPerMillionCachedInputTokens: entry.usdPerMillionCachedInput ?? entry.usdPerMillionInput,
    });
  }

  return (
    <div className="compare-panel" data-testid="workload-panel">
      <h2>Shared workload</h2>
      <div className="field-row">
        <label className="compare-field">
          <span>Start from</span>
          <select value={baseId} onChange={(event) => onBaseId(event.target.value)}>
            <option value={DEFAULT_BASE_ID}>Default assumptions</option>
            {bases.map((base) => (
              <option key={base.id} value={base.id}>
                Scenario: {base.name}
              </option>
            ))}
          </select>
          <span className="field-hint">Team, project and hybrid-routing figures come from here.</span>
        </label>
        <NumberInput label="Requests per month" unit="requests" value={workload.requestsPerMonth} max={1e12} onCommit={set("requestsPerMonth")} />
        <NumberInput label="Input per request" unit="tokens" value={workload.inputTokensPerRequest} max={1e7} onCommit={set("inputTokensPerRequest")} />
        <NumberInput label="Output per request" unit="tokens" value={workload.outputTokensPerRequest} min={1} max={1e7} onCommit={set("outputTokensPerRequest")} />
        <NumberInput label="Monthly growth" unit="% a month" value={workload.monthlyGrowthShare} scale={100} min={-0.5} max={1} onCommit={set("monthlyGrowthShare")} />
      </div>
      <div className="field-row">
        <label className="compare-field">
          <span>Vendor prices from the catalog</span>
          <select value="" onChange={(event) => fillFromCatalog(event.target.value)}>
            <option value="">Pick a model to fill the prices…</option>
            {vendor.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label} ({entry.provider}) ${entry.usdPerMillionInput} / ${entry.usdPerMillionOutput}, {entry.priceDate}
              </option>
            ))}
          </select>
        </label>
        <NumberInput label="Vendor input" unit="$ per 1M tokens" value={workload.usdPerMillionInputTokens} max={1000} onCommit={set("usdPerMillionInputTokens")} />
        <NumberInput label="Vendor output" unit="$ per 1M tokens" value={workload.usdPerMillionOutputTokens} max={1000} onCommit={set("usdPerMillionOutputTokens")} />
        <NumberInput label="Vendor cached input" unit="$ per 1M tokens" value={workload.usdPerMillionCachedInputTokens} max={1000} onCommit={set("usdPerMillionCachedInputTokens")} />
      </div>
      <div className="field-row">
        <NumberInput
          label="Service level"
          unit="t/s per request"
          value={workload.minTokensPerSecondPerRequest}
          min={0.1}
          max={10_000}
          hint="Each option serves at the highest measured concurrency that still gives every request this speed."
          onCommit={set("minTokensPerSecondPerRequest")}
        />
        <label className="compare-field">
          <span>Hardware</span>
          <select value={workload.hardware} onChange={(event) => onWorkload({ ...workload, hardware: event.target.value === "rented" ? "rented" : "bought" })}>
            <option value="bought">Buy (catalog purchase price)</option>
            <option value="rented">Rent (catalog cloud price per GPU-hour)</option>
          </select>
          <span className="field-hint">When the catalog lacks that price for a GPU, the other one is used and the row says so.</span>
        </label>
      </div>
    </div>
  );
}
