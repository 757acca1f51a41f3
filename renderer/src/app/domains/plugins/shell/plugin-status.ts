// What the plugin list shows for one plugin: the host's state and reason, with the grants beside what it asks for.
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";
import type {
  Capability,
  LocalPluginManifestDescriptor,
  PluginActivationReasonCode,
  PluginLifecycleState,
} from "@toju/generated/types/contract";
import { isActiveLifecycleState } from "../activation/plugin-lifecycle";
import type { PluginRuntimeState } from "../host/plugin-state-table";

/** Where a plugin's files are: a folder the user put under the plugins folder, or one installed from a URL. */
export type PluginSource = { kind: "folder"; path: string } | { kind: "url"; url: string; path: string };

export interface PluginStatus {
  pluginId: string;
  title: string;
  version?: string;
  /** Absent for a plugin no local folder holds. */
  source?: PluginSource;
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
  /** The manifest says `isolation: "worker"`: its code runs in a worker of its own, its UI in sandboxed frames. */
  isolated: boolean;
}

export function pluginStatus(
  entry: PluginRuntimeState,
  granted: readonly Capability[],
  disabledByUser: boolean,
  folder?: Pick<LocalPluginManifestDescriptor, "pluginRoot" | "source">,
): PluginStatus {
  const manifest = entry.descriptor?.manifest;
  const requested = [...new Set(manifest?.capabilities ?? [])];
  const held = new Set(granted);
  return {
    pluginId: entry.pluginId,
    title: manifest?.title ?? entry.pluginId,
    version: manifest?.version,
    source: folder && sourceOf(folder),
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
    isolated: manifest?.isolation === "worker",
  };
}

function sourceOf({ pluginRoot, source }: Pick<LocalPluginManifestDescriptor, "pluginRoot" | "source">): PluginSource {
  return source ? { kind: "url", url: source.url, path: pluginRoot } : { kind: "folder", path: pluginRoot };
}
