// Defaults that keep the renderer a web page with no powers: no Node, sandboxed, isolated, no
// navigation away, no new windows, no permissions, and no request to anywhere but the app itself.
import { session, type BrowserWindow } from "electron";
import { createBlockedRequestLog, isAllowedRequest } from "./requestFilter";
import type { TrustedUrlCheck } from "./trustedUrls";

/**
 * Chromium fetches Hunspell dictionaries from Google's servers when spell checking is on. It is
 * off, and should anything turn it on, the download points at loopback's discard port, where
 * nothing answers, so no dictionary request can leave the machine.
 */
const NO_DICTIONARY_URL = "http://127.0.0.1:9/";

export function hardenWindow(window: BrowserWindow, isTrustedUrl: TrustedUrlCheck): void {
  const contents = window.webContents;
  contents.on("will-navigate", (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on("will-redirect", (event) => event.preventDefault());
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
}

export function hardenSession(isTrustedUrl: TrustedUrlCheck): void {
  const appSession = session.defaultSession;
  appSession.setSpellCheckerEnabled(false);
  appSession.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);
  appSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  appSession.setPermissionCheckHandler(() => false);
  const blocked = createBlockedRequestLog();
  appSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, isTrustedUrl);
    if (!allowed) blocked.record(details.url);
    callback({ cancel: !allowed });
  });
}
