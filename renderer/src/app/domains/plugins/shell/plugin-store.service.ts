// PluginStoreService: the one signal-based store the shell's components read. It mirrors PluginHostService (the
// plugin list), PluginUiRegistryService (what running plugins contribute) and the ShellSession's open server (its
// requirements and whether the user may change them), and runs the user's commands.
import { DestroyRef, Injectable, computed, inject, signal } from "@angular/core";
import type { Capability, PluginRequirementStatus } from "@toju/generated/types/contract";
import { SHELL_SESSION } from "../../session/shell-session";
import { describeDesktopFailure } from "../api/ipc-error";
import { PluginClientDataService } from "../settings/plugin-client-data.service";
import { settingsForm, type SettingsForm, type SettingsValues } from "../settings/settings-form-model";
import { PluginUiRegistryService, type UiContributionEntry } from "../ui-registry/plugin-ui-registry.service";
import type { UiContributionKind } from "../ui-registry/ui-contribution-kinds";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";
import { PluginHostService, type UnidentifiedManifest } from "./plugin-host.service";
import type { PluginStatus } from "./plugin-status";
import { missingRequirements, requirementBadges } from "./requirement-badges";

type Contributions = { [K in UiContributionKind]: UiContributionEntry<K>[] };

/** The host-drawn settings form of one plugin. */
export interface PluginSettingsFormEntry {
  pluginId: string;
  title: string;
  form: SettingsForm;
}

/** What an admin may say about a local plugin from the plugin manager. */
export type AdminRequirementStatus = Extract<PluginRequirementStatus, "required" | "recommended" | "blocked">;

@Injectable({ providedIn: "root" })
export class PluginStoreService {
  private readonly hosts = inject(PluginHostService);
  private readonly registry = inject(PluginUiRegistryService);
  private readonly clientData = inject(PluginClientDataService);
  private readonly session = inject(SHELL_SESSION, { optional: true });
  private readonly pluginList = signal<PluginStatus[]>(this.hosts.statuses());
  private readonly unidentifiedList = signal<readonly UnidentifiedManifest[]>(this.hosts.unidentified());
  private readonly contributions = signal<Contributions>(this.readContributions());
  private readonly problem = signal<string | undefined>(undefined);

  /** Every local plugin, sorted by id. */
  readonly plugins = this.pluginList.asReadonly();
  readonly unidentified = this.unidentifiedList.asReadonly();
  /** What the desktop found in its plugins folder, including the folders it refused. */
  readonly discovery = inject(LocalPluginDiscoveryService).result.asReadonly();
  readonly actions = computed(() => this.contributions().action);
  readonly pages = computed(() => this.contributions().page);
  readonly panels = computed(() => this.contributions().panel);
  readonly channelSections = computed(() => this.contributions().channelSection);
  readonly embeds = computed(() => this.contributions().embed);
  /** Settings pages plugins register at run time (`ui.settings`). */
  readonly settingsPages = computed(() => this.contributions().settings);
  /** Slash commands of the running plugins (`ui.commands`). */
  readonly commands = computed(() => this.contributions().command);
  /** Every valid plugin whose manifest has a top-level `settings` schema, with the form the host draws for it. */
  readonly settingsForms = computed<PluginSettingsFormEntry[]>(() =>
    this.plugins()
      .filter((plugin) => plugin.registered)
      .flatMap((plugin) => {
        const schema = this.hosts.manifestOf(plugin.pluginId)?.settings;
        return schema ? [{ pluginId: plugin.pluginId, title: plugin.title, form: settingsForm(schema) }] : [];
      }),
  );
  /** The open server, when the chat shell has one open. */
  readonly openServer = computed(() => this.session?.currentServer());
  /** The user may require, recommend, block and remove requirements on the open server. */
  readonly canManageServer = computed(() => this.openServer() !== undefined && (this.session?.canManageServer() ?? false));
  readonly requirementBadges = computed(() => requirementBadges(this.session?.requirements(), this.plugins()));
  readonly missingRequirements = computed(() => missingRequirements(this.session?.requirements(), this.plugins()));
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

  /** An admin's requirement for a local plugin, sent with its manifest so the server registers its events. */
  setRequirement(pluginId: string, status: AdminRequirementStatus): Promise<void> {
    return this.run(`Setting the requirement of ${pluginId} failed`, async () => {
      const session = this.requireSession();
      const manifest = this.hosts.manifestOf(pluginId);
      await session.putRequirement(pluginId, manifest ? { status, manifest } : { status });
    });
  }

  removeRequirement(pluginId: string): Promise<void> {
    return this.run(`Removing the requirement of ${pluginId} failed`, () => this.requireSession().deleteRequirement(pluginId));
  }

  /** The plugin's saved settings values (rejects with the desktop's `IpcError`). */
  savedSettings(pluginId: string): Promise<SettingsValues> {
    return this.clientData.saved(pluginId);
  }

  /** Saves the whole settings form; rejects with the desktop's `IpcError`, whose details name the refused fields. */
  saveSettings(pluginId: string, values: SettingsValues): Promise<void> {
    return this.clientData.save(pluginId, values);
  }

  /** Embed renderers for a link or attachment; read inside a `computed` to follow registrations. */
  embedsFor(url: string, mediaType?: string): UiContributionEntry<"embed">[] {
    this.embeds();
    return this.registry.embedsFor(url, mediaType);
  }

  private requireSession() {
    if (!this.session) throw new Error("no server is open");
    return this.session;
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
    return {
      page: this.registry.list("page"),
      panel: this.registry.list("panel"),
      action: this.registry.list("action"),
      channelSection: this.registry.list("channelSection"),
      embed: this.registry.list("embed"),
      settings: this.registry.list("settings"),
      command: this.registry.list("command"),
    };
  }
}
