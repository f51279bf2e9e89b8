import { readFileSync } from "node:fs";
import type { HtmlTagDescriptor, IndexHtmlTransformHook } from "vite";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from "../shared/security/csp";
import { cspMetaPlugin } from "./cspMetaPlugin";

function transform(html: string): HtmlTagDescriptor[] {
  const hook = cspMetaPlugin().transformIndexHtml as IndexHtmlTransformHook;
  return hook.call(undefined as never, html, { path: "/index.html", filename: "index.html" }) as HtmlTagDescriptor[];
}

describe("cspMetaPlugin", () => {
  it("injects shared/security/csp.ts's policy as the first tag in head", () => {
    const [tag] = transform(readFileSync(new URL("../renderer/index.html", import.meta.url), "utf8"));
    expect(tag).toEqual({ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: META_CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" });
  });
  it("fails the build when index.html carries a policy of its own, so there is only one source", () => {
    expect(() => transform(`<head><meta http-equiv="Content-Security-Policy" content="default-src *"></head>`)).toThrow(/shared\/security\/csp\.ts/);
  });
  it("puts in the meta tag everything the header has but frame-ancestors, which meta tags cannot carry", () => {
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});
