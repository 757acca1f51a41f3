// Generated from spec/ by `npm run generate`. Do not edit.
// The desktop IPC surface (`interface DesktopIpc` in spec/ipc.tsp).
import type { DeletePluginDataCommand, DeletePluginDataResult, DesktopStateQuery, DisabledPlugins, GetPluginDataQuery, GetPluginDataResult, InstallPluginFromUrlRequest, InstallPluginResult, LocalPluginDiscoveryResult, LocalPluginFile, LocalPluginsPathResult, PluginCapabilityGrants, PluginClientData, PluginClientDataQuery, PluginDataRecord, ReadLocalPluginFileRequest, SavePluginClientDataCommand, SavePluginDataCommand, UninstallPluginRequest, UninstallPluginResult } from "./contract";

/**
 * The desktop IPC surface: `window.tojuDesktop` in the Electron app, and `POST /desktop-bridge/ipc/<method>` (JSON
 * request body, JSON result) in the browser shell. Every method validates its request with the contract's validator
 * and rejects with an `IpcError` value, never with a stack trace.
 */
export interface TojuDesktopApi {
  /**
   * Scans `<userData>/plugins` one level deep; refusals are entries in `errors`, never failures.
   */
  listLocalPluginManifests(): Promise<LocalPluginDiscoveryResult>;

  /**
   * Where local plugins are installed (the folder is created when missing).
   */
  getLocalPluginsPath(): Promise<LocalPluginsPathResult>;

  /**
   * A file inside a discovered plugin's folder, resolved by realpath; only regular files are opened.
   */
  readLocalPluginFile(request: ReadLocalPluginFileRequest): Promise<LocalPluginFile>;

  /**
   * Stores one plugin data entry atomically (the seed's `SavePluginData` command).
   */
  savePluginData(request: SavePluginDataCommand): Promise<PluginDataRecord>;

  /**
   * Reads one plugin data entry (the seed's `GetPluginData` query).
   */
  getPluginData(request: GetPluginDataQuery): Promise<GetPluginDataResult>;

  /**
   * Removes one plugin data entry (the seed's `DeletePluginData` command).
   */
  deletePluginData(request: DeletePluginDataCommand): Promise<DeletePluginDataResult>;

  /**
   * Every capability grant of the user on this device.
   */
  getCapabilityGrants(request: DesktopStateQuery): Promise<PluginCapabilityGrants>;

  /**
   * Replaces the capability grants document; answers it as saved.
   */
  saveCapabilityGrants(request: PluginCapabilityGrants): Promise<PluginCapabilityGrants>;

  /**
   * The plugins the user disabled on this device.
   */
  getDisabledPlugins(request: DesktopStateQuery): Promise<DisabledPlugins>;

  /**
   * Replaces the list of disabled plugins; answers it as saved.
   */
  saveDisabledPlugins(request: DisabledPlugins): Promise<DisabledPlugins>;

  /**
   * The user's values for a plugin's `settings` schema.
   */
  getPluginClientData(request: PluginClientDataQuery): Promise<PluginClientData>;

  /**
   * Validates the values against the installed plugin's `settings` schema and stores them atomically.
   */
  savePluginClientData(request: SavePluginClientDataCommand): Promise<PluginClientData>;

  /**
   * Downloads a manifest (≤ 1 MiB, validated) and its module (≤ 5 MiB, verified against `bundle.integrity` before
   * anything is written) from approved origins, and writes `<userData>/plugins/<pluginId>/` atomically with a
   * `source.json`. Installing an installed plugin again updates it. Nothing is written when any step fails.
   */
  installPluginFromUrl(request: InstallPluginFromUrlRequest): Promise<InstallPluginResult>;

  /**
   * Removes an installed plugin's folder (the one discovery lists for that id) and the profile's data and settings values of it; `not_found` when no folder has that plugin.
   */
  uninstallPlugin(request: UninstallPluginRequest): Promise<UninstallPluginResult>;
}

/** Every method name of `TojuDesktopApi`, in spec order. */
export const desktopIpcMethods = ["listLocalPluginManifests", "getLocalPluginsPath", "readLocalPluginFile", "savePluginData", "getPluginData", "deletePluginData", "getCapabilityGrants", "saveCapabilityGrants", "getDisabledPlugins", "saveDisabledPlugins", "getPluginClientData", "savePluginClientData", "installPluginFromUrl", "uninstallPlugin"] as const;

export type DesktopIpcMethod = (typeof desktopIpcMethods)[number];
