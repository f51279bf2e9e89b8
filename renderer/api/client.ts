import type { ApiClient, PreloadBridge } from "../../shared/api/contract";
import { createHttpClient } from "./httpClient";
import { createIpcClient } from "./ipcClient";

declare global {
  interface Window {
    breakeven?: PreloadBridge;
  }
}

/** Picks the transport once: the Electron preload's bridge when present, else the loopback server. */
export function createApiClient(): ApiClient {
  return window.breakeven ? createIpcClient(window.breakeven) : createHttpClient();
}
