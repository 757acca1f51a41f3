// The host's per-plugin record (state, reason, issues, descriptor); every state change is checked and announced.
import type { PluginActivationReason, PluginLifecycleState } from "@toju/generated/types/contract";
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";
import type { PluginDescriptor } from "../activation/plugin-descriptor";
import { applyTransition } from "../activation/plugin-lifecycle";

export interface PluginRuntimeState {
  readonly pluginId: string;
  readonly state: PluginLifecycleState;
  readonly reason?: PluginActivationReason;
  /** Manifest issues of the last registration; empty when it validated. */
  readonly issues: readonly ManifestIssue[];
  /** The registered plugin; absent when the last registration of this id was invalid. */
  readonly descriptor?: PluginDescriptor;
}

export interface PluginStateChange {
  pluginId: string;
  /** `undefined` when the plugin was first registered. */
  previous: PluginLifecycleState | undefined;
  state: PluginLifecycleState;
  reason?: PluginActivationReason;
}

export class PluginStateTable {
  private readonly entries = new Map<string, PluginRuntimeState>();

  constructor(private readonly announce: (change: PluginStateChange) => void) {}

  get(pluginId: string): PluginRuntimeState | undefined {
    return this.entries.get(pluginId);
  }

  list(): PluginRuntimeState[] {
    return [...this.entries.values()].sort((a, b) => (a.pluginId < b.pluginId ? -1 : a.pluginId > b.pluginId ? 1 : 0));
  }

  /** Records a (re-)registration; the caller has checked that the plugin is not running. */
  register(entry: PluginRuntimeState): void {
    const previous = this.entries.get(entry.pluginId)?.state;
    if (previous !== undefined && previous !== entry.state) this.check(entry.pluginId, previous, entry.state);
    this.entries.set(entry.pluginId, entry);
    this.announce({ pluginId: entry.pluginId, previous, state: entry.state, reason: entry.reason });
  }

  /** Forgets a plugin that was uninstalled; the caller has stopped it. */
  remove(pluginId: string): void {
    this.entries.delete(pluginId);
  }

  replaceDescriptor(pluginId: string, descriptor: PluginDescriptor): void {
    this.entries.set(pluginId, { ...this.require(pluginId), descriptor, issues: [] });
  }

  /** Moves to `state`, or only updates the reason when already there. An illegal move is a host bug and throws. */
  move(pluginId: string, state: PluginLifecycleState, reason?: PluginActivationReason): void {
    const entry = this.require(pluginId);
    if (entry.state !== state) this.check(pluginId, entry.state, state);
    else if (sameReason(entry.reason, reason)) return;
    this.entries.set(pluginId, { ...entry, state, reason });
    this.announce({ pluginId, previous: entry.state, state, reason });
  }

  private check(pluginId: string, from: PluginLifecycleState, to: PluginLifecycleState): void {
    const result = applyTransition(pluginId, from, to);
    if (!result.ok) throw result.error;
  }

  private require(pluginId: string): PluginRuntimeState {
    const entry = this.entries.get(pluginId);
    if (!entry) throw new Error(`plugin '${pluginId}' is not registered`);
    return entry;
  }
}

function sameReason(a: PluginActivationReason | undefined, b: PluginActivationReason | undefined): boolean {
  return a?.code === b?.code && a?.message === b?.message;
}
