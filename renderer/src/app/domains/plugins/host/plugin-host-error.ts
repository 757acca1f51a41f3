// Why the host put a plugin in its state: the planner's codes plus what only running a plugin can tell.
import type { PlanReasonCode, PluginActivationReason } from "../activation/activation-reasons";

export const hostReasonCodes = [
  /** The manifest did not validate; the issues say why. */
  "invalid_manifest",
  /** The module could not be fetched, verified or imported, or did not load in time. */
  "module_load_failed",
  /** `createApi` threw while building the activation context. */
  "api_unavailable",
  /** A hook threw or rejected. */
  "hook_failed",
  /** A hook did not settle within the host's time limit. */
  "hook_timeout",
  /** Stopped by `deactivate(pluginId)`. */
  "deactivated",
  /** Stopped because a plugin it requires was deactivated or reloaded. */
  "dependency_deactivated",
] as const;

export type HostReasonCode = (typeof hostReasonCodes)[number];

export type PluginStateReason = PluginActivationReason<PlanReasonCode | HostReasonCode>;

/** A caller asked the host for something it cannot do; the code is stable, the message for people. */
export class PluginHostError extends Error {
  constructor(
    readonly code: "unknown_plugin" | "plugin_disabled" | "invalid_manifest",
    readonly pluginId: string,
    message: string,
  ) {
    super(message);
    this.name = "PluginHostError";
  }
}
