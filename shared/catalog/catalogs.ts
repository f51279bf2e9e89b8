import type { GpuCatalog } from "./gpus";
import type { VendorCatalog } from "./vendorPrices";

/** Both shipped catalogs, as the catalog.get API returns them. */
export type Catalogs = { vendorPrices: VendorCatalog; gpus: GpuCatalog };
