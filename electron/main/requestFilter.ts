// What the Electron session's request filter lets through, and a visible record of what it stopped,
// so a user who wonders whether Breakeven phones home can read the answer in the console.
import type { TrustedUrlCheck } from "./trustedUrls";

/** URLs the page makes itself (exports, icons) or DevTools loads from inside Electron; none leaves the machine. */
const LOCAL_PREFIXES = ["devtools://", "data:", "blob:"];

export function isAllowedRequest(url: string, isTrustedUrl: TrustedUrlCheck): boolean {
  return LOCAL_PREFIXES.some((prefix) => url.startsWith(prefix)) || isTrustedUrl(url);
}

export type BlockedRequestLog = { record: (url: string) => void; count: () => number };

const MAX_LOGGED_URL_CHARS = 200;

export function createBlockedRequestLog(write: (line: string) => void = (line) => console.warn(line)): BlockedRequestLog {
  let blocked = 0;
  return {
    record(url) {
      blocked += 1;
      const shown = url.length > MAX_LOGGED_URL_CHARS ? `${url.slice(0, MAX_LOGGED_URL_CHARS)}…` : url;
      write(`[breakeven] blocked request to ${shown} (${blocked} blocked since launch)`);
    },
    count: () => blocked,
  };
}
