// `npm start`: build, then open the desktop window where Electron's binary exists, else web mode.
import { spawn, spawnSync } from "node:child_process";
import { findElectronBinary } from "./electronBinary.mjs";

const passThrough = process.argv.slice(2);
const build = spawnSync(process.execPath, ["node_modules/electron-vite/bin/electron-vite.js", "build"], { stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) {
  console.error("breakeven: the build failed (see above); fix it and run `npm start` again.");
  process.exit(build.status ?? 1);
}

const electron = findElectronBinary();
const wantsWeb = passThrough.includes("--web") || !process.env.DISPLAY && process.platform === "linux" && !process.env.WAYLAND_DISPLAY;
let child;
if (electron && !wantsWeb) {
  child = spawn(electron, ["."], { stdio: "inherit" });
} else {
  const why = electron ? "no display found (or --web given)" : "Electron's binary is not installed";
  console.log(`breakeven: ${why}; starting web mode.`);
  child = spawn(process.execPath, ["out/main/web.js", ...passThrough.filter((arg) => arg !== "--web")], { stdio: "inherit" });
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
