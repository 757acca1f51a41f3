// Test helper: an in-memory desktop tier (plugins folder, plugin data, grants file), a module importer for jsdom (which
// cannot import Blob URLs) and a localStorage whose `storage` events the test raises, for the shell's TestBed specs.
import type { Provider } from "@angular/core";
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import type { TojuClientPluginModule } from "@toju/contracts/sdk/toju-plugin-sdk";
import type {
  DisabledPlugins,
  InstallPluginFromUrlRequest,
  InstallPluginResult,
  PluginCapabilityGrants,
  PluginClientData,
  PluginClientDataQuery,
  PluginDataRecord,
  SavePluginClientDataCommand,
  TojuPluginManifest,
  UninstallPluginRequest,
} from "@toju/generated/types/contract";
import { TOJU_DESKTOP } from "../desktop-bridge";
import { BROWSER_STORAGE, PLUGIN_MODULE_IMPORTER, RUNTIME_CONSOLE, STORAGE_EVENTS } from "../runtime-tokens";

const PLUGINS_PATH = "/data/plugins";

/** A plugins folder whose entry modules are the plugin ids as text; `modules` says what importing each one gives. */
export class FakeDesktop implements TojuDesktopApi {
  readonly manifests = new Map<string, unknown>();
  readonly modules = new Map<string, TojuClientPluginModule>();
  readonly data = new Map<string, PluginDataRecord>();
  grants: PluginCapabilityGrants = { schemaVersion: 1, grants: [] };
  readonly calls: string[] = [];

  /** Installs a plugin in its own folder; its module is `module` (a plugin without one throws from `activate`). */
  install(manifest: Partial<TojuPluginManifest> & { id: string }, module: TojuClientPluginModule = {}): void {
    this.manifests.set(manifest.id, manifest);
    this.modules.set(manifest.id, module);
  }

  async listLocalPluginManifests() {
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

  async readLocalPluginFile(request: { pluginRoot: string; path: string }) {
    this.calls.push(`readLocalPluginFile ${request.pluginRoot}/${request.path}`);
    const folder = request.pluginRoot.slice(PLUGINS_PATH.length + 1);
    return {
      path: `${request.pluginRoot}/${request.path}`,
      mediaType: "text/javascript",
      size: folder.length,
      contentBase64: btoa(folder),
    };
  }

  async savePluginData(command: Omit<PluginDataRecord, "updatedAt">) {
    const record = { ...command, updatedAt: "2026-03-01T10:00:00.000Z" };
    this.data.set(dataKey(command), record);
    return record;
  }

  async getPluginData(query: Omit<PluginDataRecord, "updatedAt" | "value">) {
    return { record: this.data.get(dataKey(query)) ?? null };
  }

  async deletePluginData(command: Omit<PluginDataRecord, "updatedAt" | "value">) {
    return { deleted: this.data.delete(dataKey(command)) };
  }

  async getCapabilityGrants() {
    return this.grants;
  }

  async saveCapabilityGrants(grants: PluginCapabilityGrants) {
    this.grants = grants;
    return grants;
  }

  disabled: DisabledPlugins = { pluginIds: [] };
  readonly clientData = new Map<string, PluginClientData>();

  async getDisabledPlugins() {
    return this.disabled;
  }

  async saveDisabledPlugins(request: DisabledPlugins) {
    this.disabled = { ...request, pluginIds: [...new Set(request.pluginIds)].sort() };
    return this.disabled;
  }

  async getPluginClientData(request: PluginClientDataQuery) {
    return this.clientData.get(request.pluginId) ?? { pluginId: request.pluginId, values: {} };
  }

  async savePluginClientData(request: SavePluginClientDataCommand) {
    const saved = { pluginId: request.pluginId, values: request.values, updatedAt: new Date().toISOString() };
    this.clientData.set(request.pluginId, saved);
    return saved;
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

export interface FakeRuntime {
  desktop: FakeDesktop;
  storage: FakeBrowserStorage;
  output: { debug: jest.Mock; info: jest.Mock; warn: jest.Mock; error: jest.Mock };
  providers: Provider[];
}

/** Providers that put the runtime on the fakes: the desktop tier, the module importer, localStorage and the console. */
export function fakeRuntime(desktop = new FakeDesktop(), storage = new FakeBrowserStorage()): FakeRuntime {
  const output = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  return {
    desktop,
    storage,
    output,
    providers: [
      { provide: TOJU_DESKTOP, useValue: desktop },
      { provide: PLUGIN_MODULE_IMPORTER, useValue: desktop.importModule },
      { provide: BROWSER_STORAGE, useValue: storage },
      { provide: STORAGE_EVENTS, useValue: storage },
      { provide: RUNTIME_CONSOLE, useValue: output },
    ],
  };
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
