// The typed surface `window.tojuDesktop` exposes to the renderer, shared by main, preload and the bridge.
import { desktopIpcMethodValues, type DesktopIpcMethod } from "@toju/generated/types/contract";
import type {
  DeletePluginDataCommand,
  DeletePluginDataResult,
  GetPluginDataQuery,
  GetPluginDataResult,
  IpcError,
  LocalPluginDiscoveryResult,
  LocalPluginFile,
  LocalPluginsPathResult,
  PluginCapabilityGrants,
  PluginDataRecord,
  ReadLocalPluginFileRequest,
  SavePluginDataCommand,
} from "@toju/generated/types/contract";

/** Every method rejects with an `IpcError` value ({code, message, details?}), never with a stack trace. The method names are `DesktopIpcMethod` in spec/ipc.tsp. */
export interface TojuDesktopApi {
  listLocalPluginManifests(): Promise<LocalPluginDiscoveryResult>;
  getLocalPluginsPath(): Promise<LocalPluginsPathResult>;
  readLocalPluginFile(request: ReadLocalPluginFileRequest): Promise<LocalPluginFile>;
  savePluginData(command: SavePluginDataCommand): Promise<PluginDataRecord>;
  getPluginData(query: GetPluginDataQuery): Promise<GetPluginDataResult>;
  deletePluginData(command: DeletePluginDataCommand): Promise<DeletePluginDataResult>;
  getCapabilityGrants(): Promise<PluginCapabilityGrants>;
  saveCapabilityGrants(grants: PluginCapabilityGrants): Promise<PluginCapabilityGrants>;
}

export type { DesktopIpcMethod };

/** Compile-time proof that this interface has exactly the methods the contract names. */
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const surfaceMatchesContract: SameKeys<keyof TojuDesktopApi, DesktopIpcMethod> = true;
void surfaceMatchesContract;

export const DESKTOP_IPC_METHODS: readonly DesktopIpcMethod[] = desktopIpcMethodValues;

export function isDesktopIpcMethod(value: unknown): value is DesktopIpcMethod {
  return typeof value === "string" && (DESKTOP_IPC_METHODS as readonly string[]).includes(value);
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
