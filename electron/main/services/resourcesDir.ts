import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// resources/ sits at the repo root in development and web mode (out/main/../../resources), and
// beside the app in a packaged build (process.resourcesPath). Tests run from the source tree.
export function resolveResourcesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.BREAKEVEN_RESOURCES,
    packaged ? path.join(packaged, "resources") : undefined,
    path.resolve(here, "../../resources"),
    path.resolve(here, "../../../resources"),
    path.resolve(here, "../../../../resources"),
  ];
  for (const candidate of candidates) {
    if (candidate && existsSync(path.join(candidate, "catalog"))) return candidate;
  }
  throw new Error("Breakeven's resources folder (catalogs) is missing from this installation; reinstall the app.");
}
