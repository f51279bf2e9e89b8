// Electron entry: one window onto the same API that web mode serves over HTTP.
import { app, BrowserWindow } from "electron";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createAppDispatcher } from "./api/handlers";
import { registerIpcTransport } from "./transports/ipc";
import { createTrustedUrlCheck } from "./trustedUrls";
import { hardenSession, hardenWindow } from "./windowSecurity";

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, "../renderer/index.html");
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const isTrustedUrl = createTrustedUrlCheck({ rendererRoot: pathToFileURL(path.join(here, "../renderer")).href, devServerUrl });

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: "Breakeven",
    show: false,
    webPreferences: {
      preload: path.join(here, "../preload/index.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  hardenWindow(window, isTrustedUrl);
  window.once("ready-to-show", () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererIndex);
  return window;
}

app.whenReady().then(() => {
  hardenSession(isTrustedUrl);
  registerIpcTransport(createAppDispatcher(), isTrustedUrl, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
  createWindow();
  app.on("activate", () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
