// The `/ws` endpoint: identify-first (4401), frame parsing and validation, per-connection ordering, heartbeat, and
// shutdown with 1001; broadcasts (requirement changes, members, channels, chat, relays) go through the fan-out.
import type { IncomingMessage, Server as HttpServer } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { errorBodyLimit, requestSizeLimit, webSocketCloseCode, webSocketTiming } from "@toju/generated/types/constants";
import type { ClientEnvelope } from "@toju/generated/types/contract";
import { ajvErrorDetails } from "@toju/contracts/schema/error-details";
import { validateClientEnvelope, validateEntityId, validateRequestId } from "@toju/generated/validators";
import { Fanout } from "../fanout/fanout";
import type { FanoutBus } from "../fanout/fanout-bus";
import type { AppServices } from "../http/request-context";
import type { Logger } from "../ops/logger";
import { Connection } from "./connection";
import { handleEnvelope, handlePluginEvent, sendError, type HandlerContext } from "./envelope-handlers";
import { SocketRegistry } from "./socket-registry";

const WS_PATH = "/ws";

export interface WebSocketOptions {
  services: AppServices;
  log: Logger;
  /** Carries every broadcast to the other instances (an in-process bus without Redis). */
  bus: FanoutBus;
  pluginEventRate: number;
  pluginEventBurst: number;
  identifyTimeoutMs?: number;
  heartbeatMs?: number;
}

export interface WebSocketEndpoint {
  registry: SocketRegistry;
  close(): Promise<void>;
}

function parseFrame(data: RawData): unknown {
  const text = Buffer.isBuffer(data)
    ? data.toString("utf8")
    : Array.isArray(data)
      ? Buffer.concat(data).toString("utf8")
      : Buffer.from(data).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function field(frame: unknown, name: string): unknown {
  return typeof frame === "object" && frame !== null && !Array.isArray(frame) ? (frame as Record<string, unknown>)[name] : undefined;
}

function safeValidate(frame: unknown): frame is ClientEnvelope {
  try {
    return frame !== undefined && validateClientEnvelope(frame);
  } catch {
    return false;
  }
}

export function attachWebSocketEndpoint(httpServer: HttpServer, options: WebSocketOptions): WebSocketEndpoint {
  const registry = new SocketRegistry();
  const fanout = new Fanout({ bus: options.bus, registry, services: options.services, log: options.log });
  const ctx: HandlerContext = { services: options.services, registry, fanout };
  const wss = new WebSocketServer({ noServer: true, maxPayload: requestSizeLimit.webSocketFrameBytes });
  const identifyTimeoutMs = options.identifyTimeoutMs ?? webSocketTiming.identifyTimeoutMs;

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = (req.url ?? "").split("?")[0];
    if (pathname === WS_PATH) wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
    else if (httpServer.listeners("upgrade").length === 1) socket.destroy();
  };
  httpServer.on("upgrade", onUpgrade);

  async function identify(connection: Connection, frame: unknown): Promise<void> {
    if (!safeValidate(frame) || frame.type !== "identify")
      return void connection.socket.close(webSocketCloseCode.unauthenticated, "identify first");
    const userId = await options.services.auth.userIdOfToken(frame.token);
    if (!userId) {
      sendError(connection, "unauthenticated", "invalid token", frame.requestId);
      return void connection.socket.close(webSocketCloseCode.unauthenticated, "invalid token");
    }
    registry.identified(connection, userId);
    connection.send({ type: "identified", ...(frame.requestId ? { requestId: frame.requestId } : {}), userId });
  }

  async function onFrame(connection: Connection, frame: unknown): Promise<void> {
    if (!connection.userId) return identify(connection, frame);
    if (safeValidate(frame)) return handleEnvelope(ctx, connection, frame);
    const requestId = field(frame, "requestId");
    const echo = validateRequestId(requestId) ? requestId : undefined;
    const details = ajvErrorDetails(validateClientEnvelope.errors, { limit: errorBodyLimit.envelopeErrorDetails });
    const eventId = field(frame, "eventId");
    if (field(frame, "type") === "plugin_event" && validateEntityId(eventId)) {
      connection.send({
        type: "plugin_event_rejected",
        ...(echo ? { requestId: echo } : {}),
        eventId,
        code: "invalid_envelope",
        message: "the plugin_event does not match the contract",
        ...(details.length > 0 ? { details } : {}),
      });
      return;
    }
    sendError(
      connection,
      "invalid_envelope",
      frame === undefined ? "the frame is not JSON" : "the frame is not a valid envelope",
      echo,
      frame === undefined ? undefined : details,
    );
  }

  function failed(connection: Connection, error: unknown): void {
    options.log("error", "ws.frame_failed", { error: (error as Error)?.name, message: String((error as Error)?.message).slice(0, 200) });
    sendError(connection, "internal", "an unexpected error occurred");
  }

  /** A valid plugin_event for a server whose state is loaded needs no await; handled at once when nothing is queued. */
  function tryHotPath(connection: Connection, frame: unknown): boolean {
    if (!connection.userId || field(frame, "type") !== "plugin_event") return false;
    const state = options.services.states.peek(field(frame, "serverId") as string);
    if (!state || !safeValidate(frame) || frame.type !== "plugin_event") return false;
    try {
      handlePluginEvent(ctx, connection, frame, state);
    } catch (error) {
      failed(connection, error);
    }
    return true;
  }

  wss.on("connection", (socket: WebSocket) => {
    const connection = new Connection(socket, options.pluginEventRate, options.pluginEventBurst);
    registry.add(connection);
    const identifyTimer = setTimeout(() => {
      if (!connection.userId) socket.close(webSocketCloseCode.unauthenticated, "identify timeout");
    }, identifyTimeoutMs);
    socket.on("message", (data) => {
      const frame = parseFrame(data);
      if (connection.frames.pending === 0 && tryHotPath(connection, frame)) return;
      connection.frames.run(() => onFrame(connection, frame)).catch((error: unknown) => failed(connection, error));
    });
    socket.on("pong", () => (connection.alive = true));
    socket.on("error", (error) => options.log("warn", "ws.socket_error", { message: error.message }));
    socket.on("close", () => {
      clearTimeout(identifyTimer);
      registry.remove(connection);
    });
  });

  const heartbeat = setInterval(() => {
    for (const connection of registry.all) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
  }, options.heartbeatMs ?? webSocketTiming.heartbeatIntervalMs);
  heartbeat.unref();

  return {
    registry,
    close: async () => {
      clearInterval(heartbeat);
      fanout.close();
      httpServer.off("upgrade", onUpgrade);
      const closed = [...wss.clients].map(
        (socket) =>
          new Promise<void>((resolve) => {
            socket.once("close", () => resolve());
            socket.close(webSocketCloseCode.goingAway, "server shutting down");
            setTimeout(() => {
              socket.terminate();
              resolve();
            }, 2000).unref();
          }),
      );
      await Promise.all(closed);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
