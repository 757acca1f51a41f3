// The desktop IPC surface as every tier uses it: the generated `TojuDesktopApi`, the Electron channel names, the
// value a failure travels as, and the handler shape shared by `ipcMain`, the browser-shell bridge and the tests.
import type { IpcError } from "@toju/generated/types/contract";
import { desktopIpcMethods, type DesktopIpcMethod, type TojuDesktopApi } from "@toju/generated/types/desktop-ipc";

export { desktopIpcMethods, type DesktopIpcMethod, type TojuDesktopApi };

export function isDesktopIpcMethod(value: unknown): value is DesktopIpcMethod {
  return typeof value === "string" && (desktopIpcMethods as readonly string[]).includes(value);
}

/** The `ipcMain.handle` channel of a method. */
export const desktopIpcChannel = (method: DesktopIpcMethod): string => `toju-desktop:${method}`;

/** What crosses the Electron IPC boundary: errors travel as values so their code survives. */
export type IpcOutcome<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The main-process side: the same methods, taking untrusted input that they validate themselves. */
export type DesktopHandlers = { [K in DesktopIpcMethod]: (request?: unknown) => ReturnType<TojuDesktopApi[K]> };

declare global {
  interface Window {
    /** Present in the Electron desktop app; the browser shell uses `createBridgeClient` instead. */
    tojuDesktop?: TojuDesktopApi;
  }
}
