// Test helper: the part of PluginStoreService the contribution components read, as signals the test sets, and a
// TestBed render of one component with its inputs.
import { signal, type Type } from "@angular/core";
import { TestBed } from "@angular/core/testing";
import { PluginStoreService, type PluginSettingsFormEntry } from "../../../domains/plugins/shell/plugin-store.service";
import { RUNTIME_CONSOLE } from "../../../domains/plugins/shell/runtime-tokens";
import { matchesDeclaredEmbed } from "../../../domains/plugins/ui-registry/embed-match";
import type { UiContributionEntry } from "../../../domains/plugins/ui-registry/plugin-ui-registry.service";
import type { UiContributionKind } from "../../../domains/plugins/ui-registry/ui-contribution-kinds";

/** A registry entry of the plugin `dice-roller` unless `pluginId` says otherwise. */
export function entry<K extends UiContributionKind>(
  kind: K,
  id: string,
  title: string,
  registration: object,
  declared: object = {},
  pluginId = "dice-roller",
): UiContributionEntry<K> {
  return { pluginId, kind, id, title, declared: { id, title, ...declared }, registration } as UiContributionEntry<K>;
}

export function fakeContributionStore() {
  const store = {
    actions: signal<UiContributionEntry<"action">[]>([]),
    pages: signal<UiContributionEntry<"page">[]>([]),
    panels: signal<UiContributionEntry<"panel">[]>([]),
    channelSections: signal<UiContributionEntry<"channelSection">[]>([]),
    embeds: signal<UiContributionEntry<"embed">[]>([]),
    settingsPages: signal<UiContributionEntry<"settings">[]>([]),
    settingsForms: signal<PluginSettingsFormEntry[]>([]),
    commands: signal<UiContributionEntry<"command">[]>([]),
    embedsFor: (url: string, mediaType?: string) =>
      store
        .embeds()
        .filter((embed) => matchesDeclaredEmbed(embed.declared.match, url, mediaType) && embed.registration.matches(url, mediaType)),
  };
  return store;
}

export async function renderContribution<T>(component: Type<T>, inputs: Record<string, unknown> = {}) {
  const store = fakeContributionStore();
  const output = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  TestBed.configureTestingModule({
    providers: [
      { provide: PluginStoreService, useValue: store },
      { provide: RUNTIME_CONSOLE, useValue: output },
    ],
  });
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  return { store, output, fixture, root, settle };
}
