// The one way a page reads the catalogs: shipped vendor prices and GPUs with the user's edits laid
// over them. The Catalog page edits through it; TCO and comparison pages only read.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ApiClient } from "../../shared/api/contract";
import type { CatalogEdits, Catalogs } from "../../shared/catalog/catalogs";
import { EMPTY_GPU_USER_EDITS, mergeGpus, type GpuUserEdits, type MergedGpuEntry } from "../../shared/catalog/gpuEdits";
import {
  EMPTY_VENDOR_USER_EDITS,
  mergeVendorPrices,
  type MergedVendorEntry,
  type VendorUserEdits,
} from "../../shared/catalog/mergeCatalog";
import { useApi } from "../api/ApiContext";
import { getDb } from "./db";
import { loadEditsDocument, saveEditsDocument } from "./editsDocumentRepo";
import { GPU_EDITS_DOCUMENT } from "./gpuEditsRepo";
import { VENDOR_EDITS_DOCUMENT } from "./vendorEditsRepo";

const NO_EDITS: CatalogEdits = { vendor: EMPTY_VENDOR_USER_EDITS, gpus: EMPTY_GPU_USER_EDITS };

export type CatalogsView = {
  status: "loading" | "ready" | "failed";
  /** Every vendor model, shipped order first, then the user's own; each price with its date. [] until ready. */
  vendor: MergedVendorEntry[];
  /** Every GPU, shipped order first, then the user's own; the user's quotes laid over shipped prices. [] until ready. */
  gpus: MergedGpuEntry[];
  /** The day each shipped catalog was compiled (YYYY-MM-DD); null until ready. */
  catalogDate: { vendorPrices: string; gpus: string } | null;
  /** Why status is "failed" (the shipped catalogs could not be read). */
  error: Error | null;
  /** The stored edits behind `vendor`, for the Catalog page to change and pass to saveEdits. */
  edits: VendorUserEdits;
  /** The stored GPU edits behind `gpus`, for the Catalog page to change and pass to saveGpuEdits. */
  gpuEdits: GpuUserEdits;
  /** Set when the saved edits could not be read from the database: figures show as shipped and every save refuses. */
  editsError: string | null;
  /** Ids of saved edits whose model left the shipped catalog without a copy to show; kept, not shown. */
  hiddenEditIds: string[];
  /** The same for GPU edits. */
  hiddenGpuEditIds: string[];
  /** Reads both catalogs and the edits again (after an admin replaced a catalog file, say). */
  reload: () => void;
  /** Saves the whole edits document and shows it at once; rejects with a message a user can read. */
  saveEdits: (next: VendorUserEdits) => Promise<void>;
  /** Saves the whole GPU edits document, like saveEdits. */
  saveGpuEdits: (next: GpuUserEdits) => Promise<void>;
  /** Saves both documents in one transaction (an imported edits file): both or neither. */
  saveAllEdits: (next: CatalogEdits) => Promise<void>;
};

type Loaded =
  | { status: "loading" }
  | { status: "failed"; error: Error }
  | { status: "ready"; catalogs: Catalogs; edits: CatalogEdits; editsError: string | null };

// Shipped catalogs change only when an admin replaces a file, so pages share one fetch;
// reload() asks again.
const shippedByClient = new WeakMap<ApiClient, Promise<Catalogs>>();

function fetchShipped(api: ApiClient, fresh: boolean): Promise<Catalogs> {
  const cached = fresh ? undefined : shippedByClient.get(api);
  if (cached !== undefined) return cached;
  const pending = api.call("catalog.get");
  shippedByClient.set(api, pending);
  pending.catch(() => shippedByClient.delete(api));
  return pending;
}

