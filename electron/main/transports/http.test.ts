import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../api/dispatch";
import { PortInUseError, startHttpServer, type RunningHttpServer } from "./http";

const token = "test-token-0123456789abcdef";
let server: RunningHttpServer;
let staticDir = "";

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), "breakeven-static-"));
  writeFileSync(path.join(staticDir, "index.html"), "<!doctype html><title>ui</title>");
  const dispatcher = createDispatcher({
    "system.describe": async () => ({ hello: "world" }) as never,
  });
  server = await startHttpServer({ dispatcher, port: 0, token, staticDir });
});

afterAll(async () => {
  await server.close();
  rmSync(staticDir, { recursive: true, force: true });
});

type Envelope = { ok: boolean; value?: unknown; error: { code: string; message: string } };
const body = async (response: Response) => (await response.json()) as Envelope;

const call = (init: RequestInit & { path?: string } = {}) =>
  fetch(new URL(init.path ?? "api/call/system.describe", server.url), { method: "POST", ...init });

describe("web-mode server", () => {
  it("listens on 127.0.0.1 only", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("refuses a request without the token with 401", async () => {
    const response = await call();
    expect(response.status).toBe(401);
    expect((await body(response)).error.code).toBe("UNAUTHORIZED");
    expect((await fetch(server.url)).status).toBe(401);
  });

  it("refuses a wrong token", async () => {
    expect((await call({ headers: { Authorization: "Bearer wrong" } })).status).toBe(401);
  });

  it("answers an API call with the bearer token", async () => {
    const response = await call({ headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: { hello: "world" } });
  });

  it("turns the URL token into a cookie that later requests use", async () => {
    const page = await fetch(new URL(`/?token=${token}`, server.url));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const cookie = page.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect(cookie).toContain(token);
    expect((await call({ headers: { Cookie: cookie } })).status).toBe(200);
  });

  it("refuses a foreign Origin and a foreign Host even with the token", async () => {
    const auth = { Authorization: `Bearer ${token}` };
    expect((await call({ headers: { ...auth, Origin: "http://evil.example" } })).status).toBe(403);
    const { request } = await import("node:http");
    const status = await new Promise<number>((resolve, reject) => {
      const port = new URL(server.url).port;
      const req = request({ host: "127.0.0.1", port, path: "/api/call/system.describe", method: "POST", headers: { ...auth, Host: "evil.example" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it("answers malformed JSON and unknown methods with a clear error", async () => {
    const auth = { Authorization: `Bearer ${token}` };
    const bad = await call({ headers: auth, body: "{not json" });
    expect(bad.status).toBe(400);
    expect((await body(bad)).error.message).toMatch(/not valid JSON/);
    const unknown = await call({ headers: auth, path: "api/call/nope.nothing" });
    expect(unknown.status).toBe(404);
  });

  it("says which port is taken instead of moving silently", async () => {
    const port = Number(new URL(server.url).port);
    await expect(startHttpServer({ dispatcher: createDispatcher(), port, token, staticDir: null })).rejects.toBeInstanceOf(PortInUseError);
  });
});
