// Which URLs are the app's own pages: the only ones the window may navigate to, the only frames
// whose IPC calls are served, the only requests the session lets through (besides page-made ones).

export type TrustedUrlCheck = (url: string) => boolean;

export type TrustedUrlOptions = {
  /** file: URL of the built renderer folder. */
  rendererRoot: string;
  /** electron-vite's dev server in development (ELECTRON_RENDERER_URL); absent in a built app. */
  devServerUrl?: string;
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function createTrustedUrlCheck({ rendererRoot, devServerUrl }: TrustedUrlOptions): TrustedUrlCheck {
  // A trailing slash, so file:///app/renderer-evil/ is not "under" file:///app/renderer.
  const root = rendererRoot.endsWith("/") ? rendererRoot : `${rendererRoot}/`;
  const devOrigin = devServerUrl ? parse(devServerUrl)?.origin : undefined;
  return (url) => {
    // Parsing resolves "..", "%2e%2e" and the like before the prefix is compared.
    const parsed = parse(url);
    if (!parsed) return false;
    if (parsed.protocol === "file:") return parsed.href.startsWith(root);
    // An origin compare: a string prefix would let http://localhost:51730 pass for :5173.
    return devOrigin !== undefined && devOrigin !== "null" && parsed.origin === devOrigin;
  };
}

export type IpcSender = {
  /** The sending frame's URL; null when the frame is gone (navigated away or destroyed). */
  frameUrl: string | null;
  isMainFrame: boolean;
};

/** Only the app's own top-level page may call: not an iframe, not DevTools, not a page navigated to. */
export function isAllowedIpcSender(sender: IpcSender, isTrustedUrl: TrustedUrlCheck): boolean {
  return sender.frameUrl !== null && sender.isMainFrame && isTrustedUrl(sender.frameUrl);
}
