import { useMemo, useState } from "react";
import type { CatalogEdits } from "../../../shared/catalog/catalogs";
import { ErrorNotice } from "../../components/ui/ErrorNotice";
import { useCatalogs } from "../../db/useCatalogs";
import { EditsFileActions } from "./EditsFileActions";
import { GpuSection } from "./GpuSection";
import { SaveMessageView } from "./SaveMessageView";
import { useEditSaver } from "./useEditSaver";
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
  const fileSaver = useEditSaver(catalogs.saveAllEdits);
  const allEdits = useMemo<CatalogEdits>(() => ({ vendor: catalogs.edits, gpus: catalogs.gpuEdits }), [catalogs.edits, catalogs.gpuEdits]);
  const hiddenEditIds = [...catalogs.hiddenEditIds, ...catalogs.hiddenGpuEditIds];
  return (
    <section aria-labelledby="catalog-title">
      <header className="page-head">
        <h1 id="catalog-title">Catalog</h1>
        <div className="toolbar">
          {catalogs.status === "ready" && catalogs.editsError === null && (
            <EditsFileActions edits={allEdits} save={fileSaver.save} onError={(text) => fileSaver.setMessage({ kind: "failed", text })} />
          )}
          <button type="button" onClick={catalogs.reload} disabled={catalogs.status === "loading"}>
            Reload
          </button>
        </div>
      </header>
      <SaveMessageView message={fileSaver.message} onClose={() => fileSaver.setMessage(null)} />
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
          <UnreadableEditsNotice refreshKey={allEdits} />
          {catalogs.editsError && <div className="notice notice-error" role="alert">{catalogs.editsError}</div>}
          {hiddenEditIds.length > 0 && (
            <div className="notice notice-info">
              Saved edits of {hiddenEditIds.join(", ")} are kept but not shown: they left the shipped catalog.
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
              <GpuSection gpus={catalogs.gpus} gpuEdits={catalogs.gpuEdits} editsError={catalogs.editsError} saveGpuEdits={catalogs.saveGpuEdits} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
