// Test helper, framework-free: an in-memory desktop tier (plugins folder, and per profile: plugin data, grants, disabled
// plugins and settings values), plugins published at URLs for `installPluginFromUrl`, a module importer for jsdom
// (which cannot import Blob URLs) and a localStorage whose `storage` events the test raises. fake-runtime.ts puts them
// behind the runtime's injection tokens.
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import type { TojuClientPluginModule } from "@toju/contracts/sdk/toju-plugin-sdk";
import type {
  DesktopStateQuery,
  DisabledPlugins,
  InstallPluginFromUrlRequest,
  IpcError,
  InstallPluginResult,
  LocalPluginDiscoveryResult,
  LocalPluginManifestDescriptor,
  PluginCapabilityGrants,
  PluginClientData,
  PluginClientDataQuery,
  PluginDataRecord,
  PluginInstallSource,
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

/** A plugin `installPluginFromUrl` can download from its manifest URL. */
export interface PublishedPlugin {
  manifest: TojuPluginManifest;
  module: TojuClientPluginModule;
}

/** A plugins folder whose entry modules are the plugin ids as text; `modules` says what importing each one gives. */
export class FakeDesktop implements TojuDesktopApi {
  readonly manifests = new Map<string, unknown>();
  readonly modules = new Map<string, TojuClientPluginModule>();
  /** `source.json` of the folders installed from a URL. */
  readonly sources = new Map<string, PluginInstallSource>();
  /** What the web serves, by manifest URL. */
  readonly published = new Map<string, PublishedPlugin>();
  /** What `installPluginFromUrl` refuses after the origin check, as the real downloader would (undefined: it downloads). */
  refuseInstall: (request: InstallPluginFromUrlRequest) => IpcError | undefined = () => undefined;
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

  /** Serves a plugin at `url` for `installPluginFromUrl`; importing its downloaded module gives `module`. */
  publish(url: string, manifest: TojuPluginManifest, module: TojuClientPluginModule = {}): void {
    this.published.set(url, { manifest, module });
  }

  async listLocalPluginManifests(): Promise<LocalPluginDiscoveryResult> {
    this.calls.push("listLocalPluginManifests");
    const plugins = [...this.manifests.keys()].map((folder) => this.descriptor(folder));
    return { plugins, errors: [], pluginsPath: PLUGINS_PATH };
  }

  /** A folder installed from a URL carries its `source` and the downloaded module's path, as discovery reports them. */
  private descriptor(folder: string): LocalPluginManifestDescriptor {
    const manifest = this.manifests.get(folder);
    const descriptor: LocalPluginManifestDescriptor = {
      manifest,
      manifestPath: `${PLUGINS_PATH}/${folder}/toju-plugin.json`,
      pluginRoot: `${PLUGINS_PATH}/${folder}`,
      pluginRootUrl: `file://${PLUGINS_PATH}/${folder}/`,
      discoveredAt: "2026-03-01T10:00:00.000Z",
    };
    const source = this.sources.get(folder);
    if (source) {
      descriptor.source = source;
      descriptor.entrypointPath = `${PLUGINS_PATH}/${folder}/${source.entrypoint ?? (manifest as TojuPluginManifest).entrypoint}`;
    }
    return descriptor;
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

  /** Removes the folder and the profile's data and settings values of the plugin, as the desktop does. */
  async uninstallPlugin({ pluginId, profileId }: UninstallPluginRequest) {
    this.calls.push(`uninstallPlugin ${pluginId} ${profileId ?? "-"}`);
    if (!this.manifests.has(pluginId)) throw { code: "not_found", message: `no installed plugin ${pluginId}` };
    this.manifests.delete(pluginId);
    this.modules.delete(pluginId);
    this.sources.delete(pluginId);
    const profile = this.profile(profileId);
    let dataRemoved = profile.clientData.delete(pluginId);
    for (const [key, record] of profile.data) if (record.pluginId === pluginId) dataRemoved = profile.data.delete(key);
    return { removedPath: `${PLUGINS_PATH}/${pluginId}`, dataRemoved };
  }

  /** Installs what `publish` put at the URL, refusing what the real desktop refuses: an unapproved origin, another plugin id. */
  async installPluginFromUrl(request: InstallPluginFromUrlRequest): Promise<InstallPluginResult> {
    this.calls.push(`installPluginFromUrl ${request.url} ${request.expectedPluginId ?? "-"} ${request.profileId ?? "-"}`);
    const origin = new URL(request.url).origin;
    if (!this.profile(request.profileId).grants.approvedInstallOrigins?.includes(origin))
      throw {
        code: "origin_not_approved",
        message: `the manifest is on ${origin}, which you have not allowed plugins to be installed from`,
      };
    const refusal = this.refuseInstall(request);
    if (refusal) throw refusal;
    const published = this.published.get(request.url);
    if (!published) throw { code: "download_failed", message: `manifest: ${request.url} answered HTTP 404` };
    const { manifest, module } = published;
    if (request.expectedPluginId !== undefined && manifest.id !== request.expectedPluginId)
      throw { code: "invalid_manifest", message: `the manifest is for plugin '${manifest.id}', not '${request.expectedPluginId}'` };
    const updated = this.manifests.has(manifest.id);
    if (updated && !this.sources.has(manifest.id))
      throw { code: "invalid_request", message: `a plugin folder named ${manifest.id} exists that was not installed from a URL` };
    this.install(manifest, module);
    const source: PluginInstallSource = { url: request.url, origin, installedAt: "2026-03-01T11:00:00.000Z" };
    if (!manifest.entrypoint) source.entrypoint = "bundle.js";
    this.sources.set(manifest.id, source);
    return { plugin: this.descriptor(manifest.id), updated };
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

/** A manifest whose code is a remote bundle (no `entrypoint`), as a plugin published at a URL has. */
export function remoteManifest(
  id: string,
  bundle: TojuPluginManifest["bundle"],
  overrides: Partial<TojuPluginManifest> = {},
): TojuPluginManifest {
  const { entrypoint: _local, ...manifest } = shellManifest(id, overrides);
  return { ...manifest, bundle };
}
