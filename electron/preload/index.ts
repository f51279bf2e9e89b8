// The sandboxed preload exposes only two functions. It imports nothing but electron, because a
// sandboxed preload cannot load npm packages, and the channel names are repeated here on purpose.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import type { PreloadBridge } from "../../shared/api/contract";

const bridge = {
  call: (method: string, params: unknown) => ipcRenderer.invoke("breakeven:call", method, params),
  on: (listener: (event: string, payload: unknown) => void) => {
    const wrapped = (_event: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on("breakeven:event", wrapped);
    return () => {
      ipcRenderer.removeListener("breakeven:event", wrapped);
    };
  },
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld("breakeven", bridge);
