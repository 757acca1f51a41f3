// Delivery by scope (`server`/`channel` → joined sockets, `user`/`p2pHint` → the target's sockets, `plugin` → joined
// sockets with the plugin active), WebRTC signals, and the server's own announcements: each envelope is serialised
// once, then written to every receiver.
import type {
  P2pSignalEnvelope,
  PluginEventDefinition,
  PluginEventEnvelope,
  PluginRequirementsSnapshot,
  RelayedP2pSignalEnvelope,
  RelayedPluginEventEnvelope,
  ServerEnvelope,
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

function sendToAll(receivers: Iterable<Connection>, envelope: ServerEnvelope): void {
  let frame: Buffer | undefined;
  for (const receiver of receivers) receiver.sendEncoded((frame ??= Buffer.from(JSON.stringify(envelope), "utf8")));
}

/** Sockets joined to or viewing the server. */
function watchersOf(registry: SocketRegistry, serverId: string): Set<Connection> {
  return new Set([...registry.joinedTo(serverId), ...registry.viewersOf(serverId)]);
}

/** `plugin_requirements_changed` to every socket joined to or viewing the server. */
export function broadcastSnapshot(registry: SocketRegistry, snapshot: PluginRequirementsSnapshot): void {
  sendToAll(watchersOf(registry, snapshot.serverId), { type: "plugin_requirements_changed", serverId: snapshot.serverId, snapshot });
}

/** An announcement for the server's joined sockets only (`member_joined`, `member_left`). */
export function broadcastToJoined(registry: SocketRegistry, serverId: string, envelope: ServerEnvelope): void {
  sendToAll(registry.joinedTo(serverId), envelope);
}

/** An announcement for every socket joined to or viewing the server (`channel_created`). */
export function broadcastToWatchers(registry: SocketRegistry, serverId: string, envelope: ServerEnvelope): void {
  sendToAll(watchersOf(registry, serverId), envelope);
}

/** A checked signal to the target user's sockets that are joined to or viewing the server. */
export function relayP2pSignal(registry: SocketRegistry, sourceUserId: string, envelope: P2pSignalEnvelope): void {
  const receivers = [...registry.socketsOf(envelope.targetUserId)].filter(
    (c) => c.joined.has(envelope.serverId) || c.viewing.has(envelope.serverId),
  );
  const relayed: RelayedP2pSignalEnvelope = { type: "p2p_signal", serverId: envelope.serverId, sourceUserId, signal: envelope.signal };
  sendToAll(receivers, relayed);
}
