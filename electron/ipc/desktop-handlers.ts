// The desktop IPC handlers as plain async functions of a `userData` folder: `main.ts` wires them to
// `ipcMain`, the browser-shell bridge to loopback HTTP, and the specs call them directly.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { desktopIpcMethods, type DesktopHandlers, type DesktopIpcMethod, type TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import { desktopIpcValidators } from "@toju/generated/validators/desktop-ipc";
import type { ContractValidator } from "@toju/generated/validators/index";
import { discoverLocalPlugins } from "@toju/contracts/plugin-folder/discover-local-plugins";
import { validateManifest } from "@toju/contracts/manifest/validate-manifest";
import type { DisabledPlugins, TojuPluginManifest } from "@toju/generated/types/contract";
import { validateDisabledPlugins } from "@toju/generated/validators/index";
import { installPluginFromUrl } from "../install/install-from-url";
import { ClientDataStore } from "../state/client-data-store";
import { JsonStateFile } from "../state/json-state-file";
import type { AtomicWriteHooks } from "../state/atomic-file";
import { CapabilityGrantsStore } from "../state/capability-grants-store";
import { PluginDataStore, type PluginDataStoreOptions } from "../state/plugin-data-store";
import { invalidRequest } from "./ipc-error";
import { readLocalPluginFile } from "./local-plugin-files";

export interface DesktopHandlerOptions {
  /** Quotas of the plugin data store. */
  dataQuota?: Omit<PluginDataStoreOptions, "hooks">;
  /** Test seam for crash simulation between write and rename. */
  hooks?: AtomicWriteHooks;
  /** How long one installer download may take; default 20 s. */
  downloadTimeoutMs?: number;
}

export const pluginsPathOf = (userDataPath: string): string => path.join(path.resolve(userDataPath), "plugins");
export const pluginStatePathOf = (userDataPath: string): string => path.join(path.resolve(userDataPath), "plugin-state");

export function createDesktopHandlers(userDataPath: string, options: DesktopHandlerOptions = {}): DesktopHandlers {
  const pluginsPath = pluginsPathOf(userDataPath);
  const statePath = pluginStatePathOf(userDataPath);
  const data = new PluginDataStore(path.join(statePath, "plugin-data"), { ...options.dataQuota, hooks: options.hooks });
  const grants = new CapabilityGrantsStore(path.join(statePath, "capability-grants.json"), options.hooks);
  const disabled = new JsonStateFile<DisabledPlugins>(path.join(statePath, "disabled-plugins.json"), {
    what: "the disabled plugins file",
    validate: validateDisabledPlugins,
    empty: () => ({ pluginIds: [] }),
    hooks: options.hooks,
  });
  const installedManifest = async (pluginId: string): Promise<TojuPluginManifest | undefined> => {
    const found = (await discoverLocalPlugins(pluginsPath)).plugins.find((p) => (p.manifest as { id?: unknown }).id === pluginId);
    return found && validateManifest(found.manifest).valid ? (found.manifest as TojuPluginManifest) : undefined;
  };
  const clientData = new ClientDataStore(path.join(statePath, "client-data"), installedManifest, options.hooks);

  return checkedHandlers({
    async listLocalPluginManifests() {
      await mkdir(pluginsPath, { recursive: true });
      return discoverLocalPlugins(pluginsPath);
    },
    async getLocalPluginsPath() {
      await mkdir(pluginsPath, { recursive: true });
      return { pluginsPath };
    },
    async readLocalPluginFile(request) {
      return readLocalPluginFile(pluginsPath, request);
    },
    async savePluginData(request) {
      const { value, ...address } = request;
      return data.save(address, value);
    },
    async getPluginData(request) {
      return { record: await data.get(request) };
    },
    async deletePluginData(request) {
      return { deleted: await data.delete(request) };
    },
    async getCapabilityGrants() {
      return grants.read();
    },
    async saveCapabilityGrants(request) {
      return grants.write(request);
    },
    async getDisabledPlugins() {
      return disabled.read();
    },
    async saveDisabledPlugins(request) {
      return disabled.write({ pluginIds: [...new Set(request.pluginIds)].sort() });
    },
    async getPluginClientData(request) {
      return clientData.read(request.pluginId);
    },
    async savePluginClientData(request) {
      return clientData.save(request.pluginId, request.values);
    },
    async installPluginFromUrl(request) {
      return installPluginFromUrl(request, {
        pluginsPath,
        stagingPath: path.join(statePath, "install-staging"),
        approvedOrigins: () => grants.approvedInstallOrigins(),
        timeoutMs: options.downloadTimeoutMs,
      });
    },
  });
}

/** Every request is checked by its generated validator before a handler sees it, so handlers take typed input. */
function checkedHandlers(handlers: TojuDesktopApi): DesktopHandlers {
  const checked: Partial<Record<DesktopIpcMethod, (request?: unknown) => Promise<unknown>>> = {};
  for (const method of desktopIpcMethods) {
    const validate: ContractValidator<unknown> | null = desktopIpcValidators[method].request;
    const handler = handlers[method] as (request?: unknown) => Promise<unknown>;
    checked[method] = async (request?: unknown) => {
      if (validate && !validate(request)) throw invalidRequest(`${method} request`, validate.errors);
      return handler.call(handlers, request);
    };
  }
  return checked as DesktopHandlers;
}
