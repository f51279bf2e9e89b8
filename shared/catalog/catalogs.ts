import type { GpuUserEdits } from "./gpuEdits";
import type { GpuCatalog } from "./gpus";
import type { VendorUserEdits } from "./mergeCatalog";
import type { VendorCatalog } from "./vendorPrices";

/** Both shipped catalogs, as the catalog.get API returns them. */
export type Catalogs = { vendorPrices: VendorCatalog; gpus: GpuCatalog };

/** The user's edits of both catalogs, each its own stored document. */
export type CatalogEdits = { vendor: VendorUserEdits; gpus: GpuUserEdits };
