import { describe, expect, it } from "vitest";
import { createTrustedUrlCheck, isAllowedIpcSender } from "./trustedUrls";

const built = createTrustedUrlCheck({ rendererRoot: "file:///opt/breakeven/out/renderer/" });
const dev = createTrustedUrlCheck({ rendererRoot: "file:///opt/breakeven/out/renderer", devServerUrl: "http://localhost:5173" });

describe("createTrustedUrlCheck (also the navigation decision)", () => {
  it("trusts the built renderer's own files", () => {
    expect(built("file:///opt/breakeven/out/renderer/index.html")).toBe(true);
    expect(built("file:///opt/breakeven/out/renderer/index.html#/tco/3")).toBe(true);
    expect(built("file:///opt/breakeven/out/renderer/assets/index-abc.js")).toBe(true);
  });
  it("refuses file:// outside the renderer folder, however it is spelled", () => {
    expect(built("file:///etc/passwd")).toBe(false);
    expect(built("file:///opt/breakeven/out/renderer/../main/index.js")).toBe(false);
    expect(built("file:///opt/breakeven/out/renderer/%2e%2e/main/index.js")).toBe(false);
    expect(built("file:///opt/breakeven/out/renderer-evil/index.html")).toBe(false);
    expect(built("file:///opt/breakeven/out/renderer")).toBe(false);
  });
  it("refuses other origins, DevTools and odd schemes", () => {
    expect(built("https://example.com/")).toBe(false);
    expect(built("http://localhost:5173/")).toBe(false);
    expect(built("devtools://devtools/bundled/devtools_app.html")).toBe(false);
    expect(built("about:blank")).toBe(false);
    expect(built("javascript:alert(1)")).toBe(false);
    expect(built("not a url")).toBe(false);
  });
  it("trusts the dev server by origin, not by string prefix", () => {
    expect(dev("http://localhost:5173/")).toBe(true);
    expect(dev("http://localhost:5173/src/main.tsx?t=1")).toBe(true);
    expect(dev("http://localhost:51730/")).toBe(false);
    expect(dev("http://localhost:5173.evil.example/")).toBe(false);
    expect(dev("http://localhost:5173@evil.example/")).toBe(false);
    expect(dev("https://localhost:5173/")).toBe(false);
    expect(dev("file:///opt/breakeven/out/renderer/index.html")).toBe(true);
  });
});

describe("isAllowedIpcSender", () => {
  const app = "file:///opt/breakeven/out/renderer/index.html";
  it("serves the app's own main frame", () => {
    expect(isAllowedIpcSender({ frameUrl: app, isMainFrame: true }, built)).toBe(true);
  });
  it("refuses another frame, even one showing an app page", () => {
    expect(isAllowedIpcSender({ frameUrl: app, isMainFrame: false }, built)).toBe(false);
  });
  it("refuses a frame that is gone", () => {
    expect(isAllowedIpcSender({ frameUrl: null, isMainFrame: true }, built)).toBe(false);
  });
  it("refuses a main frame showing another origin, DevTools or a file outside the app", () => {
    expect(isAllowedIpcSender({ frameUrl: "https://example.com/", isMainFrame: true }, built)).toBe(false);
    expect(isAllowedIpcSender({ frameUrl: "devtools://devtools/bundled/devtools_app.html", isMainFrame: true }, built)).toBe(false);
    expect(isAllowedIpcSender({ frameUrl: "file:///tmp/evil.html", isMainFrame: true }, built)).toBe(false);
  });
});
