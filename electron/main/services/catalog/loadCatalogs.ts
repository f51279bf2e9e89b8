import { readFile } from "node:fs/promises";
import path from "node:path";
import { ApiFailure } from "../../../../shared/api/errors";
import type { Catalogs } from "../../../../shared/catalog/catalogs";
import { parseGpuCatalog } from "../../../../shared/catalog/gpus";
import { parseVendorCatalog } from "../../../../shared/catalog/vendorPrices";
import { resolveResourcesDir } from "../resourcesDir";

/**
 * The shipped catalogs, read from resources/ on every call so an administrator can drop in a
 * newer file without rebuilding the app. User edits live in the renderer's database, never here.
 */
export async function loadCatalogs(): Promise<Catalogs> {
  const dir = path.join(resolveResourcesDir(), "catalog");
  const [vendorText, gpuText] = await Promise.all([
    readFile(path.join(dir, "vendor-prices.json"), "utf8"),
    readFile(path.join(dir, "gpus.json"), "utf8"),
  ]);
  const vendor = parseVendorCatalog(parseJson(vendorText, "vendor-prices.json"));
  if (!vendor.ok) throw new ApiFailure("INTERNAL", `The shipped price catalog is damaged: ${vendor.error}`);
  const gpus = parseGpuCatalog(parseJson(gpuText, "gpus.json"));
  if (!gpus.ok) throw new ApiFailure("INTERNAL", `The shipped GPU catalog is damaged: ${gpus.error}`);
  return { vendorPrices: vendor.value, gpus: gpus.value };
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiFailure("INTERNAL", `resources/catalog/${name} is not valid JSON; reinstall the app or restore the file.`);
  }
}
