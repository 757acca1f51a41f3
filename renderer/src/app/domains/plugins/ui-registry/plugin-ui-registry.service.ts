// PluginUiRegistryService: every UI contribution of the active plugins, read by the render, page and action hosts.
//
// A plugin is added when its activation starts; that position orders its contributions (then registration order).
// A registration must name an id the manifest declares in the matching `ui` list: the user saw those contributions
// before granting, so an undeclared id is refused (`undeclared_contribution`) rather than shown.
import { TypedEmitter } from "@toju/contracts/async/typed-emitter";
import { type Disposable, PluginUiRegistryError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginUiContributions, TojuPluginManifest } from "@toju/generated/types/contract";
import { validatePluginId } from "@toju/generated/validators/index";
import { matchesDeclaredEmbed } from "./embed-match";
import {
  type DeclaredContribution,
  manifestListOf,
  type UiContributionKind,
  type UiRegistrationByKind,
  uiContributionKinds,
} from "./ui-contribution-kinds";
import { readRegistration, requireKind } from "./ui-registration-inputs";

export interface UiContributionEntry<K extends UiContributionKind = UiContributionKind> {
  readonly pluginId: string;
  readonly kind: K;
  readonly id: string;
  readonly title: string;
  /** What the manifest declares for this id (description, icon, context, location, match). */
  readonly declared: DeclaredContribution<K>;
  /** The plugin's object; its callbacks are plugin code, so call them guarded. */
  readonly registration: UiRegistrationByKind[K];
}

/** `kind` is absent when a plugin's contributions were all removed at once. */
export interface UiRegistryChange {
  pluginId: string;
  kind?: UiContributionKind;
}

export interface PluginUiRegistryOptions {
  onListenerError?: (error: unknown) => void;
  onMatcherError?: (report: { pluginId: string; id: string; error: unknown }) => void;
}

interface ActivePlugin {
  declared: Map<UiContributionKind, Map<string, DeclaredContribution<UiContributionKind>>>;
  entries: Map<UiContributionKind, Map<string, UiContributionEntry>>;
}

export class PluginUiRegistryService {
  private readonly plugins = new Map<string, ActivePlugin>();
  private readonly events = new TypedEmitter<{ changed: UiRegistryChange }>((error) =>
    this.guard(() => this.options.onListenerError?.(error)),
  );

  constructor(private readonly options: PluginUiRegistryOptions = {}) {}

  /** Call when the host starts activating the plugin; the plugin's place in activation order is fixed here. */
  addPlugin(manifest: Pick<TojuPluginManifest, "id" | "ui">): void {
    if (!validatePluginId(manifest.id))
      throw new PluginUiRegistryError("invalid_plugin_id", `'${String(manifest.id).slice(0, 80)}' is not a plugin id`);
    if (this.plugins.has(manifest.id))
      throw new PluginUiRegistryError("plugin_already_active", `plugin '${manifest.id}' is already in the registry; remove it first`);
    this.plugins.set(manifest.id, {
      declared: declaredContributions(manifest.ui),
      entries: new Map(uiContributionKinds.map((kind) => [kind, new Map()])),
    });
  }

  register<K extends UiContributionKind>(pluginId: string, kind: K, registration: UiRegistrationByKind[K]): Disposable {
    requireKind(kind);
    const plugin = this.plugins.get(pluginId);
    if (typeof pluginId !== "string" || !plugin)
      throw new PluginUiRegistryError("plugin_not_active", `plugin '${String(pluginId).slice(0, 80)}' is not being activated`);
    const { id, title } = readRegistration(kind, registration);
    const declared = plugin.declared.get(kind)?.get(id);
    if (!declared)
      throw new PluginUiRegistryError(
        "undeclared_contribution",
        `${kind} '${id}' is not declared in the manifest's ui.${manifestListOf[kind]}`,
      );
    const entries = plugin.entries.get(kind)!;
    if (entries.has(id))
      throw new PluginUiRegistryError(
        "duplicate_contribution",
        `plugin '${pluginId}' already registered ${kind} '${id}'; dispose that registration first`,
      );
    const entry: UiContributionEntry<K> = Object.freeze({
      pluginId,
      kind,
      id,
      title,
      declared: declared as DeclaredContribution<K>,
      registration,
    });
    entries.set(id, entry);
    this.notify({ pluginId, kind });
    return { dispose: () => this.unregister(entry) };
  }

  /** Deactivation: drops every contribution of the plugin and its place in the order. */
  removeAll(pluginId: string): void {
    if (typeof pluginId !== "string" || !this.plugins.delete(pluginId)) return;
    this.notify({ pluginId });
  }

  /** Contributions of one kind, in plugin activation order, then registration order. */
  list<K extends UiContributionKind>(kind: K): UiContributionEntry<K>[] {
    requireKind(kind);
    return [...this.plugins.values()].flatMap((plugin) => [...plugin.entries.get(kind)!.values()] as UiContributionEntry<K>[]);
  }

  get<K extends UiContributionKind>(pluginId: string, kind: K, id: string): UiContributionEntry<K> | undefined {
    return this.plugins.get(pluginId)?.entries.get(kind)?.get(id) as UiContributionEntry<K> | undefined;
  }

  /** Embeds that handle this link or attachment: the manifest's declared match first, then the plugin's `matches`. */
  embedsFor(url: string, mediaType?: string): UiContributionEntry<"embed">[] {
    if (typeof url !== "string" || (mediaType !== undefined && typeof mediaType !== "string")) return [];
    return this.list("embed").filter(
      (entry) => matchesDeclaredEmbed(entry.declared.match, url, mediaType) && this.pluginMatches(entry, url, mediaType),
    );
  }

  onChange(listener: (change: UiRegistryChange) => void): Disposable {
    return this.events.on("changed", listener);
  }

  private pluginMatches(entry: UiContributionEntry<"embed">, url: string, mediaType: string | undefined): boolean {
    try {
      return entry.registration.matches(url, mediaType) === true;
    } catch (error) {
      this.guard(() => this.options.onMatcherError?.({ pluginId: entry.pluginId, id: entry.id, error }));
      return false;
    }
  }

  private unregister(entry: UiContributionEntry): void {
    const entries = this.plugins.get(entry.pluginId)?.entries.get(entry.kind);
    if (entries?.get(entry.id) !== entry) return;
    entries.delete(entry.id);
    this.notify({ pluginId: entry.pluginId, kind: entry.kind });
  }

  private notify(change: UiRegistryChange): void {
    this.events.emit("changed", change);
  }

  private guard(report: () => void): void {
    try {
      report();
    } catch {
      // A failing reporter must not break the registry for the other plugins.
    }
  }
}

function declaredContributions(ui: PluginUiContributions | undefined): ActivePlugin["declared"] {
  const declared: ActivePlugin["declared"] = new Map();
  for (const kind of uiContributionKinds) {
    const list: unknown = ui?.[manifestListOf[kind]];
    const byId = new Map<string, DeclaredContribution<UiContributionKind>>();
    if (Array.isArray(list)) for (const item of list) if (typeof item?.id === "string") byId.set(item.id, Object.freeze({ ...item }));
    declared.set(kind, byId);
  }
  return declared;
}
