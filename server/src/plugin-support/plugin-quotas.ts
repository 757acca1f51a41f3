// Per-server quotas on plugin requirements, event definitions and the size of the snapshot every change broadcasts,
// checked against the server's current state before a change is written (403 `quota_exceeded`, nothing changes).
import { quota } from "@toju/generated/types/constants";
import type { PluginEventDefinition, PluginRequirement } from "@toju/generated/types/contract";
import { quotaExceeded } from "../http/api-error";
import { eventKey, type ServerState } from "./server-state";

/** What a change will write: the requirement (if any) and the event definitions, as the snapshot will list them. */
export interface PluginChange {
  requirement?: PluginRequirement;
  events: PluginEventDefinition[];
}

const snapshotBytes = new WeakMap<ServerState, number>();

/** UTF-8 bytes of a snapshot entry, its separating comma included. */
const entryBytes = (entry: unknown): number => Buffer.byteLength(JSON.stringify(entry), "utf8") + 1;

function bytesOfSnapshot(state: ServerState): number {
  let bytes = snapshotBytes.get(state);
  if (bytes === undefined) snapshotBytes.set(state, (bytes = Buffer.byteLength(JSON.stringify(state.snapshot), "utf8")));
  return bytes;
}

export function checkPluginQuotas(state: ServerState, change: PluginChange): void {
  const { requirement, events } = change;
  if (requirement && !state.requirements.has(requirement.pluginId) && state.requirements.size >= quota.requirementsPerServer)
    throw quotaExceeded(`a server has at most ${quota.requirementsPerServer} plugin requirements`);
  const existing = (e: PluginEventDefinition) => state.events.get(eventKey(e.pluginId, e.eventName))?.definition;
  const added = events.filter((e) => !existing(e)).length;
  if (added > 0 && state.events.size + added > quota.eventDefinitionsPerServer)
    throw quotaExceeded(`a server has at most ${quota.eventDefinitionsPerServer} plugin event definitions`);
  let projected = bytesOfSnapshot(state);
  if (requirement) {
    const replaced = state.requirements.get(requirement.pluginId);
    projected += entryBytes(requirement) - (replaced ? entryBytes(replaced) : 0);
  }
  for (const e of events) {
    const replaced = existing(e);
    projected += entryBytes(e) - (replaced ? entryBytes(replaced) : 0);
  }
  if (projected > quota.snapshotBytes)
    throw quotaExceeded(`the server's plugin snapshot would be ${projected} bytes; the limit is ${quota.snapshotBytes}`);
}
