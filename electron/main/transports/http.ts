// Web mode: the same API as the Electron window, over loopback HTTP, for headless GPU servers
// and for the end-to-end tests. POST /api/call/<method> with JSON params; GET /api/events (SSE).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Dispatcher } from "../api/dispatch";
import { checkRequest, tokenCookieName } from "./httpAuth";
import { createEventHub } from "./eventHub";
import { SECURITY_HEADERS, serveStatic } from "./staticFiles";

export type HttpServerOptions = {
  dispatcher: Dispatcher;
  port: number;
  token: string;
  /** Folder of the built renderer; null serves the API alone. */
  staticDir: string | null;
};

export type RunningHttpServer = { url: string; port: number; close(): Promise<void> };

const HOST = "127.0.0.1";
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export class PortInUseError extends Error {
  constructor(port: number) {
    super(`Port ${port} on 127.0.0.1 is already in use (is Breakeven already running?). Start on another port with --port, e.g. \`npm start -- --port ${port + 1}\`.`);
    this.name = "PortInUseError";
  }
}

export function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const hub = createEventHub();
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error("[breakeven] web request failed:", error);
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: { code: "INTERNAL", message: "The server failed to answer this request." } });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const port = (server.address() as { port: number }).port;
    const url = new URL(request.url ?? "/", `http://${HOST}:${port}`);
    const verdict = checkRequest(request, url, port, options.token);
    if (!verdict.ok) {
      return sendJson(response, verdict.status, { ok: false, error: { code: "UNAUTHORIZED", message: verdict.message } });
    }
    const cookie: Record<string, string> = verdict.setCookie
      ? { "Set-Cookie": `${tokenCookieName(port)}=${encodeURIComponent(options.token)}; HttpOnly; SameSite=Strict; Path=/` }
      : {};

    if (url.pathname === "/api/events" && request.method === "GET") return hub.attach(response, { ...SECURITY_HEADERS, ...cookie });
    if (url.pathname.startsWith("/api/call/")) {
      if (request.method !== "POST") return sendJson(response, 405, { ok: false, error: { code: "BAD_REQUEST", message: "API calls use POST." } });
      const method = decodeURIComponent(url.pathname.slice("/api/call/".length));
      const params = await readJson(request);
      if (params instanceof Error) return sendJson(response, 400, { ok: false, error: { code: "BAD_REQUEST", message: params.message } });
      const result = await options.dispatcher.dispatch(method, params, { emit: hub.emit });
      const status = !result.ok && result.error.code === "UNKNOWN_METHOD" ? 404 : 200;
      return sendJson(response, status, result);
    }
    if (url.pathname.startsWith("/api/")) return sendJson(response, 404, { ok: false, error: { code: "UNKNOWN_METHOD", message: `No such endpoint ${url.pathname}.` } });
    if (request.method !== "GET" && request.method !== "HEAD") return sendJson(response, 405, { ok: false, error: { code: "BAD_REQUEST", message: "Only GET is served here." } });
    if (!options.staticDir) return sendJson(response, 404, { ok: false, error: { code: "BAD_REQUEST", message: "This server has no UI." } });
    return serveStatic(options.staticDir, url.pathname, response, cookie);
  }

  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? new PortInUseError(options.port) : error);
    });
    server.listen(options.port, HOST, () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        port,
        url: `http://${HOST}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            hub.closeAll();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return new Error(`The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return new Error("The request body is not valid JSON.");
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  response.end(JSON.stringify(body));
}
