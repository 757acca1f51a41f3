// What the plugin manager says about the open server's requirements: a badge per local plugin the server lists, and
// the plugins the server lists that no local folder holds.
import type { PluginRequirement, PluginRequirementStatus, PluginRequirementsSnapshot } from "@toju/generated/types/contract";
import type { PluginStatus } from "./plugin-status";

export type RequirementBadgeKind =
  | "required"
  | "required-not-running"
  | "required-missing"
  | "recommended"
  | "recommended-missing"
  | "optional"
  | "blocked"
  | "incompatible";

export interface RequirementBadge {
  kind: RequirementBadgeKind;
  status: PluginRequirementStatus;
  label: string;
  versionRange?: string;
}

/** A requirement of the open server for a plugin that is not installed here. */
export interface MissingRequirement {
  pluginId: string;
  title: string;
  badge: RequirementBadge;
  installUrl?: string;
}

const LABELS: Record<RequirementBadgeKind, string> = {
  required: "Required by this server",
  "required-not-running": "Required by this server, not running",
  "required-missing": "Required but missing",
  recommended: "Recommended by this server",
  "recommended-missing": "Recommended by this server, not installed",
  optional: "Optional on this server",
  blocked: "Blocked by this server",
  incompatible: "Incompatible with this server",
};

/** The badge of one requirement; `plugin` is the local plugin it names, if any. */
export function requirementBadge(requirement: PluginRequirement, plugin: PluginStatus | undefined): RequirementBadge {
  const kind = badgeKind(requirement.status, plugin);
  const badge: RequirementBadge = { kind, status: requirement.status, label: LABELS[kind] };
  if (requirement.versionRange) badge.versionRange = requirement.versionRange;
  return badge;
}

/** Badges of the local plugins the snapshot names, by plugin id. */
export function requirementBadges(
  snapshot: PluginRequirementsSnapshot | undefined,
  plugins: readonly PluginStatus[],
): Map<string, RequirementBadge> {
  const badges = new Map<string, RequirementBadge>();
  const byId = new Map(plugins.map((plugin) => [plugin.pluginId, plugin]));
  for (const requirement of snapshot?.requirements ?? []) {
    const plugin = byId.get(requirement.pluginId);
    if (plugin) badges.set(requirement.pluginId, requirementBadge(requirement, plugin));
  }
  return badges;
}

/**
 * Requirements naming a plugin that is not installed: what the server requires or recommends, and an optional plugin it
 * offers to install (`installUrl`); never what it blocks or marks incompatible.
 */
export function missingRequirements(
  snapshot: PluginRequirementsSnapshot | undefined,
  plugins: readonly PluginStatus[],
): MissingRequirement[] {
  const installed = new Set(plugins.map((plugin) => plugin.pluginId));
  const offered = ({ status, installUrl }: PluginRequirement) =>
    status === "required" || status === "recommended" || (status === "optional" && installUrl !== undefined);
  return (snapshot?.requirements ?? [])
    .filter((requirement) => !installed.has(requirement.pluginId) && offered(requirement))
    .map((requirement) => {
      const missing: MissingRequirement = {
        pluginId: requirement.pluginId,
        title: requirement.manifest?.title ?? requirement.pluginId,
        badge: requirementBadge(requirement, undefined),
      };
      if (requirement.installUrl) missing.installUrl = requirement.installUrl;
      return missing;
    });
}

function badgeKind(status: PluginRequirementStatus, plugin: PluginStatus | undefined): RequirementBadgeKind {
  if (status === "required") return !plugin ? "required-missing" : plugin.running ? "required" : "required-not-running";
  if (status === "recommended") return plugin ? "recommended" : "recommended-missing";
  return status;
}
