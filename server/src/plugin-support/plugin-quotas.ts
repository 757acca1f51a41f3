// Per-server quotas on plugin requirements, event definitions and the size of the snapshot every change broadcasts,
// checked against the committed snapshot inside the change's transaction, under the server's row lock, so concurrent
// changes from any instance cannot pass the quota together (403 `quota_exceeded`, nothing changes).
import { quota } from "@toju/generated/types/constants";
import type { PluginEventDefinition, PluginRequirement, PluginRequirementsSnapshot } from "@toju/generated/types/contract";
import { quotaExceeded } from "../http/api-error";

/** What a change will write: the requirement (if any) and the event definitions, as the snapshot will list them. */
export interface PluginChange {
  requirement?: PluginRequirement;
  events: PluginEventDefinition[];
}

/** UTF-8 bytes of a snapshot entry, its separating comma included. */
const entryBytes = (entry: unknown): number => Buffer.byteLength(JSON.stringify(entry), "utf8") + 1;

export function checkPluginQuotas(current: PluginRequirementsSnapshot, change: PluginChange): void {
  const { requirement, events } = change;
  const requirements = new Map(current.requirements.map((r) => [r.pluginId, r]));
  const definitions = new Map(current.events.map((e) => [`${e.pluginId}\u0000${e.eventName}`, e]));
  if (requirement && !requirements.has(requirement.pluginId) && requirements.size >= quota.requirementsPerServer)
    throw quotaExceeded(`a server has at most ${quota.requirementsPerServer} plugin requirements`);
  const existing = (e: PluginEventDefinition) => definitions.get(`${e.pluginId}\u0000${e.eventName}`);
  const added = events.filter((e) => !existing(e)).length;
  if (added > 0 && definitions.size + added > quota.eventDefinitionsPerServer)
    throw quotaExceeded(`a server has at most ${quota.eventDefinitionsPerServer} plugin event definitions`);
  let projected = Buffer.byteLength(JSON.stringify(current), "utf8");
  if (requirement) {
    const replaced = requirements.get(requirement.pluginId);
    projected += entryBytes(requirement) - (replaced ? entryBytes(replaced) : 0);
  }
  for (const e of events) {
    const replaced = existing(e);
    projected += entryBytes(e) - (replaced ? entryBytes(replaced) : 0);
  }
  if (projected > quota.snapshotBytes)
    throw quotaExceeded(`the server's plugin snapshot would be ${projected} bytes; the limit is ${quota.snapshotBytes}`);
}
