// Test helper, framework-free: an in-memory desktop tier (plugins folder, and per profile: plugin data, grants, disabled
// plugins and settings values), a module importer for jsdom (which cannot import Blob URLs) and a localStorage whose
// `storage` events the test raises. fake-runtime.ts puts them behind the runtime's injection tokens.
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import type { TojuClientPluginModule } from "@toju/contracts/sdk/toju-plugin-sdk";
import type {
  DesktopStateQuery,
  DisabledPlugins,
  InstallPluginFromUrlRequest,
  IpcError,
  InstallPluginResult,
  LocalPluginDiscoveryResult,
  PluginCapabilityGrants,
  PluginClientData,
  PluginClientDataQuery,
  PluginDataRecord,
  SavePluginClientDataCommand,
  TojuPluginManifest,
  UninstallPluginRequest,
} from "@toju/generated/types/contract";

const PLUGINS_PATH = "/data/plugins";

/** One profile's desktop state; the signed-out device is the profile `""`. */
export interface FakeProfileState {
  grants: PluginCapabilityGrants;
  disabled: DisabledPlugins;
  readonly data: Map<string, PluginDataRecord>;
  readonly clientData: Map<string, PluginClientData>;
}

/** A plugins folder whose entry modules are the plugin ids as text; `modules` says what importing each one gives. */
export class FakeDesktop implements TojuDesktopApi {
  readonly manifests = new Map<string, unknown>();
  readonly modules = new Map<string, TojuClientPluginModule>();
  /** Files other than entry modules (stylesheets), by `<folder>/<path>`. */
  readonly files = new Map<string, string>();
  readonly profiles = new Map<string, FakeProfileState>();
  readonly calls: string[] = [];
  /** What `savePluginClientData` refuses, as the desktop's schema check would (undefined: accepted). */
  refuseClientData: (pluginId: string, values: Record<string, unknown>) => IpcError | undefined = () => undefined;

  profile(profileId?: string): FakeProfileState {
    let state = this.profiles.get(profileId ?? "");
    if (!state) {
      state = { grants: { schemaVersion: 1, grants: [] }, disabled: { pluginIds: [] }, data: new Map(), clientData: new Map() };
      this.profiles.set(profileId ?? "", state);
    }
    return state;
  }

  /** The signed-out profile's grants file. */
  get grants(): PluginCapabilityGrants {
    return this.profile().grants;
  }

  set grants(grants: PluginCapabilityGrants) {
    this.profile().grants = grants;
  }

  get data(): Map<string, PluginDataRecord> {
    return this.profile().data;
  }

  /** Installs a plugin in its own folder; its module is `module` (a plugin without one throws from `activate`). */
  install(manifest: Partial<TojuPluginManifest> & { id: string }, module: TojuClientPluginModule = {}): void {
    this.manifests.set(manifest.id, manifest);
    this.modules.set(manifest.id, module);
  }

  async listLocalPluginManifests(): Promise<LocalPluginDiscoveryResult> {
    this.calls.push("listLocalPluginManifests");
    const plugins = [...this.manifests].map(([folder, manifest]) => ({
      manifest,
      manifestPath: `${PLUGINS_PATH}/${folder}/toju-plugin.json`,
      pluginRoot: `${PLUGINS_PATH}/${folder}`,
      pluginRootUrl: `file://${PLUGINS_PATH}/${folder}/`,
      discoveredAt: "2026-03-01T10:00:00.000Z",
    }));
    return { plugins, errors: [], pluginsPath: PLUGINS_PATH };
  }

  async getLocalPluginsPath() {
    return { pluginsPath: PLUGINS_PATH };
  }

  /** An entry module is the plugin id as text; any other file is what `files` holds, else it does not exist. */
  async readLocalPluginFile(request: { pluginRoot: string; path: string }) {
    this.calls.push(`readLocalPluginFile ${request.pluginRoot}/${request.path}`);
    const folder = request.pluginRoot.slice(PLUGINS_PATH.length + 1);
    const isModule = request.path.endsWith(".js");
    const text = isModule ? folder : this.files.get(`${folder}/${request.path}`);
    if (text === undefined) throw { code: "not_found", message: `${request.path} does not exist in the plugin folder` };
    return {
      path: `${request.pluginRoot}/${request.path}`,
      mediaType: isModule ? "text/javascript" : "text/css",
      size: text.length,
      contentBase64: btoa(text),
    };
  }

  async savePluginData({ profileId, ...command }: Omit<PluginDataRecord, "updatedAt"> & { profileId?: string }) {
    const record = { ...command, updatedAt: "2026-03-01T10:00:00.000Z" };
    this.profile(profileId).data.set(dataKey(command), record);
    return record;
  }

