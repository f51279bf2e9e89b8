import { useState } from "react";
import { ErrorNotice } from "../../components/ui/ErrorNotice";
import { useCatalogs } from "../../db/useCatalogs";
import { GpuSection } from "./GpuSection";
import { UnreadableEditsNotice } from "./UnreadableEditsNotice";
import { VendorSection } from "./VendorSection";

type Tab = "vendor" | "gpus";

const TABS: { id: Tab; label: string }[] = [
  { id: "vendor", label: "Vendor API prices" },
  { id: "gpus", label: "GPUs" },
];

export function CatalogPage() {
  const catalogs = useCatalogs();
  const [tab, setTab] = useState<Tab>("vendor");
  return (
    <section aria-labelledby="catalog-title">
      <header className="page-head">
        <h1 id="catalog-title">Catalog</h1>
        <button type="button" onClick={catalogs.reload} disabled={catalogs.status === "loading"}>
          Reload
        </button>
      </header>
      {catalogs.catalogDate && (
        <p className="muted" data-testid="catalog-dates">
          Shipped vendor prices as of {catalogs.catalogDate.vendorPrices} · GPUs as of {catalogs.catalogDate.gpus}. Your edits are kept apart from the
          shipped catalog, so an app update never overwrites them.
        </p>
      )}
      {catalogs.status === "loading" && <p className="muted">Reading the catalogs…</p>}
      {catalogs.status === "failed" && catalogs.error && <ErrorNotice error={catalogs.error} onRetry={catalogs.reload} />}
      {catalogs.status === "ready" && (
        <>
          <UnreadableEditsNotice refreshKey={catalogs.edits} />
          {catalogs.editsError && <div className="notice notice-error" role="alert">{catalogs.editsError}</div>}
          {catalogs.hiddenEditIds.length > 0 && (
            <div className="notice notice-info">
              Saved edits of {catalogs.hiddenEditIds.join(", ")} are kept but not shown: those models left the shipped catalog.
            </div>
          )}
          <div className="tabs" role="tablist" aria-label="Catalogs">
            {TABS.map((candidate) => (
              <button
                key={candidate.id}
                type="button"
                role="tab"
                id={`catalog-tab-${candidate.id}`}
                aria-selected={tab === candidate.id}
                aria-controls="catalog-panel"
                className="tab"
                onClick={() => setTab(candidate.id)}
              >
                {candidate.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id="catalog-panel" aria-labelledby={`catalog-tab-${tab}`}>
            {tab === "vendor" ? (
              <VendorSection vendor={catalogs.vendor} edits={catalogs.edits} editsError={catalogs.editsError} saveEdits={catalogs.saveEdits} />
            ) : (
              <GpuSection gpus={catalogs.gpus} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