async function loadEditsOrReason(): Promise<{ edits: CatalogEdits; editsError: string | null }> {
  try {
    const db = getDb();
    const [vendor, gpus] = await Promise.all([loadEditsDocument(db, VENDOR_EDITS_DOCUMENT), loadEditsDocument(db, GPU_EDITS_DOCUMENT)]);
    return { edits: { vendor: vendor.edits, gpus: gpus.edits }, editsError: null };
  } catch (error) {
    // Without the database the shipped prices are still worth showing; saving stays off so
    // a save cannot replace edits that exist but could not be read.
    const detail = error instanceof Error ? error.message : String(error);
    return { edits: NO_EDITS, editsError: `Your saved price and GPU edits could not be read from this browser's storage (${detail}). Prices are shown as shipped; editing is off until the page is reloaded.` };
  }
}

const NO_ENTRIES: never[] = [];

/**
 * Shipped catalogs merged with the user's vendor-price and GPU edits.
 *
 * ```tsx
 * const { status, vendor, gpus } = useCatalogs();
 * if (status !== "ready") return null;
 * const price = vendor.find((entry) => entry.id === "gpt-4o-mini")?.usdPerMillionInput;
 * ```
 */
export function useCatalogs(): CatalogsView {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    setLoaded({ status: "loading" });
    Promise.all([fetchShipped(api, generation > 0), loadEditsOrReason()]).then(
      ([catalogs, { edits, editsError }]) => live && setLoaded({ status: "ready", catalogs, edits, editsError }),
      (error: unknown) => live && setLoaded({ status: "failed", error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [api, generation]);

  const merged = useMemo(
    () => (loaded.status === "ready" ? mergeVendorPrices(loaded.catalogs.vendorPrices.entries, loaded.edits.vendor) : null),
    [loaded],
  );
  const mergedGpus = useMemo(
    () => (loaded.status === "ready" ? mergeGpus(loaded.catalogs.gpus.entries, loaded.edits.gpus) : null),
    [loaded],
  );

  // Read through a ref so saveEdits keeps one identity for the life of the page.
  const editsErrorRef = useRef<string | null>(null);
  editsErrorRef.current = loaded.status === "ready" ? loaded.editsError : "The catalogs are not loaded yet.";

  const saveSome = useCallback(async (next: Partial<CatalogEdits>) => {
    if (editsErrorRef.current !== null) throw new Error(editsErrorRef.current);
    const db = getDb();
    await db.transaction("rw", db.settings, async () => {
      if (next.vendor !== undefined) await saveEditsDocument(db, VENDOR_EDITS_DOCUMENT, next.vendor);
      if (next.gpus !== undefined) await saveEditsDocument(db, GPU_EDITS_DOCUMENT, next.gpus);
    });
    setLoaded((current) => (current.status === "ready" ? { ...current, edits: { ...current.edits, ...next } } : current));
  }, []);
  const saveEdits = useCallback((vendor: VendorUserEdits) => saveSome({ vendor }), [saveSome]);
  const saveGpuEdits = useCallback((gpus: GpuUserEdits) => saveSome({ gpus }), [saveSome]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  const ready = loaded.status === "ready" ? loaded : null;
  // Memoized so pages can put it in effect dependencies without re-running them every render.
  const catalogDate = useMemo(
    () => (ready ? { vendorPrices: ready.catalogs.vendorPrices.catalogDate, gpus: ready.catalogs.gpus.catalogDate } : null),
    [ready?.catalogs],
  );
  return {
    status: loaded.status,
    vendor: merged?.entries ?? NO_ENTRIES,
    gpus: mergedGpus?.entries ?? NO_ENTRIES,
    catalogDate,
    error: loaded.status === "failed" ? loaded.error : null,
    edits: ready?.edits.vendor ?? EMPTY_VENDOR_USER_EDITS,
    gpuEdits: ready?.edits.gpus ?? EMPTY_GPU_USER_EDITS,
    editsError: ready?.editsError ?? null,
    hiddenEditIds: merged?.orphanedOverrideIds ?? NO_ENTRIES,
    hiddenGpuEditIds: mergedGpus?.orphanedOverrideIds ?? NO_ENTRIES,
    reload,
    saveEdits,
    saveGpuEdits,
    saveAllEdits: saveSome,
  };
}
