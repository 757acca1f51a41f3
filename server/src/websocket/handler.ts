// The `/ws` endpoint: identify-first (4401), the token bucket before any other check, frame parsing and validation,
// per-connection ordering, heartbeat (and sessions that expired or were revoked: 4401), and shutdown with 1001;
// broadcasts (requirement changes, members, channels, chat, relays) go through the fan-out.
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
import { containersWithin } from "./frame-shape";
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

/** Frames queued behind a slow one before the socket stops being read (TCP then holds the client back). */
const QUEUED_FRAMES_HIGH = 256;
const QUEUED_FRAMES_LOW = 64;

export interface WebSocketEndpoint {
  registry: SocketRegistry;
  close(): Promise<void>;
}

/** A frame holding more arrays and objects than the contract allows, left unparsed. */
const tooManyContainers = Symbol("tooManyContainers");

/** The parsed frame; undefined when it is not JSON. */
function parseFrame(data: RawData): unknown {
  const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
  if (!containersWithin(bytes)) return tooManyContainers;
  try {
    return JSON.parse(bytes.toString("utf8"));
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

  // A logout here closes the sockets signed in with that token here; other instances close theirs at their next
  // heartbeat, when the session sweep no longer finds the token.
  const subscriptions = [
    options.services.auth.on("sessionRevoked", ({ userId, tokenHash }) => {
      for (const connection of registry.socketsOf(userId))
        if (connection.session?.tokenHash === tokenHash) connection.socket.close(webSocketCloseCode.unauthenticated, "signed out");
    }),
  ];

  async function identify(connection: Connection, frame: unknown): Promise<void> {
    if (!safeValidate(frame) || frame.type !== "identify")
      return void connection.socket.close(webSocketCloseCode.unauthenticated, "identify first");
    const session = await options.services.auth.sessionOf(frame.token);
    if (!session) {
      sendError(connection, "unauthenticated", "invalid token", frame.requestId);
      return void connection.socket.close(webSocketCloseCode.unauthenticated, "invalid token");
    }
    connection.session = session;
    registry.identified(connection, session.userId);
    connection.send({ type: "identified", ...(frame.requestId ? { requestId: frame.requestId } : {}), userId: session.userId });
  }

  async function onFrame(connection: Connection, frame: unknown): Promise<void> {
    if (!connection.userId) return identify(connection, frame);
    if (safeValidate(frame)) return handleEnvelope(ctx, connection, frame);
    if (frame === tooManyContainers)
      return sendError(
        connection,
        "invalid_envelope",
        `the frame holds more than ${requestSizeLimit.webSocketFrameContainers} arrays and objects; it was not read`,
      );
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

  /** The answer to a frame that found the connection's bucket empty; nothing else of the frame is looked at. */
  function rateLimitedReply(frame: unknown): (connection: Connection) => void {
    const requestId = field(frame, "requestId");
    const echo = validateRequestId(requestId) ? { requestId } : {};
    const eventId = field(frame, "eventId");
    const message = "too many frames on this connection; slow down";
    if (field(frame, "type") === "plugin_event" && validateEntityId(eventId))
      return (connection) => connection.send({ type: "plugin_event_rejected", ...echo, eventId, code: "rate_limited", message });
    return (connection) => sendError(connection, "rate_limited", message, echo.requestId);
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
    const connection: Connection = new Connection(socket, options.pluginEventRate, options.pluginEventBurst, {
      onOverflow: (bufferedBytes) =>
        options.log("warn", "ws.backpressure_closed", { userId: connection.userId, bufferedBytes, code: webSocketCloseCode.tryAgainLater }),
    });
    registry.add(connection);
    const identifyTimer = setTimeout(() => {
      if (!connection.userId) socket.close(webSocketCloseCode.unauthenticated, "identify timeout");
    }, identifyTimeoutMs);
    let paused = false;
    const settled = () => {
      if (paused && connection.frames.pending <= QUEUED_FRAMES_LOW) {
        paused = false;
        socket.resume();
      }
    };
    socket.on("message", (data) => {
      const frame = parseFrame(data);
      // Every frame after the first (identify) takes a token before anything else, whatever it turns out to be.
      const refusal = connection.framesReceived++ > 0 && !connection.bucket.take() ? rateLimitedReply(frame) : undefined;
      if (connection.frames.pending === 0) {
        if (refusal) return refusal(connection);
        if (tryHotPath(connection, frame)) return;
      }
      const handle = refusal ? () => refusal(connection) : () => onFrame(connection, frame);
      connection.frames
        .run(handle)
        .catch((error: unknown) => failed(connection, error))
        .finally(settled);
      if (!paused && connection.frames.pending >= QUEUED_FRAMES_HIGH) {
        paused = true;
        socket.pause();
      }
    });
    socket.on("pong", () => (connection.alive = true));
    socket.on("error", (error) => options.log("warn", "ws.socket_error", { message: error.message }));
    socket.on("close", () => {
      clearTimeout(identifyTimer);
      registry.remove(connection);
    });
  });

  /** Sockets whose session expired, or was revoked on any instance (its row is gone), are closed with 4401. */
  async function closeEndedSessions(): Promise<void> {
    const now = Date.now();
    const identified = [...registry.all].filter((c) => c.session !== undefined);
    for (const c of identified) if (c.session!.expiresAt <= now) c.socket.close(webSocketCloseCode.unauthenticated, "session expired");
    const live = await options.services.auth.liveTokenHashes([...new Set(identified.map((c) => c.session!.tokenHash))]);
    for (const c of identified) if (!live.has(c.session!.tokenHash)) c.socket.close(webSocketCloseCode.unauthenticated, "signed out");
  }

  const heartbeat = setInterval(() => {
    for (const connection of registry.all) {
      if (!connection.alive) {
        connection.socket.terminate();
        continue;
      }
      connection.alive = false;
      connection.socket.ping();
    }
    closeEndedSessions().catch((error: unknown) =>
      options.log("error", "ws.session_check_failed", { message: String((error as Error)?.message).slice(0, 200) }),
    );
  }, options.heartbeatMs ?? webSocketTiming.heartbeatIntervalMs);
  heartbeat.unref();

  return {
    registry,
    close: async () => {
      clearInterval(heartbeat);
      fanout.close();
      for (const subscription of subscriptions) subscription.dispose();
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
