// The renderer's CSP meta tag, written at build from shared/security/csp.ts so the Electron
// window and web mode's header can never drift apart.
import type { Plugin } from "vite";
import { META_CONTENT_SECURITY_POLICY } from "../shared/security/csp";

export function cspMetaPlugin(): Plugin {
  return {
    name: "breakeven-csp-meta",
    transformIndexHtml(html) {
      if (/http-equiv=["']?Content-Security-Policy/i.test(html)) {
        throw new Error("renderer/index.html has its own Content-Security-Policy meta tag; remove it: the build injects the one in shared/security/csp.ts.");
      }
      return [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: META_CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }];
    },
  };
}
