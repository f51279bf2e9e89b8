import type { ApiClient, ApiEvents, EventName } from "../../shared/api/contract";
import { isEventName } from "../../shared/api/contract";
import { ApiClientError } from "./ApiClientError";
import { unwrapResult } from "./unwrap";

type Listener = (payload: unknown) => void;

/** Web mode: the launch token arrives once in the URL, becomes a cookie, and is then wiped from the address bar. */
export function createHttpClient(): ApiClient {
  const url = new URL(window.location.href);
  if (url.searchParams.has("token")) {
    url.searchParams.delete("token");
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  function ensureEventSource(): void {
    if (source) return;
    source = new EventSource("/api/events");
    source.onmessage = (message) => {
      const data = JSON.parse(message.data as string) as { event: unknown; payload: unknown };
      if (!isEventName(data.event)) return;
      for (const listener of listeners.get(data.event) ?? []) listener(data.payload);
    };
  }

  return {
    transport: "http",
    async call(method, ...params) {
      let response: Response;
      try {
        response = await fetch(`/api/call/${encodeURIComponent(method)}`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(params[0] ?? null),
          credentials: "same-origin",
        });
      } catch {
        throw new ApiClientError("UNAVAILABLE", "The Breakeven server is not answering. Is `npm start` still running?");
      }
      const body: unknown = await response.json().catch(() => null);
      return unwrapResult(body) as never;
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      ensureEventSource();
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => set.delete(listener as Listener);
    },
  };
}
