import { isApiError } from "../../shared/api/errors";
import { ApiClientError } from "./ApiClientError";

/** Both transports deliver {ok, value} | {ok, error}; the UI sees a value or an ApiClientError. */
export function unwrapResult(body: unknown): unknown {
  if (typeof body === "object" && body !== null && "ok" in body) {
    const envelope = body as { ok: boolean; value?: unknown; error?: unknown };
    if (envelope.ok) return envelope.value;
    if (isApiError(envelope.error)) throw new ApiClientError(envelope.error.code, envelope.error.message);
  }
  throw new ApiClientError("INTERNAL", "The app answered in an unexpected format. Restart Breakeven and try again.");
}
