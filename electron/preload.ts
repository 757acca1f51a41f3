// Sandboxed preload: exposes exactly `TojuDesktopApi` as `window.tojuDesktop`; nothing else of Electron
// or Node reaches the page. Failures arrive as `IpcError` values and are rethrown as such.
import { contextBridge, ipcRenderer } from "electron";
import {
  type DesktopIpcMethod,
  desktopIpcChannel,
  desktopIpcMethods,
  type IpcOutcome,
  type TojuDesktopApi,
} from "@toju/contracts/desktop/desktop-ipc";

async function invoke<T>(method: DesktopIpcMethod, request?: unknown): Promise<T> {
  const outcome = (await ipcRenderer.invoke(desktopIpcChannel(method), request)) as IpcOutcome<T>;
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

const tojuDesktop = Object.fromEntries(
  desktopIpcMethods.map((method) => [method, (request?: unknown) => invoke(method, request)]),
) as unknown as TojuDesktopApi;

contextBridge.exposeInMainWorld("tojuDesktop", Object.freeze(tojuDesktop));
