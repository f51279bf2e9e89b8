// One policy for the Electron window (meta tag, checked at build) and for web mode (HTTP header).
// No remote origins anywhere: the app makes no network request a user did not ask for.
// Inline styles are allowed because recharts positions its tooltips and labels with style attributes.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
