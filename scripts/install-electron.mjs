// Electron's own postinstall (denied in package.json's allowScripts) downloads its binary from
// GitHub and fails the whole `npm install` where GitHub is unreachable. Here the download is
// tried on its own and may fail: web mode needs no Electron binary.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { findElectronBinary } from "./electronBinary.mjs";

if (process.env.BREAKEVEN_SKIP_ELECTRON_DOWNLOAD || process.env.CI) {
  console.log("breakeven: skipping the Electron binary download (CI or BREAKEVEN_SKIP_ELECTRON_DOWNLOAD); `npm start` will use web mode.");
  process.exit(0);
}
if (findElectronBinary()) process.exit(0);

let installer;
try {
  installer = path.join(path.dirname(createRequire(import.meta.url).resolve("electron/package.json")), "install.js");
} catch {
  process.exit(0);
}
const result = spawnSync(process.execPath, [installer], { stdio: "pipe", timeout: 120_000, encoding: "utf8" });
if (result.status === 0 && findElectronBinary()) {
  console.log("breakeven: Electron's binary is installed; `npm start` opens the desktop app.");
} else {
  console.log("breakeven: could not download Electron's binary (offline?); `npm start` will run web mode instead. Run `node node_modules/electron/install.js` on a connected machine to get the desktop app.");
}
process.exit(0);
