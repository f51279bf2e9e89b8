import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

const readHash = () => window.location.hash;

/**
 * Hash routing: works the same from file:// in Electron and from the loopback server. Read through
 * useSyncExternalStore so a component that (re)subscribes after a hash change still renders the current
 * address; a hand-made listener per render could miss a change and show the previous route.
 */
export function useHashRoute(fallback: string): string {
  const hash = useSyncExternalStore(subscribe, readHash);
  return hash.replace(/^#\/?/, "").split("?")[0] || fallback;
}
