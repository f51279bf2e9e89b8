// Defaults that keep the renderer a web page with no powers: no Node, sandboxed, isolated, no
// navigation away, no new windows, no permissions, and no request to anywhere but the app itself.
import { session, type BrowserWindow } from "electron";

export function hardenWindow(window: BrowserWindow, isTrustedUrl: (url: string) => boolean): void {
  const contents = window.webContents;
  contents.on("will-navigate", (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on("will-redirect", (event) => event.preventDefault());
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
}

export function hardenSession(isTrustedUrl: (url: string) => boolean): void {
  const appSession = session.defaultSession;
  appSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  appSession.setPermissionCheckHandler(() => false);
  appSession.webRequest.onBeforeRequest((details, callback) => {
    // blob: and data: URLs are made by the page itself (exports, icons); they never leave the machine.
    const local = ["devtools://", "data:", "blob:"].some((prefix) => details.url.startsWith(prefix));
    const allowed = local || isTrustedUrl(details.url);
    if (!allowed) console.warn(`[breakeven] blocked a network request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
