// PluginHostService: runs the local plugins through PluginHost with the user's grants and Enable/Disable choice as
// inputs of every activation plan. Both are kept per profile (the signed-in user of the ShellSession, or the signed-out
// device); when the user signs in, out or switches, the running plugins stop, the new profile's grants and choices are
// loaded, and the plan runs again, so no plugin keeps one user's state in memory for another. Plugins installed from
// a URL are registered and planned like any other; an update is re-registered and reloaded, an uninstall forgets them.
import { DestroyRef, Injectable, effect, inject, untracked } from "@angular/core";
import { SerialQueue } from "@toju/contracts/async/serial-queue";
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";
import type { TojuClientPluginApi, TojuClientPluginModule } from "@toju/contracts/sdk/toju-plugin-sdk";
import type {
  Capability,
  InstallPluginResult,
  LocalPluginManifestDescriptor,
  PluginRequirementsSnapshot,
  TojuPluginManifest,
  UninstallPluginResult,
} from "@toju/generated/types/contract";
import { SHELL_SESSION } from "../../session/shell-session";
import { PluginClientApiService } from "../api/plugin-client-api";
import { isActiveLifecycleState } from "../activation/plugin-lifecycle";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { PluginHost } from "../host/plugin-host";
import { createPluginModuleLoader } from "../host/plugin-module-loader";
import { loadIsolatedPlugin } from "../isolation/load-isolated-plugin";
import { PluginMessageBusService } from "../message-bus/plugin-message-bus.service";
import { PluginClientDataService, type ClientDataChange } from "../settings/plugin-client-data.service";
import { PluginUiRegistryService } from "../ui-registry/plugin-ui-registry.service";
import { TOJU_DESKTOP } from "./desktop-bridge";
import { DisabledPluginsStore } from "./disabled-plugins-store";
import { readInstalledModuleBytes, readLocalModuleBytes } from "./local-module-bytes";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";
import { pluginStatus, type PluginStatus } from "./plugin-status";
import { PluginStylesheetService } from "./plugin-stylesheet.service";
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
  private readonly clientData = inject(PluginClientDataService);
  private readonly registry = inject(PluginUiRegistryService);
  private readonly bus = inject(PluginMessageBusService);
  private readonly output = inject(RUNTIME_CONSOLE);
  private readonly session = inject(SHELL_SESSION, { optional: true });
  private readonly disabled = new DisabledPluginsStore(this.desktop, inject(BROWSER_STORAGE));
  private readonly events = new TypedEmitter<{ changed: void }>((error) => this.output.warn("[toju] a plugin list listener threw", error));
  /** Start-up and profile switches, one at a time and in order. */
  private readonly lifecycle = new SerialQueue();
  private readonly host: PluginHost;
  private unidentifiedManifests: UnidentifiedManifest[] = [];
  private started = false;
  /** While a profile's grants and choices are being swapped in, no plan runs on half of them. */
  private switching = false;

  constructor() {
    const importModule = inject(PLUGIN_MODULE_IMPORTER);
    const stylesheets = inject(PluginStylesheetService);
    this.host = new PluginHost({
      tojuVersion: inject(TOJU_VERSION),
      grantedCapabilities: (pluginId) => this.capabilities.grantedCapabilities(pluginId),
      loadModule: createPluginModuleLoader({
        approvedOrigins: (pluginId) => this.capabilities.approvedOrigins(pluginId),
        fetchBytes: (url, plugin) => this.readModule(plugin.manifest.id, url),
        readInstalledModule: (plugin) => this.readInstalledModule(plugin.manifest.id),
        importModule,
        loadIsolated: (bytes, plugin) => this.loadIsolated(bytes, plugin.manifest),
      }),
      applyStylesheets: (plugin) => stylesheets.apply(plugin),
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
        if (!this.switching)
          this.host
            .capabilityGrantsChanged()
            .catch((error: unknown) => this.output.warn("[toju] re-planning for new grants failed", error));
        this.changed();
      }),
      this.clientData.onChange((change) => this.settingsChanged(change)),
    ];
    inject(DestroyRef).onDestroy(() => watching.forEach((subscription) => subscription.dispose()));
    const session = this.session;
    if (session) effect(() => this.followProfile(session.user()?.id));
  }

  /** Told after every change of what `statuses()` or `unidentified()` answer. */
  onChange(listener: () => void): Subscription {
    return this.events.on("changed", listener);
  }

  /** Every registered plugin, sorted by id. */
  statuses(): PluginStatus[] {
    const disabled = this.disabled.list();
    return this.host
      .listStates()
      .map((entry) =>
        pluginStatus(
          entry,
          this.capabilities.grantedCapabilities(entry.pluginId),
          disabled.has(entry.pluginId),
          this.discovery.descriptorOf(entry.pluginId),
        ),
      );
  }

  unidentified(): readonly UnidentifiedManifest[] {
    return this.unidentifiedManifests;
  }

  /** The validated manifest of a registered plugin. */
  manifestOf(pluginId: string): TojuPluginManifest | undefined {
    return this.host.getState(pluginId)?.descriptor?.manifest;
  }

  /** Loads the signed-in profile's grants and choices, registers every local plugin and activates what the plan allows. */
  start(): Promise<void> {
    return this.lifecycle.run(async () => {
      await this.loadProfile(this.session ? untracked(this.session.user)?.id : undefined);
      const found = await this.discovery.discover();
      const unidentified: UnidentifiedManifest[] = [];
      for (const plugin of found.plugins) {
        const registered = this.register(plugin);
        if (!registered.accepted && registered.pluginId === undefined)
          unidentified.push({ manifestPath: plugin.manifestPath, issues: registered.issues });
      }
      this.unidentifiedManifests = unidentified;
      this.started = true;
      this.changed();
      await this.host.activateAll();
    });
  }

  /**
   * The open server's requirements changed, or no server is open: re-plans (stopping what the server now blocks,
   * starting what it allows), then tells the running plugins. The host keeps the snapshot for later plans.
   */
  async serverRequirementsChanged(snapshot: PluginRequirementsSnapshot | undefined): Promise<void> {
    await this.host.notifyServerRequirementsChanged(snapshot);
  }

  /** Grants exactly what the manifest asks for; the next plan starts the plugin unless the user disabled it. */
  async grant(pluginId: string): Promise<void> {
    const manifest = this.manifestOf(pluginId);
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

  /** Takes effect at once; a failed save to the desktop is reported after the plugin has already stopped or started. */
  async setEnabled(pluginId: string, enabled: boolean): Promise<void> {
    const saving = this.disabled.setDisabled(pluginId, !enabled);
    saving.catch(() => undefined); // awaited below, once the plan has run
    this.changed();
    await this.host.setDisabled(pluginId, !enabled);
    await saving;
  }

  /** Stops the plugin (and what requires it), imports its module again and activates them anew. */
  async reload(pluginId: string): Promise<void> {
    await this.host.reload(pluginId);
  }

  /**
   * Downloads the plugin through the desktop (which refuses origins the profile has not approved) and registers it; a new
   * plugin waits for consent like any other, an update is reloaded and keeps its grants (new capabilities are asked for).
   * Rejects with the desktop's `IpcError` and leaves everything as it was.
   */
  installFromUrl(url: string, expectedPluginId?: string): Promise<InstallPluginResult> {
    return this.lifecycle.run(async () => {
      const desktop = this.requireDesktop();
      const profileId = this.capabilities.profile;
      const request = {
        url,
        ...(expectedPluginId === undefined ? {} : { expectedPluginId }),
        ...(profileId === undefined ? {} : { profileId }),
      };
      const result = await desktop.installPluginFromUrl(request);
      await this.discovery.discover();
      await this.adopt(this.discovery.descriptorOf(pluginIdOf(result.plugin)) ?? result.plugin);
      return result;
    });
  }

  /**
   * Stops the plugin (what requires it first), removes its folder and the profile's data of it through the desktop, revokes
   * its grants and forgets it. When the desktop refuses, the plugin is started again as the plan allows.
   */
  uninstall(pluginId: string): Promise<UninstallPluginResult> {
    return this.lifecycle.run(async () => {
      const desktop = this.requireDesktop();
      const profileId = this.capabilities.profile;
      await this.host.deactivate(pluginId);
      let result: UninstallPluginResult;
      try {
        result = await desktop.uninstallPlugin(profileId === undefined ? { pluginId } : { pluginId, profileId });
      } catch (error) {
        await this.host.activateAll();
        throw error;
      }
      this.capabilities.revokeAll(pluginId);
      if (this.disabled.list().has(pluginId)) await this.disabled.setDisabled(pluginId, false);
      await this.host.unregister(pluginId);
      await this.discovery.discover();
      this.changed();
      return result;
    });
  }

  /** Settles once every profile switch and every plan queued so far has run. */
  async whenIdle(): Promise<void> {
    await this.lifecycle.idle();
    await this.host.whenIdle();
  }

  private followProfile(profileId: string | undefined): void {
    untracked(() => {
      this.lifecycle
        .run(() => this.switchProfile(profileId))
        .catch((error: unknown) => this.output.warn("[toju] switching the plugin profile failed", error));
    });
  }

  /** Before start-up the profile is only remembered: `start` reads it. */
  private async switchProfile(profileId: string | undefined): Promise<void> {
    if (!this.started || profileId === this.capabilities.profile) return;
    for (const pluginId of this.host.runningPluginIds.reverse()) await this.host.deactivate(pluginId);
    await this.loadProfile(profileId);
    await this.host.activateAll();
  }

  /** The profile's grants and disabled choice both change before the next plan runs. */
  private async loadProfile(profileId: string | undefined): Promise<void> {
    this.switching = true;
    let disabled: ReadonlySet<string>;
    try {
      if (profileId === this.capabilities.profile) await this.capabilities.syncWithDesktop();
      else await this.capabilities.switchProfile(profileId);
      disabled = await this.disabled.load(profileId);
    } finally {
      this.switching = false;
    }
    await this.host.replaceDisabled(disabled);
    this.changed();
  }

  /** The user saved the plugin's settings form: the plugin hears of each changed key (scope `plugin`). */
  private settingsChanged(change: ClientDataChange): void {
    if (change.by !== "user") return;
    for (const key of change.changedKeys) {
      this.host
        .notifyPluginDataChanged(change.pluginId, { key, scope: "plugin", value: change.values[key] })
        .catch((error: unknown) => this.output.warn(`[plugin ${change.pluginId}] onPluginDataChanged could not run`, error));
    }
  }

  private register(plugin: LocalPluginManifestDescriptor) {
    return this.host.registerManifest(plugin.manifest, {
      kind: "local",
      pluginRootUrl: plugin.pluginRootUrl,
      manifestPath: plugin.manifestPath,
    });
  }

  /** A downloaded plugin joins the plan: a running one is reloaded with its new module, a disabled one waits to be enabled. */
  private async adopt(plugin: LocalPluginManifestDescriptor): Promise<void> {
    const registered = this.register(plugin);
    this.changed();
    if (!registered.accepted || !this.started || this.disabled.list().has(registered.pluginId)) return;
    await this.host.reload(registered.pluginId);
  }

  private requireDesktop(): TojuDesktopApi {
    if (!this.desktop) throw new Error("No desktop bridge: plugins are installed by the desktop app or the page `npm start` serves.");
    return this.desktop;
  }

  private createApi(pluginId: string, manifest: TojuPluginManifest): TojuClientPluginApi {
    this.registry.removeAll(pluginId);
    this.registry.addPlugin(manifest);
    return this.clientApi.createApi(pluginId);
  }

  /** A plugin with `isolation: "worker"` runs in a worker of its own; one that stops answering fails with its dependents. */
  private loadIsolated(bytes: ArrayBuffer | Uint8Array, manifest: TojuPluginManifest): Promise<TojuClientPluginModule> {
    const pluginId = manifest.id;
    return loadIsolatedPlugin(bytes, {
      pluginId,
      manifest,
      grants: () => this.capabilities.grantedCapabilities(pluginId),
      onUnresponsive: (message) =>
        this.host
          .failRunning(pluginId, { code: "worker_unresponsive", message: `"${manifest.title}" failed: ${message}.` })
          .catch((error: unknown) => this.output.warn(`[plugin ${pluginId}] could not be marked failed`, error)),
      report: (message) => this.output.warn(`[plugin ${pluginId}] ${message}`),
    });
  }

  private async readModule(pluginId: string, url: string): Promise<Uint8Array> {
    const folder = this.discovery.descriptorOf(pluginId);
    if (!this.desktop || !folder) throw new Error(`the folder of "${pluginId}" is unknown`);
    return readLocalModuleBytes(this.desktop, folder.pluginRoot, folder.pluginRootUrl, url);
  }

  private readInstalledModule(pluginId: string): Promise<Uint8Array> | undefined {
    const folder = this.discovery.descriptorOf(pluginId);
    return this.desktop && folder ? readInstalledModuleBytes(this.desktop, folder) : undefined;
  }

  private changed(): void {
    this.events.emit("changed", undefined);
  }
}

function pluginIdOf(plugin: LocalPluginManifestDescriptor): string {
  return String((plugin.manifest as { id?: unknown }).id);
}
