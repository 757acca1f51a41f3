// The desktop IPC handlers as plain async functions of a `userData` folder: `main.ts` wires them to
// `ipcMain`, the browser-shell bridge to loopback HTTP, and the specs call them directly.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { desktopIpcMethods, type DesktopHandlers, type DesktopIpcMethod, type TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import { desktopIpcValidators } from "@toju/generated/validators/desktop-ipc";
import type { ContractValidator } from "@toju/generated/validators/index";
import { discoverLocalPlugins } from "@toju/contracts/plugin-folder/discover-local-plugins";
import { validateManifest } from "@toju/contracts/manifest/validate-manifest";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { installPluginFromUrl } from "../install/install-from-url";
import { uninstallPlugin } from "../install/uninstall-plugin";
import type { AtomicWriteHooks } from "../state/atomic-file";
import type { PluginDataStoreOptions } from "../state/plugin-data-store";
import { ProfileStates } from "../state/profile-state";
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
  const installedManifest = async (pluginId: string): Promise<TojuPluginManifest | undefined> => {
    const found = (await discoverLocalPlugins(pluginsPath)).plugins.find((p) => (p.manifest as { id?: unknown }).id === pluginId);
    return found && validateManifest(found.manifest).valid ? (found.manifest as TojuPluginManifest) : undefined;
  };
  const profiles = new ProfileStates(statePath, { dataQuota: options.dataQuota, hooks: options.hooks, installedManifest });

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
    async savePluginData({ profileId, value, ...address }) {
      return profiles.of(profileId).data.save(address, value);
    },
    async getPluginData({ profileId, ...address }) {
      return { record: await profiles.of(profileId).data.get(address) };
    },
    async deletePluginData({ profileId, ...address }) {
      return { deleted: await profiles.of(profileId).data.delete(address) };
    },
    async getCapabilityGrants({ profileId }) {
      return withProfile(profileId, await profiles.of(profileId).grants.read());
    },
    async saveCapabilityGrants(request) {
      return profiles.of(request.profileId).grants.write(request);
    },
    async getDisabledPlugins({ profileId }) {
      return withProfile(profileId, await profiles.of(profileId).disabled.read());
    },
    async saveDisabledPlugins({ profileId, pluginIds }) {
      return profiles.of(profileId).disabled.write(withProfile(profileId, { pluginIds: [...new Set(pluginIds)].sort() }));
    },
    async getPluginClientData({ profileId, pluginId }) {
      return withProfile(profileId, await profiles.of(profileId).clientData.read(pluginId));
    },
    async savePluginClientData({ profileId, pluginId, values }) {
      return withProfile(profileId, await profiles.of(profileId).clientData.save(pluginId, values));
    },
    async installPluginFromUrl(request) {
      return installPluginFromUrl(request, {
        pluginsPath,
        stagingPath: path.join(statePath, "install-staging"),
        approvedOrigins: () => profiles.of(request.profileId).grants.approvedInstallOrigins(),
        timeoutMs: options.downloadTimeoutMs,
      });
    },
    async uninstallPlugin({ profileId, pluginId }) {
      return uninstallPlugin(pluginId, pluginsPath, path.join(statePath, "install-staging"), profiles.of(profileId));
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
      // A request whose every field is optional may be left out entirely.
      const input = validate && request === undefined ? {} : request;
      if (validate && !validate(input)) throw invalidRequest(`${method} request`, validate.errors);
      return handler.call(handlers, input);
    };
  }
  return checked as DesktopHandlers;
}

/** A document as answered for a profile: the profile's id on it, or none for the signed-out device. */
function withProfile<T extends object>(profileId: string | undefined, document: T): T & { profileId?: string } {
  const { profileId: _stored, ...rest } = document as T & { profileId?: string };
  return (profileId === undefined ? rest : { ...rest, profileId }) as T & { profileId?: string };
}
