// `npm start`: build, then open the desktop window where Electron can run, else web mode.
import { spawn, spawnSync } from "node:child_process";
import { findElectronBinary } from "./electronBinary.mjs";
import { noDisplayReason, startElectron } from "./electronLaunch.mjs";

const passThrough = process.argv.slice(2);
const build = spawnSync(process.execPath, ["node_modules/electron-vite/bin/electron-vite.js", "build"], { stdio: ["ignore", "ignore", "inherit"] });
if (build.status !== 0) {
  console.error("breakeven: the build failed (see above); fix it and run `npm start` again.");
  process.exit(build.status ?? 1);
}

let child = null;
// A Ctrl-C while Electron is still starting ends it with that signal: that is the user stopping the app,
// not Electron failing, so it must not fall through to web mode.
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    interrupted = true;
    if (child) child.kill(signal);
    else process.exit(130);
  });
}

function startWeb(why) {
  console.log(`breakeven: ${why}; starting web mode.`);
  const web = spawn(process.execPath, ["out/main/web.js", ...passThrough.filter((arg) => arg !== "--web")], { stdio: "inherit" });
  web.on("exit", (code) => process.exit(code ?? 0));
  return web;
}

const electron = findElectronBinary();
const noDisplay = noDisplayReason(process.platform, process.env);
if (passThrough.includes("--help") || passThrough.includes("-h")) {
  child = spawn(process.execPath, ["out/main/web.js", "--help"], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else if (passThrough.includes("--web")) child = startWeb("--web given");
else if (!electron) child = startWeb("Electron's binary is not installed");
else if (noDisplay) child = startWeb(`Electron cannot open a window: ${noDisplay}`);
else {
  const launched = await startElectron(electron, ["."], { onSpawn: (spawned) => (child = spawned) });
  if (interrupted) process.exit(130);
  if (launched.status === "exited") process.exit(launched.code);
  else if (launched.status === "failed") child = startWeb(`Electron could not start: ${launched.reason}`);
  else {
    child = launched.child;
    child.on("exit", (code) => process.exit(code ?? 0));
  }
}
