// Electron transport: one invoke channel for calls and one push channel for events. Only the
// app's own main frame may call; anything else (an injected frame, a navigated page) is refused.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from "electron";
import type { ApiEvents, EventName } from "../../../shared/api/contract";
import type { Dispatcher } from "../api/dispatch";
import { isAllowedIpcSender, type TrustedUrlCheck } from "../trustedUrls";

export const CALL_CHANNEL = "breakeven:call";
export const EVENT_CHANNEL = "breakeven:event";

export function registerIpcTransport(dispatcher: Dispatcher, isTrustedUrl: TrustedUrlCheck, getTargets: () => WebContents[]): () => void {
  const emit = <E extends EventName>(event: E, payload: ApiEvents[E]) => {
    for (const target of getTargets()) if (!target.isDestroyed()) target.send(EVENT_CHANNEL, event, payload);
  };
  ipcMain.handle(CALL_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, params: unknown) => {
    const frame = event.senderFrame;
    if (!isAllowedIpcSender({ frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame === event.sender.mainFrame }, isTrustedUrl)) {
      return { ok: false, error: { code: "UNAUTHORIZED", message: "This window is not allowed to call Breakeven." } };
    }
    return dispatcher.dispatch(String(method), params, { emit });
  });
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}
