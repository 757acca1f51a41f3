// PluginHostService: runs the local plugins through PluginHost with the user's grants and Enable/Disable choice as
// inputs of every activation plan. The user's disabled plugins are kept in localStorage (disabled-plugins-store).
import { DestroyRef, Injectable, inject } from "@angular/core";
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";
import type { TojuClientPluginApi } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { Capability, PluginRequirementsSnapshot, TojuPluginManifest } from "@toju/generated/types/contract";
import { PluginClientApiService } from "../api/plugin-client-api";
import { isActiveLifecycleState } from "../activation/plugin-lifecycle";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { PluginHost } from "../host/plugin-host";
import { createPluginModuleLoader } from "../host/plugin-module-loader";
import { PluginMessageBusService } from "../message-bus/plugin-message-bus.service";
import { PluginUiRegistryService } from "../ui-registry/plugin-ui-registry.service";
import { TOJU_DESKTOP } from "./desktop-bridge";
import { readDisabledPlugins, writeDisabledPlugins } from "./disabled-plugins-store";
import { readLocalModuleBytes } from "./local-module-bytes";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";
import { pluginStatus, type PluginStatus } from "./plugin-status";
import { BROWSER_STORAGE, PLUGIN_MODULE_IMPORTER, RUNTIME_CONSOLE, TOJU_VERSION } from "./runtime-tokens";

/** A manifest too broken to name a plugin id: only its issues can be shown. */
export interface UnidentifiedManifest {
  manifestPath: string;
  issues: readonly ManifestIssue[];
}

@Injectable({ providedIn: "root" })
export class PluginHostService {
  private readonly desktop = inject(TOJU_DESKTOP);
  private readonly discovery = inject(LocalPluginDiscoveryService);
  private readonly capabilities = inject(PluginCapabilityService);
  private readonly clientApi = inject(PluginClientApiService);
  private readonly registry = inject(PluginUiRegistryService);
  private readonly bus = inject(PluginMessageBusService);
  private readonly storage = inject(BROWSER_STORAGE);
  private readonly output = inject(RUNTIME_CONSOLE);
  private readonly events = new TypedEmitter<{ changed: void }>((error) => this.output.warn("[toju] a plugin list listener threw", error));
  private readonly userDisabled: Set<string>;
  private readonly host: PluginHost;
  private unidentifiedManifests: UnidentifiedManifest[] = [];
  private serverRequirements?: PluginRequirementsSnapshot;

  constructor() {
    const importModule = inject(PLUGIN_MODULE_IMPORTER);
    this.userDisabled = readDisabledPlugins(this.storage);
    this.host = new PluginHost({
      tojuVersion: inject(TOJU_VERSION),
      disabledPluginIds: this.userDisabled,
      grantedCapabilities: (pluginId) => this.capabilities.grantedCapabilities(pluginId),
      loadModule: createPluginModuleLoader({
        approvedOrigins: (pluginId) => this.capabilities.approvedOrigins(pluginId),
        fetchBytes: (url, plugin) => this.readModule(plugin.manifest.id, url),
        importModule,
      }),
      createApi: (pluginId, manifest) => this.createApi(pluginId, manifest),
      reportError: (pluginId, message) => this.output.warn(`[plugin ${pluginId}] ${message}`),
    });
    const watching = [
      this.host.onStateChange(({ pluginId, state }) => {
        if (!isActiveLifecycleState(state)) {
          this.registry.removeAll(pluginId);
          this.bus.removeAll(pluginId);
        }
        this.changed();
      }),
      // Grants change here, in another window or by the desktop sync; each change is a new plan.
      this.capabilities.onChange(() => {
        this.host.capabilityGrantsChanged().catch((error: unknown) => this.output.warn("[toju] re-planning for new grants failed", error));
        this.changed();
      }),
    ];
    inject(DestroyRef).onDestroy(() => watching.forEach((subscription) => subscription.dispose()));
  }

