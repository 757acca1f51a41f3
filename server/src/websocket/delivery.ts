// Delivery by scope (`server`/`channel` → joined sockets, `user`/`p2pHint` → the target's sockets, `plugin` → joined
// sockets with the plugin active): each envelope is serialised once, then written to every receiver.
import type {
  PluginEventDefinition,
  PluginEventEnvelope,
  PluginRequirementsSnapshot,
  RelayedPluginEventEnvelope,
} from "@toju/generated/types/contract";
import type { Connection } from "./connection";
import type { SocketRegistry } from "./socket-registry";

function receiversOf(
  registry: SocketRegistry,
  sender: Connection,
  envelope: PluginEventEnvelope,
  definition: PluginEventDefinition,
): Connection[] {
  const receivers: Connection[] = [];
  const pick = (candidates: Iterable<Connection>, accept: (c: Connection) => boolean = () => true) => {
    for (const c of candidates) if (c !== sender && accept(c)) receivers.push(c);
  };
  if (definition.direction === "p2pHint" || definition.scope === "user") pick(registry.socketsOf(envelope.targetUserId!));
  else if (definition.scope === "plugin")
    pick(registry.joinedTo(envelope.serverId), (c) => c.activePlugins.get(envelope.serverId)?.has(envelope.pluginId) === true);
  else pick(registry.joinedTo(envelope.serverId));
  return receivers;
}

/** Relays an accepted event (its payload already serialised by validation); returns how many sockets received it. */
export function deliverPluginEvent(
  registry: SocketRegistry,
  sender: Connection,
  envelope: PluginEventEnvelope,
  definition: PluginEventDefinition,
  payloadJson: string,
): number {
  const receivers = receiversOf(registry, sender, envelope, definition);
  if (receivers.length === 0) return 0;
  const relayed: Omit<RelayedPluginEventEnvelope, "payload"> = {
    type: "plugin_event",
    eventId: envelope.eventId,
    serverId: envelope.serverId,
    pluginId: envelope.pluginId,
    eventName: envelope.eventName,
    direction: envelope.direction,
    scope: definition.scope,
    sourceUserId: sender.userId!,
    sentAt: new Date().toISOString(),
  };
  if (envelope.channelId !== undefined) relayed.channelId = envelope.channelId;
  if (envelope.targetUserId !== undefined) relayed.targetUserId = envelope.targetUserId;
  const frame = Buffer.from(`${JSON.stringify(relayed).slice(0, -1)},"payload":${payloadJson}}`, "utf8");
  for (const receiver of receivers) receiver.sendEncoded(frame);
  return receivers.length;
}

/** `plugin_requirements_changed` to every socket joined to or viewing the server. */
export function broadcastSnapshot(registry: SocketRegistry, snapshot: PluginRequirementsSnapshot): void {
  const watchers = new Set([...registry.joinedTo(snapshot.serverId), ...registry.viewersOf(snapshot.serverId)]);
  if (watchers.size === 0) return;
  const frame = Buffer.from(JSON.stringify({ type: "plugin_requirements_changed", serverId: snapshot.serverId, snapshot }), "utf8");
  for (const watcher of watchers) watcher.sendEncoded(frame);
}
