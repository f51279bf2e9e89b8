// Where Electron's binary would be, or null when its download never happened (offline installs).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export function findElectronBinary() {
  try {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve("electron/package.json"));
    const pathFile = path.join(packageDir, "path.txt");
    if (!existsSync(pathFile)) return null;
    const binary = path.join(packageDir, "dist", readFileSync(pathFile, "utf8").trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
