// PluginStoreService: the one signal-based store the shell's components read. It mirrors PluginHostService (the
// plugin list) and PluginUiRegistryService (what running plugins contribute), and runs the user's commands.
import { DestroyRef, Injectable, computed, inject, signal } from "@angular/core";
import type { Capability } from "@toju/generated/types/contract";
import { describeDesktopFailure } from "../api/ipc-error";
import { PluginUiRegistryService, type UiContributionEntry } from "../ui-registry/plugin-ui-registry.service";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";
import { PluginHostService, type UnidentifiedManifest } from "./plugin-host.service";
import type { PluginStatus } from "./plugin-status";

interface Contributions {
  actions: UiContributionEntry<"action">[];
  pages: UiContributionEntry<"page">[];
  panels: UiContributionEntry<"panel">[];
}

@Injectable({ providedIn: "root" })
export class PluginStoreService {
  private readonly hosts = inject(PluginHostService);
  private readonly registry = inject(PluginUiRegistryService);
  private readonly pluginList = signal<PluginStatus[]>(this.hosts.statuses());
  private readonly unidentifiedList = signal<readonly UnidentifiedManifest[]>(this.hosts.unidentified());
  private readonly contributions = signal<Contributions>(this.readContributions());
  private readonly problem = signal<string | undefined>(undefined);

  /** Every local plugin, sorted by id. */
  readonly plugins = this.pluginList.asReadonly();
  readonly unidentified = this.unidentifiedList.asReadonly();
  /** What the desktop found in its plugins folder, including the folders it refused. */
  readonly discovery = inject(LocalPluginDiscoveryService).result.asReadonly();
  readonly actions = computed(() => this.contributions().actions);
  readonly pages = computed(() => this.contributions().pages);
  readonly panels = computed(() => this.contributions().panels);
  /** Why the runtime could not start, or why the user's last command failed. */
  readonly error = this.problem.asReadonly();

  constructor() {
    const watching = [
      this.hosts.onChange(() => {
        this.pluginList.set(this.hosts.statuses());
        this.unidentifiedList.set(this.hosts.unidentified());
      }),
      this.registry.onChange(() => this.contributions.set(this.readContributions())),
    ];
    inject(DestroyRef).onDestroy(() => watching.forEach((subscription) => subscription.dispose()));
  }

  start(): Promise<void> {
    return this.run("The plugins could not start", () => this.hosts.start());
  }

  grant(pluginId: string): Promise<void> {
    return this.run("Granting failed", () => this.hosts.grant(pluginId));
  }

  deny(pluginId: string): Promise<void> {
    return this.run("Denying failed", () => this.hosts.deny(pluginId));
  }

  setCapabilityGranted(pluginId: string, capability: Capability, granted: boolean): Promise<void> {
    return this.run(`Changing ${capability} failed`, () => this.hosts.setCapabilityGranted(pluginId, capability, granted));
  }

  setEnabled(pluginId: string, enabled: boolean): Promise<void> {
    return this.run(enabled ? "Enabling failed" : "Disabling failed", () => this.hosts.setEnabled(pluginId, enabled));
  }

  reload(pluginId: string): Promise<void> {
    return this.run("Reloading failed", () => this.hosts.reload(pluginId));
  }

  private async run(failure: string, command: () => Promise<void>): Promise<void> {
    this.problem.set(undefined);
    try {
      await command();
    } catch (error) {
      this.problem.set(`${failure}: ${describeDesktopFailure(error)}`);
    }
  }

  private readContributions(): Contributions {
    return { actions: this.registry.list("action"), pages: this.registry.list("page"), panels: this.registry.list("panel") };
  }
}
