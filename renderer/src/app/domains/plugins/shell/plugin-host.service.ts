// PluginHostService: runs the local plugins through PluginHost and keeps the list the shell shows in a signal.
// A plugin is handed to the host as disabled while it is disabled by the user or waits for a capability grant,
// so activation never starts without both; the user's choice is kept in localStorage (disabled-plugins-store).
import { Injectable, inject, signal } from "@angular/core";
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { PluginClientApiService } from "../api/plugin-client-api";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { createPluginModuleLoader } from "../host/plugin-module-loader";
import { PluginHost } from "../host/plugin-host";
import { importModuleFromBytes } from "../host/import-module-from-bytes";
import { PluginMessageBusService } from "../message-bus/plugin-message-bus.service";
import { PluginUiRegistryService } from "../ui-registry/plugin-ui-registry.service";
import { TOJU_DESKTOP } from "./desktop-bridge";
import { readDisabledPlugins, writeDisabledPlugins } from "./disabled-plugins-store";
import { readLocalModuleBytes } from "./local-module-bytes";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";
import { pluginStatus, type PluginStatus } from "./plugin-status";

export const TOJU_VERSION = "1.0.0";

const RUNNING = new Set(["loading", "ready", "loaded", "unloading"]);

@Injectable({ providedIn: "root" })
export class PluginHostService {
  private readonly desktop = inject(TOJU_DESKTOP);
  private readonly discovery = inject(LocalPluginDiscoveryService);
  private readonly capabilities = inject(PluginCapabilityService);
  private readonly clientApi = inject(PluginClientApiService);
  private readonly registry = inject(PluginUiRegistryService);
  private readonly bus = inject(PluginMessageBusService);
  private readonly userDisabled = readDisabledPlugins(localStorage);
  private readonly host = new PluginHost({
    tojuVersion: TOJU_VERSION,
    loadModule: createPluginModuleLoader({
      approvedOrigins: (pluginId) => this.capabilities.approvedOrigins(pluginId),
      fetchBytes: (url, plugin) => this.readModule(plugin.manifest.id, url),
      importModule: importModuleFromBytes,
    }),
    createApi: (pluginId, manifest) => this.createApi(pluginId, manifest),
  });

  readonly plugins = signal<PluginStatus[]>([]);
  readonly startError = signal<string | undefined>(undefined);
  /** Manifests too broken to name a plugin id: only their issues can be shown. */
  readonly unidentified = signal<{ manifestPath: string; issues: readonly ManifestIssue[] }[]>([]);

  constructor() {
    this.host.onStateChange(({ pluginId, state }) => {
      if (!RUNNING.has(state)) {
        this.registry.removeAll(pluginId);
        this.bus.removeAll(pluginId);
      }
      this.refresh();
    });
  }

  /** Syncs grants with the desktop, registers every local plugin and activates what is enabled and granted. */
  async start(): Promise<void> {
    try {
      await this.capabilities.syncWithDesktop();
      const found = await this.discovery.discover();
      const unidentified: { manifestPath: string; issues: readonly ManifestIssue[] }[] = [];
      for (const plugin of found.plugins) {
        const registered = this.host.registerManifest(plugin.manifest, {
          kind: "local",
          pluginRootUrl: plugin.pluginRootUrl,
          manifestPath: plugin.manifestPath,
        });
        if (!registered.accepted && registered.pluginId === undefined)
          unidentified.push({ manifestPath: plugin.manifestPath, issues: registered.issues });
      }
      this.unidentified.set(unidentified);
      for (const entry of this.host.listStates()) if (this.keptOff(entry.pluginId)) await this.host.setDisabled(entry.pluginId, true);
      await this.host.activateAll({ serverRequirements: undefined });
    } catch (error) {
      this.startError.set(error instanceof Error ? error.message : String(error));
    }
    this.refresh();
  }

  /** Grants exactly what the manifest asks for, then activates the plugin unless the user disabled it. */
  async grant(pluginId: string): Promise<void> {
    const manifest = this.manifestOf(pluginId);
    if (!manifest) return;
    this.capabilities.grantAll(manifest);
    await this.applyChoice(pluginId);
  }

  /** Revokes every grant and disables the plugin; enabling it again brings the prompt back. */
  async deny(pluginId: string): Promise<void> {
    this.capabilities.revokeAll(pluginId);
    await this.setEnabled(pluginId, false);
  }

  async setEnabled(pluginId: string, enabled: boolean): Promise<void> {
    if (enabled) this.userDisabled.delete(pluginId);
    else this.userDisabled.add(pluginId);
    writeDisabledPlugins(localStorage, this.userDisabled);
    await this.applyChoice(pluginId);
  }

  private async applyChoice(pluginId: string): Promise<void> {
    try {
      await this.host.setDisabled(pluginId, this.keptOff(pluginId));
    } finally {
      this.refresh();
    }
  }

  private keptOff(pluginId: string): boolean {
    if (this.userDisabled.has(pluginId)) return true;
    const manifest = this.manifestOf(pluginId);
    return manifest !== undefined && this.capabilities.missingCapabilities(manifest).length > 0;
  }

  private manifestOf(pluginId: string): TojuPluginManifest | undefined {
    return this.host.getState(pluginId)?.descriptor?.manifest;
  }

  private createApi(pluginId: string, manifest: TojuPluginManifest) {
    this.registry.removeAll(pluginId);
    this.registry.addPlugin(manifest);
    return this.clientApi.createApi(pluginId);
  }

  private async readModule(pluginId: string, url: string): Promise<Uint8Array> {
    const folder = this.discovery.descriptorOf(pluginId);
    if (!this.desktop || !folder) throw new Error(`the folder of "${pluginId}" is unknown`);
    return readLocalModuleBytes(this.desktop, folder.pluginRoot, folder.pluginRootUrl, url);
  }

  private refresh(): void {
    this.plugins.set(
      this.host.listStates().map((entry) => {
        const manifest = entry.descriptor?.manifest;
        return pluginStatus(entry, manifest ? this.capabilities.missingCapabilities(manifest) : [], this.userDisabled.has(entry.pluginId));
      }),
    );
  }
}
