// What each client envelope does once the socket is identified and the frame passed the generated validator.
import { errorBodyLimit } from "@toju/generated/types/constants";
import type {
  ClientEnvelope,
  JoinServerEnvelope,
  LeaveServerEnvelope,
  MessageEnvelope,
  P2pSignalEnvelope,
  PluginEventEnvelope,
  SendMessageEnvelope,
  SetActivePluginsEnvelope,
  ViewServerEnvelope,
  WebSocketErrorCode,
} from "@toju/generated/types/contract";
import { ChatRefusal } from "../chat/chat.service";
import type { Fanout } from "../fanout/fanout";
import type { AppServices } from "../http/request-context";
import type { ServerState } from "../plugin-support/server-state";
import type { Connection } from "./connection";
import type { SocketRegistry } from "./socket-registry";

export interface HandlerContext {
  services: AppServices;
  registry: SocketRegistry;
  /** Delivers to receivers on this instance and every other. */
  fanout: Fanout;
}

export function sendError(
  connection: Connection,
  code: WebSocketErrorCode,
  message: string,
  requestId?: string,
  details?: { path: string; message: string }[],
): void {
  connection.send({
    type: "error",
    code,
    message,
    ...(requestId ? { requestId } : {}),
    ...(details && details.length > 0 ? { details: details.slice(0, errorBodyLimit.envelopeErrorDetails) } : {}),
  });
}

const withRequestId = (requestId: string | undefined) => (requestId ? { requestId } : {});

async function joinServer(ctx: HandlerContext, connection: Connection, envelope: JoinServerEnvelope): Promise<void> {
  if (!(await ctx.services.states.get(envelope.serverId))) return sendError(connection, "not_found", "unknown server", envelope.requestId);
  // A new membership is announced (`member_joined`) to the sockets already joined, before this one joins.
  await ctx.services.directory.join(envelope.serverId, connection.userId!);
  ctx.registry.join(connection, envelope.serverId);
  const snapshot = await ctx.services.pluginSupport.snapshot(envelope.serverId);
  connection.send({
    type: "server_joined",
    ...withRequestId(envelope.requestId),
    serverId: envelope.serverId,
    pluginRequirements: snapshot,
  });
}

async function viewServer(ctx: HandlerContext, connection: Connection, envelope: ViewServerEnvelope): Promise<void> {
  const state = await ctx.services.states.get(envelope.serverId);
  if (!state) return sendError(connection, "not_found", "unknown server", envelope.requestId);
  ctx.registry.view(connection, envelope.serverId);
  connection.send({
    type: "server_viewed",
    ...withRequestId(envelope.requestId),
    serverId: envelope.serverId,
    pluginRequirements: state.snapshot,
  });
}

function leaveServer(ctx: HandlerContext, connection: Connection, envelope: LeaveServerEnvelope): void {
  ctx.registry.leave(connection, envelope.serverId);
  connection.send({ type: "server_left", ...withRequestId(envelope.requestId), serverId: envelope.serverId });
}

async function setActivePlugins(ctx: HandlerContext, connection: Connection, envelope: SetActivePluginsEnvelope): Promise<void> {
  if (!(await ctx.services.states.get(envelope.serverId))) return sendError(connection, "not_found", "unknown server", envelope.requestId);
  ctx.registry.setActivePlugins(connection, envelope.serverId, envelope.pluginIds);
  connection.send({
    type: "active_plugins_set",
    ...withRequestId(envelope.requestId),
    serverId: envelope.serverId,
    pluginIds: envelope.pluginIds,
  });
}

/** Stored first, then delivered to every socket joined to the server; the sender's copy carries its requestId. */
async function sendMessage(ctx: HandlerContext, connection: Connection, envelope: SendMessageEnvelope): Promise<void> {
  const state = await ctx.services.states.get(envelope.serverId);
  if (!state) return sendError(connection, "not_found", "unknown server", envelope.requestId);
  let message: MessageEnvelope;
  try {
    message = { type: "message", ...(await ctx.services.chat.postMessage(connection.userId!, envelope, state)) };
  } catch (error) {
    if (!(error instanceof ChatRefusal)) throw error;
    return sendError(connection, error.code, error.message, envelope.requestId, error.details);
  }
  ctx.fanout.chatMessage(connection, message);
  connection.send({ ...message, ...withRequestId(envelope.requestId) });
}

/**
 * Relayed only between two members of the server, to the target's sockets joined to or viewing it; the sender hears
 * back only when it is refused.
 */
async function p2pSignal(ctx: HandlerContext, connection: Connection, envelope: P2pSignalEnvelope): Promise<void> {
  const state = await ctx.services.states.get(envelope.serverId);
  const refuse = (code: WebSocketErrorCode, message: string) => sendError(connection, code, message, envelope.requestId);
  if (!state) return refuse("not_found", "unknown server");
  if (!state.members.has(connection.userId!)) return refuse("not_member", "you are not a member of this server");
  if (!state.members.has(envelope.targetUserId)) return refuse("not_member", "the target user is not a member of this server");
  if (envelope.targetUserId === connection.userId) return refuse("invalid_envelope", "a signal is for another member, not yourself");
  ctx.fanout.p2pSignal(connection.userId!, envelope);
}

async function pluginEvent(ctx: HandlerContext, connection: Connection, envelope: PluginEventEnvelope): Promise<void> {
  handlePluginEvent(ctx, connection, envelope, await ctx.services.states.get(envelope.serverId));
}

/** Synchronous once the server's state is at hand: the hot path calls it directly when nothing is queued. */
export function handlePluginEvent(
  ctx: HandlerContext,
  connection: Connection,
  envelope: PluginEventEnvelope,
  state: ServerState | undefined,
): void {
  const verdict = ctx.services.pluginSupport.validatePluginEventEnvelope(envelope, state, connection.userId!);
  if (!verdict.accepted) {
    connection.send({
      type: "plugin_event_rejected",
      ...withRequestId(envelope.requestId),
      eventId: envelope.eventId,
      code: verdict.code,
      message: verdict.message,
      ...(verdict.details && verdict.details.length > 0 ? { details: verdict.details } : {}),
    });
    return;
  }
  const deliveredTo = ctx.fanout.pluginEvent(connection, envelope, verdict.definition, verdict.payloadJson);
  connection.send({ type: "plugin_event_accepted", ...withRequestId(envelope.requestId), eventId: envelope.eventId, deliveredTo });
}

export async function handleEnvelope(ctx: HandlerContext, connection: Connection, envelope: ClientEnvelope): Promise<void> {
  switch (envelope.type) {
    case "identify":
      return sendError(connection, "invalid_envelope", "this socket is already identified", envelope.requestId);
    case "join_server":
      return joinServer(ctx, connection, envelope);
    case "view_server":
      return viewServer(ctx, connection, envelope);
    case "leave_server":
      return leaveServer(ctx, connection, envelope);
    case "set_active_plugins":
      return setActivePlugins(ctx, connection, envelope);
    case "send_message":
      return sendMessage(ctx, connection, envelope);
    case "plugin_event":
      return pluginEvent(ctx, connection, envelope);
    case "p2p_signal":
      return p2pSignal(ctx, connection, envelope);
  }
}
