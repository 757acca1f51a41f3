// The kinds of UI contribution: the registration type each takes, its manifest list and the callbacks it must carry.
import type {
  PluginActionRegistration,
  PluginChannelSectionRegistration,
  PluginCommandRegistration,
  PluginEmbedRegistration,
  PluginPageRegistration,
  PluginPanelRegistration,
  PluginSettingsRegistration,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginUiContributions } from "@toju/generated/types/contract";

export const uiContributionKinds = ["page", "panel", "action", "channelSection", "embed", "settings", "command"] as const;
export type UiContributionKind = (typeof uiContributionKinds)[number];

export interface UiRegistrationByKind {
  page: PluginPageRegistration;
  panel: PluginPanelRegistration;
  action: PluginActionRegistration;
  channelSection: PluginChannelSectionRegistration;
  embed: PluginEmbedRegistration;
  settings: PluginSettingsRegistration;
  command: PluginCommandRegistration;
}

type ContributionList = Exclude<keyof PluginUiContributions, "stylesheets">;

/** Where the manifest declares each kind; a registration must name an id declared there. */
export const manifestListOf = {
  page: "pages",
  panel: "panels",
  action: "actions",
  channelSection: "channelSections",
  embed: "embeds",
  settings: "settings",
  command: "commands",
} as const satisfies Record<UiContributionKind, ContributionList>;

export type DeclaredContribution<K extends UiContributionKind> = NonNullable<PluginUiContributions[(typeof manifestListOf)[K]]>[number];

/** The functions the host will call on a registration of each kind. */
export const callbacksOf: Record<UiContributionKind, readonly string[]> = {
  page: ["render"],
  panel: ["render"],
  action: ["run"],
  channelSection: ["render"],
  embed: ["matches", "render"],
  settings: ["render"],
  command: ["run"],
};
