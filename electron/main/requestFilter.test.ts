import { describe, expect, it } from "vitest";
import { createBlockedRequestLog, isAllowedRequest } from "./requestFilter";

const underApp = (url: string) => url.startsWith("file:///app/renderer/");

describe("isAllowedRequest", () => {
  it("lets the app's own files and page-made URLs through", () => {
    expect(isAllowedRequest("file:///app/renderer/assets/index.js", underApp)).toBe(true);
    expect(isAllowedRequest("blob:file:///5d1c-42", underApp)).toBe(true);
    expect(isAllowedRequest("data:image/png;base64,AAAA", underApp)).toBe(true);
    expect(isAllowedRequest("devtools://devtools/bundled/devtools_app.html", underApp)).toBe(true);
  });
  it("stops anything that would leave the machine or read other files", () => {
    expect(isAllowedRequest("https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic", underApp)).toBe(false);
    expect(isAllowedRequest("http://127.0.0.1:8080/", underApp)).toBe(false);
    expect(isAllowedRequest("file:///etc/passwd", underApp)).toBe(false);
    expect(isAllowedRequest("ws://example.com/", underApp)).toBe(false);
  });
});

describe("createBlockedRequestLog", () => {
  it("writes one line per blocked request with a running count", () => {
    const lines: string[] = [];
    const log = createBlockedRequestLog((line) => lines.push(line));
    log.record("https://example.com/a");
    log.record(`https://example.com/${"x".repeat(500)}`);
    expect(log.count()).toBe(2);
    expect(lines[0]).toBe("[breakeven] blocked request to https://example.com/a (1 blocked since launch)");
    expect(lines[1]).toMatch(/… \(2 blocked since launch\)$/);
    expect(lines[1].length).toBeLessThan(260);
  });
});
