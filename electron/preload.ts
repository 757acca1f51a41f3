// Sandboxed preload: exposes exactly `TojuDesktopApi` as `window.tojuDesktop`; nothing else of Electron
// or Node reaches the page. Failures arrive as `IpcError` values and are rethrown as such.
import { contextBridge, ipcRenderer } from "electron";
import { type DesktopIpcMethod, desktopIpcChannel, type IpcOutcome, type TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";

async function invoke<T>(method: DesktopIpcMethod, request?: unknown): Promise<T> {
  const outcome = (await ipcRenderer.invoke(desktopIpcChannel(method), request)) as IpcOutcome<T>;
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

const tojuDesktop: TojuDesktopApi = {
  listLocalPluginManifests: () => invoke("listLocalPluginManifests"),
  getLocalPluginsPath: () => invoke("getLocalPluginsPath"),
  readLocalPluginFile: (request) => invoke("readLocalPluginFile", request),
  savePluginData: (command) => invoke("savePluginData", command),
  getPluginData: (query) => invoke("getPluginData", query),
  deletePluginData: (command) => invoke("deletePluginData", command),
  getCapabilityGrants: () => invoke("getCapabilityGrants"),
  saveCapabilityGrants: (grants) => invoke("saveCapabilityGrants", grants),
};

contextBridge.exposeInMainWorld("tojuDesktop", Object.freeze(tojuDesktop));
