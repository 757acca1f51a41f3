// The plugin lifecycle state machine: which state changes are legal, and applying one as a value.
import { CodedError } from "@toju/contracts/errors/coded-error";
import type { PluginLifecycleState } from "@toju/generated/types/contract";

/**
 * The meaning of each state, which the transitions follow:
 * - `discovered` found, manifest not (or not successfully) validated;
 * - `validated` manifest valid, not running (waiting for a plan, or not applicable here);
 * - `blocked` the activation plan refuses it (missing dependency, version, server status…);
 * - `loading` module being fetched and `activate()` running;
 * - `ready` `activate()` returned, waiting for the batch's `ready()` hook;
 * - `loaded` `ready()` returned, fully running;
 * - `failed` a hook threw or timed out, or the module did not load; its subscriptions are already disposed;
 * - `unloading` `deactivate()` running; `unloaded` stopped by the host;
 * - `disabled` the user's persisted choice.
 */
const TRANSITIONS: Readonly<Record<PluginLifecycleState, readonly PluginLifecycleState[]>> = {
  discovered: ["validated", "disabled"],
  // `discovered` again: the manifest was re-registered and no longer validates.
  validated: ["blocked", "loading", "disabled", "discovered"],
  blocked: ["validated", "loading", "disabled", "discovered"],
  // Any state where plugin code has run can fail; `unloading` is how running code is stopped.
  loading: ["ready", "failed", "unloading"],
  ready: ["loaded", "failed", "unloading"],
  loaded: ["failed", "unloading"],
  // A failed plugin is cleaned up on failure, so it needs no `unloading`; reload goes straight to `loading`,
  // or to `blocked` when a dependency it needs is no longer running.
  failed: ["loading", "blocked", "validated", "disabled", "discovered"],
  unloading: ["unloaded", "failed"],
  // `unloaded → loading` is reload; `blocked`/`validated` when a re-plan keeps it out after deactivation.
  unloaded: ["loading", "validated", "blocked", "disabled", "discovered"],
  // Enabling returns to `validated` (or `discovered` when the manifest is invalid) and the next plan decides.
  disabled: ["validated", "discovered"],
};

const ACTIVE: ReadonlySet<PluginLifecycleState> = new Set(["loading", "ready", "loaded", "unloading"]);

/** Whether plugin code may be running (`loading ready loaded unloading`); a plugin leaves these only through `unloading` or `failed`. */
export function isActiveLifecycleState(state: PluginLifecycleState): boolean {
  return ACTIVE.has(state);
}

export function legalTransitionsFrom(state: PluginLifecycleState): readonly PluginLifecycleState[] {
  return TRANSITIONS[state];
}

export function canTransition(from: PluginLifecycleState, to: PluginLifecycleState): boolean {
  return TRANSITIONS[from].includes(to);
}

export class PluginLifecycleError extends CodedError<"illegal_transition"> {
  override readonly name = "PluginLifecycleError";

  constructor(
    readonly pluginId: string,
    readonly from: PluginLifecycleState,
    readonly to: PluginLifecycleState,
  ) {
    super("illegal_transition", `plugin '${pluginId}' cannot go from '${from}' to '${to}'`);
  }
}

export type LifecycleTransitionResult = { ok: true; state: PluginLifecycleState } | { ok: false; error: PluginLifecycleError };

export function applyTransition(pluginId: string, from: PluginLifecycleState, to: PluginLifecycleState): LifecycleTransitionResult {
  return canTransition(from, to) ? { ok: true, state: to } : { ok: false, error: new PluginLifecycleError(pluginId, from, to) };
}
