// Web mode guards: loopback only, a per-launch token on every request, and Host/Origin checks so
// a web page the user visits cannot reach the API by DNS rebinding or cross-site requests.
import type { IncomingMessage } from "node:http";
import { timingSafeEqual } from "node:crypto";

export type AuthVerdict = { ok: true; setCookie: boolean } | { ok: false; status: 401 | 403; message: string };

export function tokenCookieName(port: number): string {
  // Cookies ignore ports, so two servers on one host need distinct names.
  return `breakeven_token_${port}`;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkRequest(request: IncomingMessage, url: URL, port: number, token: string): AuthVerdict {
  const host = request.headers.host ?? "";
  if (!allowedHosts(port).includes(host)) {
    return { ok: false, status: 403, message: `Host "${host}" is not allowed; open http://127.0.0.1:${port}/ instead.` };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((allowed) => origin === `http://${allowed}`)) {
    return { ok: false, status: 403, message: `Requests from origin "${origin}" are not allowed.` };
  }
  const fromQuery = url.searchParams.get("token");
  if (fromQuery !== null && safeEqual(fromQuery, token)) return { ok: true, setCookie: true };
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
  if (bearer !== undefined && safeEqual(bearer, token)) return { ok: true, setCookie: false };
  const cookie = readCookie(request.headers.cookie, tokenCookieName(port));
  if (cookie !== undefined && safeEqual(cookie, token)) return { ok: true, setCookie: false };
  return {
    ok: false,
    status: 401,
    message: "This Breakeven server needs its launch token. Open the URL with ?token=… that `npm start` printed.",
  };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
