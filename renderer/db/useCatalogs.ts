// The one way a page reads the catalogs: shipped vendor prices with the user's edits laid over
// them, and the GPU catalog. The Catalog page edits through it; TCO and comparison pages only read.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ApiClient } from "../../shared/api/contract";
import type { Catalogs } from "../../shared/catalog/catalogs";
import type { GpuEntry } from "../../shared/catalog/gpus";
import {
  EMPTY_VENDOR_USER_EDITS,
  mergeVendorPrices,
  type MergedVendorEntry,
  type VendorUserEdits,
} from "../../shared/catalog/mergeCatalog";
import { useApi } from "../api/ApiContext";
import { getDb } from "./db";
import { loadVendorEdits, saveVendorEdits } from "./vendorEditsRepo";

export type CatalogsView = {
  status: "loading" | "ready" | "failed";
  /** Every vendor model, shipped order first, then the user's own; each price with its date. [] until ready. */
  vendor: MergedVendorEntry[];
  /** The shipped GPU catalog. [] until ready. */
  gpus: GpuEntry[];
  /** The day each shipped catalog was compiled (YYYY-MM-DD); null until ready. */
  catalogDate: { vendorPrices: string; gpus: string } | null;
  /** Why status is "failed" (the shipped catalogs could not be read). */
  error: Error | null;
  /** The stored edits behind `vendor`, for the Catalog page to change and pass to saveEdits. */
  edits: VendorUserEdits;
  /** Set when the saved edits could not be read from the database: prices show as shipped and saveEdits refuses. */
  editsError: string | null;
  /** Ids of saved edits whose model left the shipped catalog without a copy to show; kept, not shown. */
  hiddenEditIds: string[];
  /** Reads both catalogs and the edits again (after an admin replaced a catalog file, say). */
  reload: () => void;
  /** Saves the whole edits document and shows it at once; rejects with a message a user can read. */
  saveEdits: (next: VendorUserEdits) => Promise<void>;
};

type Loaded =
  | { status: "loading" }
  | { status: "failed"; error: Error }
  | { status: "ready"; catalogs: Catalogs; edits: VendorUserEdits; editsError: string | null };

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

async function loadEditsOrReason(): Promise<{ edits: VendorUserEdits; editsError: string | null }> {
  try {
    return { edits: (await loadVendorEdits(getDb())).edits, editsError: null };
  } catch (error) {
    // Without the database the shipped prices are still worth showing; saving stays off so
    // a save cannot replace edits that exist but could not be read.
    const detail = error instanceof Error ? error.message : String(error);
    return { edits: EMPTY_VENDOR_USER_EDITS, editsError: `Your saved price edits could not be read from this browser's storage (${detail}). Prices are shown as shipped; editing is off until the page is reloaded.` };
  }
}

const NO_ENTRIES: never[] = [];

/**
 * Shipped catalogs merged with the user's vendor-price edits.
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
    () => (loaded.status === "ready" ? mergeVendorPrices(loaded.catalogs.vendorPrices.entries, loaded.edits) : null),
    [loaded],
  );

  // Read through a ref so saveEdits keeps one identity for the life of the page.
  const editsErrorRef = useRef<string | null>(null);
  editsErrorRef.current = loaded.status === "ready" ? loaded.editsError : "The catalogs are not loaded yet.";

  const saveEdits = useCallback(async (next: VendorUserEdits) => {
    if (editsErrorRef.current !== null) throw new Error(editsErrorRef.current);
    await saveVendorEdits(getDb(), next);
    setLoaded((current) => (current.status === "ready" ? { ...current, edits: next } : current));
  }, []);
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
    gpus: ready?.catalogs.gpus.entries ?? NO_ENTRIES,
    catalogDate,
    error: loaded.status === "failed" ? loaded.error : null,
    edits: ready?.edits ?? EMPTY_VENDOR_USER_EDITS,
    editsError: ready?.editsError ?? null,
    hiddenEditIds: merged?.orphanedOverrideIds ?? NO_ENTRIES,
    reload,
    saveEdits,
  };
}