  async getPluginData({ profileId, ...query }: Omit<PluginDataRecord, "updatedAt" | "value"> & { profileId?: string }) {
    return { record: this.profile(profileId).data.get(dataKey(query)) ?? null };
  }

  async deletePluginData({ profileId, ...command }: Omit<PluginDataRecord, "updatedAt" | "value"> & { profileId?: string }) {
    return { deleted: this.profile(profileId).data.delete(dataKey(command)) };
  }

  async getCapabilityGrants({ profileId }: DesktopStateQuery = {}) {
    return withProfile(profileId, this.profile(profileId).grants);
  }

  async saveCapabilityGrants(grants: PluginCapabilityGrants) {
    this.profile(grants.profileId).grants = grants;
    return grants;
  }

  /** The signed-out profile's disabled plugins. */
  get disabled(): DisabledPlugins {
    return this.profile().disabled;
  }

  set disabled(disabled: DisabledPlugins) {
    this.profile().disabled = disabled;
  }

  get clientData(): Map<string, PluginClientData> {
    return this.profile().clientData;
  }

  async getDisabledPlugins({ profileId }: DesktopStateQuery = {}) {
    this.calls.push(`getDisabledPlugins ${profileId ?? "-"}`);
    return withProfile(profileId, this.profile(profileId).disabled);
  }

  async saveDisabledPlugins({ profileId, pluginIds }: DisabledPlugins) {
    this.calls.push(`saveDisabledPlugins ${profileId ?? "-"} ${pluginIds.join(",")}`);
    this.profile(profileId).disabled = { pluginIds: [...new Set(pluginIds)].sort() };
    return withProfile(profileId, this.profile(profileId).disabled);
  }

  async getPluginClientData({ profileId, pluginId }: PluginClientDataQuery) {
    return withProfile(profileId, this.profile(profileId).clientData.get(pluginId) ?? { pluginId, values: {} });
  }

  async savePluginClientData({ profileId, pluginId, values }: SavePluginClientDataCommand) {
    const refusal = this.refuseClientData(pluginId, values);
    if (refusal) throw refusal;
    const saved = { pluginId, values: structuredClone(values), updatedAt: new Date().toISOString() };
    this.profile(profileId).clientData.set(pluginId, saved);
    return withProfile(profileId, saved);
  }

  async uninstallPlugin(request: UninstallPluginRequest) {
    this.manifests.delete(request.pluginId);
    this.modules.delete(request.pluginId);
    return { removedPath: `${PLUGINS_PATH}/${request.pluginId}`, dataRemoved: false };
  }

  async installPluginFromUrl(request: InstallPluginFromUrlRequest): Promise<InstallPluginResult> {
    throw { code: "origin_not_approved", message: `the fake desktop installs nothing (${request.url})` };
  }

  /** What importing module bytes gives: the module of the plugin whose id the bytes spell. */
  importModule = async (bytes: ArrayBuffer | Uint8Array): Promise<unknown> => {
    const id = new TextDecoder().decode(bytes);
    const module = this.modules.get(id);
    if (!module) throw new Error(`no module for '${id}'`);
    return module;
  };
}

function withProfile<T extends object>(profileId: string | undefined, document: T): T {
  return profileId === undefined ? document : { ...document, profileId };
}

function dataKey(address: Pick<PluginDataRecord, "pluginId" | "scope" | "scopeId" | "key">): string {
  return JSON.stringify([address.pluginId, address.scope, address.scopeId ?? null, address.key]);
}

/** A localStorage with the `storage` events of other windows under the test's control. */
export class FakeBrowserStorage {
  private readonly items = new Map<string, string>();
  private readonly listeners = new Set<(event: { key: string | null }) => void>();

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  addEventListener(_type: "storage", listener: (event: { key: string | null }) => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: "storage", listener: (event: { key: string | null }) => void): void {
    this.listeners.delete(listener);
  }

  /** Another window called `localStorage.clear()`: every item is gone and the event carries no key. */
  clearFromAnotherWindow(): void {
    this.items.clear();
    for (const listener of [...this.listeners]) listener({ key: null });
  }
}

/** A valid manifest for the shell specs. */
export function shellManifest(id: string, overrides: Partial<TojuPluginManifest> = {}): TojuPluginManifest {
  return {
    id,
    title: `Plugin ${id}`,
    description: `Test plugin ${id}.`,
    version: "1.0.0",
    apiVersion: "1",
    kind: "client",
    schemaVersion: 1,
    compatibility: { minimumTojuVersion: "1.0.0" },
    entrypoint: "index.js",
    ...overrides,
  };
}
