// What the plugin list shows for one plugin: the host's state and reason, with the grants beside what it asks for.
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";
import type { Capability, PluginActivationReasonCode, PluginLifecycleState } from "@toju/generated/types/contract";
import { isActiveLifecycleState } from "../activation/plugin-lifecycle";
import type { PluginRuntimeState } from "../host/plugin-state-table";

export interface PluginStatus {
  pluginId: string;
  title: string;
  version?: string;
  state: PluginLifecycleState;
  reasonCode?: PluginActivationReasonCode;
  reason?: string;
  issues: readonly ManifestIssue[];
  /** What the manifest asks for, in manifest order. */
  requestedCapabilities: Capability[];
  /** The requested capabilities the user granted. */
  grantedCapabilities: Capability[];
  /** The requested capabilities the user has not granted; the prompt asks for these. */
  missingCapabilities: Capability[];
  /** A valid manifest: it can be granted, reloaded and run. */
  registered: boolean;
  disabledByUser: boolean;
  /** Plugin code may be running. */
  running: boolean;
}

export function pluginStatus(entry: PluginRuntimeState, granted: readonly Capability[], disabledByUser: boolean): PluginStatus {
  const manifest = entry.descriptor?.manifest;
  const requested = [...new Set(manifest?.capabilities ?? [])];
  const held = new Set(granted);
  return {
    pluginId: entry.pluginId,
    title: manifest?.title ?? entry.pluginId,
    version: manifest?.version,
    state: entry.state,
    reasonCode: entry.reason?.code,
    reason: entry.reason?.message,
    issues: entry.issues,
    requestedCapabilities: requested,
    grantedCapabilities: requested.filter((capability) => held.has(capability)),
    missingCapabilities: requested.filter((capability) => !held.has(capability)),
    registered: entry.descriptor !== undefined && entry.issues.length === 0,
    disabledByUser,
    running: isActiveLifecycleState(entry.state),
  };
}
