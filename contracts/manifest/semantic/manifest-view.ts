// Defensive readers over a manifest that may not match the schema: semantic checks never throw on odd input.
import type { ManifestIssue } from "../manifest-issue";

export type Raw = Record<string, unknown>;
export type SemanticCheck = (manifest: Raw) => ManifestIssue[];

export function asObject(value: unknown): Raw | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Raw) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function capabilitiesOf(manifest: Raw): Set<string> {
  return new Set(asArray(manifest.capabilities).filter((c): c is string => typeof c === "string"));
}

export const UI_CONTRIBUTION_LISTS = [
  ["pages", "ui.pages"],
  ["panels", "ui.panels"],
  ["actions", "ui.actions"],
  ["channelSections", "ui.channelSections"],
  ["embeds", "ui.embeds"],
  ["settings", "ui.settings"],
  ["commands", "ui.commands"],
] as const;

export const RELATIONSHIP_KINDS = ["requires", "optional", "conflicts", "before", "after"] as const;
