// The desktop IPC handlers as plain async functions of a `userData` folder: `main.ts` wires them to
// `ipcMain`, the browser-shell bridge to loopback HTTP, and the specs call them directly.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import {
  validateDeletePluginDataCommand,
  validateGetPluginDataQuery,
  validatePluginCapabilityGrants,
  validateReadLocalPluginFileRequest,
  validateSavePluginDataCommand,
  type ContractValidator,
} from "@toju/generated/validators/index";
import { discoverLocalPlugins } from "../plugin-library";
import type { AtomicWriteHooks } from "../state/atomic-file";
import { CapabilityGrantsStore } from "../state/capability-grants-store";
import { PluginDataStore, type PluginDataStoreOptions } from "../state/plugin-data-store";
import type { DesktopHandlers } from "./desktop-api";
import { invalidRequest } from "./ipc-error";
import { readLocalPluginFile } from "./local-plugin-files";

export interface DesktopHandlerOptions {
  /** Quotas of the plugin data store. */
  dataQuota?: Omit<PluginDataStoreOptions, "hooks">;
  /** Test seam for crash simulation between write and rename. */
  hooks?: AtomicWriteHooks;
}

export const pluginsPathOf = (userDataPath: string): string => path.join(path.resolve(userDataPath), "plugins");
export const pluginStatePathOf = (userDataPath: string): string => path.join(path.resolve(userDataPath), "plugin-state");

export function createDesktopHandlers(userDataPath: string, options: DesktopHandlerOptions = {}): DesktopHandlers {
  const pluginsPath = pluginsPathOf(userDataPath);
  const statePath = pluginStatePathOf(userDataPath);
  const data = new PluginDataStore(path.join(statePath, "plugin-data"), { ...options.dataQuota, hooks: options.hooks });
  const grants = new CapabilityGrantsStore(path.join(statePath, "capability-grants.json"), options.hooks);

  return {
    async listLocalPluginManifests() {
      await mkdir(pluginsPath, { recursive: true });
      return discoverLocalPlugins(pluginsPath);
    },
    async getLocalPluginsPath() {
      await mkdir(pluginsPath, { recursive: true });
      return { pluginsPath };
    },
    async readLocalPluginFile(request) {
      return readLocalPluginFile(pluginsPath, check(validateReadLocalPluginFileRequest, request, "readLocalPluginFile request"));
    },
    async savePluginData(request) {
      const { value, ...address } = check(validateSavePluginDataCommand, request, "savePluginData command");
      return data.save(address, value);
    },
    async getPluginData(request) {
      return { record: await data.get(check(validateGetPluginDataQuery, request, "getPluginData query")) };
    },
    async deletePluginData(request) {
      return { deleted: await data.delete(check(validateDeletePluginDataCommand, request, "deletePluginData command")) };
    },
    async getCapabilityGrants() {
      return grants.read();
    },
    async saveCapabilityGrants(request) {
      return grants.write(check(validatePluginCapabilityGrants, request, "capability grants document"));
    },
  };
}

function check<T>(validate: ContractValidator<T>, request: unknown, what: string): T {
  if (!validate(request)) throw invalidRequest(what, validate.errors);
  return request;
}