  /** Told after every change of what `statuses()` or `unidentified()` answer. */
  onChange(listener: () => void): Subscription {
    return this.events.on("changed", listener);
  }

  /** Every registered plugin, sorted by id. */
  statuses(): PluginStatus[] {
    return this.host
      .listStates()
      .map((entry) => pluginStatus(entry, this.capabilities.grantedCapabilities(entry.pluginId), this.userDisabled.has(entry.pluginId)));
  }

  unidentified(): readonly UnidentifiedManifest[] {
    return this.unidentifiedManifests;
  }

  /** Syncs grants with the desktop, registers every local plugin and activates what the plan allows. */
  async start(): Promise<void> {
    await this.capabilities.syncWithDesktop();
    const found = await this.discovery.discover();
    const unidentified: UnidentifiedManifest[] = [];
    for (const plugin of found.plugins) {
      const registered = this.host.registerManifest(plugin.manifest, {
        kind: "local",
        pluginRootUrl: plugin.pluginRootUrl,
        manifestPath: plugin.manifestPath,
      });
      if (!registered.accepted && registered.pluginId === undefined)
        unidentified.push({ manifestPath: plugin.manifestPath, issues: registered.issues });
    }
    this.unidentifiedManifests = unidentified;
    this.changed();
    await this.host.activateAll({ serverRequirements: this.serverRequirements });
  }

  /** The open server's requirements changed, or no server is open: re-plans, then tells the running plugins. */
  async serverRequirementsChanged(snapshot: PluginRequirementsSnapshot | undefined): Promise<void> {
    this.serverRequirements = snapshot;
    await this.host.notifyServerRequirementsChanged(snapshot);
  }

  /** Grants exactly what the manifest asks for; the next plan starts the plugin unless the user disabled it. */
  async grant(pluginId: string): Promise<void> {
    const manifest = this.host.getState(pluginId)?.descriptor?.manifest;
    if (!manifest) return;
    this.capabilities.grantAll(manifest);
    await this.host.whenIdle();
  }

  /** Disables the plugin and revokes every grant; enabling it again brings the prompt back. */
  async deny(pluginId: string): Promise<void> {
    await this.setEnabled(pluginId, false);
    this.capabilities.revokeAll(pluginId);
    await this.host.whenIdle();
  }

  /** One capability, as its checkbox says; a plugin left holding none of what it declares stops until granted again. */
  async setCapabilityGranted(pluginId: string, capability: Capability, granted: boolean): Promise<void> {
    if (granted) this.capabilities.grant(pluginId, capability);
    else this.capabilities.revoke(pluginId, capability);
    await this.host.whenIdle();
  }

  async setEnabled(pluginId: string, enabled: boolean): Promise<void> {
    if (enabled) this.userDisabled.delete(pluginId);
    else this.userDisabled.add(pluginId);
    writeDisabledPlugins(this.storage, this.userDisabled);
    this.changed();
    await this.host.setDisabled(pluginId, !enabled);
  }

  /** Stops the plugin (and what requires it), imports its module again and activates them anew. */
  async reload(pluginId: string): Promise<void> {
    await this.host.reload(pluginId);
  }

  /** Settles once every plan queued so far (by a command, a grant change in another window, the desktop sync) has run. */
  whenIdle(): Promise<void> {
    return this.host.whenIdle();
  }

  private createApi(pluginId: string, manifest: TojuPluginManifest): TojuClientPluginApi {
    this.registry.removeAll(pluginId);
    this.registry.addPlugin(manifest);
    return this.clientApi.createApi(pluginId);
  }

  private async readModule(pluginId: string, url: string): Promise<Uint8Array> {
    const folder = this.discovery.descriptorOf(pluginId);
    if (!this.desktop || !folder) throw new Error(`the folder of "${pluginId}" is unknown`);
    return readLocalModuleBytes(this.desktop, folder.pluginRoot, folder.pluginRootUrl, url);
  }

  private changed(): void {
    this.events.emit("changed", undefined);
  }
}
