import type { ApiClient, ApiEvents, EventName, PreloadBridge } from "../../shared/api/contract";
import { unwrapResult } from "./unwrap";

export function createIpcClient(bridge: PreloadBridge): ApiClient {
  return {
    transport: "ipc",
    async call(method, ...params) {
      return unwrapResult(await bridge.call(method, params[0] ?? null)) as never;
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      return bridge.on((name, payload) => {
        if (name === event) listener(payload as ApiEvents[E]);
      });
    },
  };
}
