// One policy for the Electron window (a meta tag that scripts/cspMetaPlugin.ts injects into
// renderer/index.html at build; the file itself carries none) and for web mode (HTTP header).
// No remote origins anywhere: the app makes no network request a user did not ask for.
// Inline styles are allowed because recharts positions its tooltips and labels with style attributes.
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join("; ");

/** Browsers ignore frame-ancestors in a meta tag (and warn about it); the header carries it. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join("; ");
