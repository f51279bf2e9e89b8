import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import path from "node:path";
import { CONTENT_SECURITY_POLICY } from "../../../shared/security/csp";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Serves the built renderer; unknown paths fall back to index.html for the client-side router. */
export async function serveStatic(root: string, pathname: string, response: ServerResponse, extraHeaders: Record<string, string>): Promise<void> {
  const relative = decodeURIComponent(pathname).replace(/^\/+/, "");
  let file = path.resolve(root, relative || "index.html");
  if (!file.startsWith(path.resolve(root) + path.sep) && file !== path.resolve(root)) {
    response.writeHead(404).end();
    return;
  }
  let info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    file = path.join(root, "index.html");
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    response.writeHead(500, { "Content-Type": "text/plain" }).end("The UI is not built. Run `npm run build`.");
    return;
  }
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  const caching = file.includes(`${path.sep}assets${path.sep}`) ? "private, max-age=31536000, immutable" : "no-store";
  response.writeHead(200, { ...SECURITY_HEADERS, ...extraHeaders, "Content-Type": type, "Cache-Control": caching });
  createReadStream(file).pipe(response);
}
