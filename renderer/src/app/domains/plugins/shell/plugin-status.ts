// What the plugin list shows for one plugin: the host's lifecycle state, read together with the user's choice
// and the capabilities still waiting for a grant (the host keeps such a plugin off, as if disabled).
import type { Capability, PluginLifecycleState } from "@toju/generated/types/contract";
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";
import type { PluginRuntimeState } from "../host/plugin-state-table";

export interface PluginStatus {
  pluginId: string;
  title: string;
  version?: string;
  /** The lifecycle state shown; `blocked` while capabilities wait for the user's grant. */
  state: PluginLifecycleState;
  reasonCode?: string;
  reason?: string;
  issues: readonly ManifestIssue[];
  /** Capabilities the manifest asks for that the user has not granted; the prompt lists them. */
  missingCapabilities: Capability[];
  requestedCapabilities: Capability[];
  disabledByUser: boolean;
  running: boolean;
}

export function pluginStatus(entry: PluginRuntimeState, missing: Capability[], disabledByUser: boolean): PluginStatus {
  const manifest = entry.descriptor?.manifest;
  const base = {
    pluginId: entry.pluginId,
    title: manifest?.title ?? entry.pluginId,
    version: manifest?.version,
    issues: entry.issues,
    missingCapabilities: missing,
    requestedCapabilities: [...new Set(manifest?.capabilities ?? [])],
    disabledByUser,
    running: ["loading", "ready", "loaded"].includes(entry.state),
  };
  if (disabledByUser) return { ...base, state: "disabled", reasonCode: "disabled_by_user", reason: "You disabled this plugin." };
  if (entry.descriptor && missing.length > 0 && entry.state === "disabled") {
    return {
      ...base,
      state: "blocked",
      reasonCode: "capabilities_not_granted",
      reason: `Waiting for you to grant: ${missing.join(", ")}.`,
    };
  }
  return { ...base, state: entry.state, reasonCode: entry.reason?.code, reason: entry.reason?.message };
}
