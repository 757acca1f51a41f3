// Delivery to this instance's sockets by scope (`server`/`channel` → joined sockets, `user`/`p2pHint` → the target's
// sockets, `plugin` → joined sockets with the plugin active), WebRTC signals, and the server's own announcements.
// Each envelope is serialised once, on the instance that accepted it, then written as the same bytes to every
// receiver here and on the other instances (through the fan-out bus).
import type {
  P2pSignalEnvelope,
  PluginEventDirection,
  PluginEventEnvelope,
  PluginScope,
  RelayedP2pSignalEnvelope,
  RelayedPluginEventEnvelope,
  ServerEnvelope,
} from "@toju/generated/types/contract";
import type { Audience } from "../fanout/fanout-bus";
import type { Connection } from "./connection";
import type { SocketRegistry } from "./socket-registry";

/** What picks a relayed plugin event's receivers. */
export interface PluginEventRoute {
  serverId: string;
  pluginId: string;
  scope: PluginScope;
  direction: PluginEventDirection;
  targetUserId?: string;
}

export function encodeEnvelope(envelope: ServerEnvelope): Buffer {
  return Buffer.from(JSON.stringify(envelope), "utf8");
}

/** The relayed envelope (`sourceUserId`, `scope` and `sentAt` added) around the payload's JSON text as validated. */
export function relayedPluginEventFrame(
  envelope: PluginEventEnvelope,
  scope: PluginScope,
  sourceUserId: string,
  payloadJson: string,
): Buffer {
  const relayed: Omit<RelayedPluginEventEnvelope, "payload"> = {
    type: "plugin_event",
    eventId: envelope.eventId,
    serverId: envelope.serverId,
    pluginId: envelope.pluginId,
    eventName: envelope.eventName,
    direction: envelope.direction,
    scope,
    sourceUserId,
    sentAt: new Date().toISOString(),
  };
  if (envelope.channelId !== undefined) relayed.channelId = envelope.channelId;
  if (envelope.targetUserId !== undefined) relayed.targetUserId = envelope.targetUserId;
  return Buffer.from(`${JSON.stringify(relayed).slice(0, -1)},"payload":${payloadJson}}`, "utf8");
}

/** Writes a relayed plugin event to its receivers on this instance (never `except`, its sender); returns how many. */
export function deliverPluginEventFrame(registry: SocketRegistry, route: PluginEventRoute, frame: Buffer, except?: Connection): number {
  let delivered = 0;
  const send = (candidates: Iterable<Connection>, accept: (c: Connection) => boolean = () => true) => {
    for (const c of candidates) {
      if (c === except || !accept(c)) continue;
      c.sendEncoded(frame);
      delivered++;
    }
  };
  if (route.direction === "p2pHint" || route.scope === "user") send(registry.socketsOf(route.targetUserId!));
  else if (route.scope === "plugin")
    send(registry.joinedTo(route.serverId), (c) => c.activePlugins.get(route.serverId)?.has(route.pluginId) === true);
  else send(registry.joinedTo(route.serverId));
  return delivered;
}

/** An announcement or chat message for the server's joined sockets, or for its joined and viewing ones. */
export function deliverToAudience(
  registry: SocketRegistry,
  serverId: string,
  audience: Audience,
  frame: Buffer,
  except?: Connection,
): void {
  const receivers =
    audience === "joined" ? registry.joinedTo(serverId) : new Set([...registry.joinedTo(serverId), ...registry.viewersOf(serverId)]);
  for (const receiver of receivers) if (receiver !== except) receiver.sendEncoded(frame);
}

export function relayedP2pSignalFrame(sourceUserId: string, envelope: P2pSignalEnvelope): Buffer {
  const relayed: RelayedP2pSignalEnvelope = { type: "p2p_signal", serverId: envelope.serverId, sourceUserId, signal: envelope.signal };
  return encodeEnvelope(relayed);
}

/** A checked signal to the target user's sockets on this instance that are joined to or viewing the server. */
export function deliverP2pSignalFrame(registry: SocketRegistry, serverId: string, targetUserId: string, frame: Buffer): void {
  for (const c of registry.socketsOf(targetUserId)) if (c.joined.has(serverId) || c.viewing.has(serverId)) c.sendEncoded(frame);
}
