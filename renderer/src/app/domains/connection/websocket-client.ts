// The renderer's one websocket to the signaling server. Every inbound frame passes the generated validator before
// anyone sees it; requests are answered by `requestId`; a dropped connection comes back with jittered backoff and
// re-identifies, re-joins or re-views its servers and re-sends their active plugins, each exactly once.
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import { describeError } from "@toju/contracts/errors/coded-error";
import { ajvErrorDetails } from "@toju/contracts/schema/error-details";
import { errorBodyLimit, webSocketCloseCode } from "@toju/generated/types/constants";
import type { ClientEnvelope, ServerEnvelope } from "@toju/generated/types/contract";
import { validateClientEnvelope, validateServerEnvelope } from "@toju/generated/validators/index";
import type { ConnectionState } from "../session/shell-session";
import { DEFAULT_BACKOFF, reconnectDelay, type BackoffPolicy } from "./reconnect-backoff";
import { SocketRequestError } from "./socket-request-error";

/** The part of the browser's `WebSocket` the client uses; tests hand in a fake. */
export interface WebSocketLike {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason?: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type WebSocketFactory = (url: string) => WebSocketLike;

/** The browser's `navigator.onLine` and its `online`/`offline` events. */
export interface NetworkStatus {
  online(): boolean;
  onChange(listener: (online: boolean) => void): Subscription;
}

export interface SocketTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TojuSocketClientOptions {
  url: string;
  createSocket: WebSocketFactory;
  timers?: SocketTimers;
  random?: () => number;
  network?: NetworkStatus;
  backoff?: BackoffPolicy;
  /** How long a request (identify included) may wait for its reply; default 10 s. */
  requestTimeoutMs?: number;
  /** Where dropped frames and failed re-subscriptions are reported. */
  log?: (message: string, detail?: unknown) => void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What callers send: any client envelope but `identify` (the client's own), without a `requestId` (the client's too). */
export type OutboundEnvelope = DistributiveOmit<Exclude<ClientEnvelope, { type: "identify" }>, "requestId">;

export type InboundEnvelope<T extends ServerEnvelope["type"]> = Extract<ServerEnvelope, { type: T }>;

/** A server is joined (as a member) or viewed (watched without joining). */
export type ServerWatch = "join" | "view";

interface PendingRequest {
  resolve(envelope: ServerEnvelope): void;
  reject(error: SocketRequestError): void;
  timer: unknown;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const CLOSE_NORMAL = 1000;
/** Closed by this client because identify got no usable answer; the server never sends it. */
const CLOSE_IDENTIFY_FAILED = 4000;

export class TojuSocketClient {
  private readonly timers: SocketTimers;
  private readonly random: () => number;
  private readonly requestTimeoutMs: number;
  private readonly log: (message: string, detail?: unknown) => void;
  private readonly listeners = new Map<ServerEnvelope["type"], Set<(envelope: ServerEnvelope) => void>>();
  private readonly events = new TypedEmitter<{ state: ConnectionState; tokenRefused: void }>((error) =>
    this.log("a connection listener threw", error),
  );
  private readonly pending = new Map<string, PendingRequest>();
  private readonly servers = new Map<string, ServerWatch>();
  private readonly wantedPlugins = new Map<string, readonly string[]>();
  /** What this connection last sent per server: a change is sent once, a repeat never. */
  private readonly sentPlugins = new Map<string, string>();
  private socket?: WebSocketLike;
  private token?: string;
  private current: ConnectionState = "signed-out";
  private attempt = 0;
  private retryTimer?: unknown;
  private requestCount = 0;

  constructor(private readonly options: TojuSocketClientOptions) {
    this.timers = options.timers ?? {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as never),
    };
    this.random = options.random ?? Math.random;
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.log = options.log ?? ((message, detail) => console.warn(`[toju] ${message}`, detail ?? ""));
    options.network?.onChange((online) => this.networkChanged(online));
  }

  get state(): ConnectionState {
    return this.current;
  }

  onStateChange(listener: (state: ConnectionState) => void): Subscription {
    return this.events.on("state", listener);
  }

  /** The server refused the token (close 4401): the session is over; the client stays signed out. */
  onTokenRefused(listener: () => void): Subscription {
    return this.events.on("tokenRefused", listener);
  }

  /** Every valid inbound envelope of the type, replies included; the listener survives reconnects. */
  on<T extends ServerEnvelope["type"]>(type: T, listener: (envelope: InboundEnvelope<T>) => void): Subscription {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    const entry = listener as (envelope: ServerEnvelope) => void;
    set.add(entry);
    return { dispose: () => void set.delete(entry) };
  }

  /** Opens the connection for a session token; a different token first closes what is open. */
  connect(token: string): void {
    if (this.token === token && this.current !== "signed-out") return;
    this.disconnect();
    this.token = token;
    this.attempt = 0;
    this.open();
  }

  /** Signs the connection out: closes it, fails what is pending and forgets its servers. */
  disconnect(): void {
    this.token = undefined;
    this.cancelRetry();
    this.closeSocket(CLOSE_NORMAL, "signed out");
    this.failPending("not_connected", "signed out");
    this.servers.clear();
    this.wantedPlugins.clear();
    this.sentPlugins.clear();
    this.setState("signed-out");
  }

  /**
   * Sends one envelope and settles with its reply; an `error` reply rejects with its code. An envelope the contract
   * refuses never leaves: it rejects with `invalid_envelope` and the validator's details.
   */
  request(envelope: OutboundEnvelope): Promise<ServerEnvelope> {
    if (this.current !== "connected" || !this.socket)
      return Promise.reject(new SocketRequestError("not_connected", "the connection to the server is not open"));
    if (!validateClientEnvelope(envelope)) {
      const details = ajvErrorDetails(validateClientEnvelope.errors, { limit: errorBodyLimit.envelopeErrorDetails });
      return Promise.reject(new SocketRequestError("invalid_envelope", `the ${envelope.type} envelope breaks the contract`, details));
    }
    return this.send(this.socket, envelope);
  }

  /**
   * Sends one envelope the server answers only when it refuses it (a `p2p_signal`), without waiting: false when the
   * connection is not open or the contract refuses the envelope, which then never leaves.
   */
  post(envelope: OutboundEnvelope): boolean {
    if (this.current !== "connected" || !this.socket) return false;
    if (!validateClientEnvelope(envelope)) {
      this.log(`refused to send a ${envelope.type} envelope that breaks the contract`, validateClientEnvelope.errors?.slice(0, 3));
      return false;
    }
    try {
      this.socket.send(JSON.stringify(envelope));
      return true;
    } catch (error) {
      this.log(`sending ${envelope.type} failed`, describeError(error));
      return false;
    }
  }

  /** Joins or views the server now and after every reconnect; settles with the server's reply (or at once while offline). */
  async watchServer(serverId: string, mode: ServerWatch): Promise<void> {
    this.servers.set(serverId, mode);
    if (this.current !== "connected") return;
    try {
      await this.request(watchEnvelope(serverId, mode));
    } catch (error) {
      if (error instanceof SocketRequestError && !["connection_lost", "timeout"].includes(error.code)) this.forgetServer(serverId);
      throw error;
    }
    this.flushActivePlugins(serverId);
  }

  /** Stops receiving the server's events on this connection and after reconnects. */
  leaveServer(serverId: string): void {
    const watched = this.servers.has(serverId);
    this.forgetServer(serverId);
    if (watched && this.current === "connected")
      this.request({ type: "leave_server", serverId }).catch((error: unknown) =>
        this.log(`leaving ${serverId} failed`, describeError(error)),
      );
  }

  /** The plugins running for the server; sent when they change and again after every reconnect. */
  setActivePlugins(serverId: string, pluginIds: readonly string[]): void {
    this.wantedPlugins.set(serverId, [...new Set(pluginIds)].sort());
    this.flushActivePlugins(serverId);
  }

  private open(): void {
    let socket: WebSocketLike;
    try {
      socket = this.options.createSocket(this.options.url);
    } catch (error) {
      this.log("the websocket could not be created", describeError(error));
      return this.scheduleRetry();
    }
    this.socket = socket;
    this.setState(this.attempt === 0 ? "connecting" : "reconnecting");
    socket.onopen = () => this.socket === socket && this.identify(socket);
    socket.onmessage = (event) => this.socket === socket && this.receive(event.data);
    socket.onclose = (event) => this.socket === socket && this.dropped(event.code);
    socket.onerror = () => undefined;
  }

  private identify(socket: WebSocketLike): void {
    const token = this.token!;
    this.send(socket, { type: "identify", token }).then(
      (reply) => {
        if (this.socket !== socket) return;
        if (reply.type === "identified") this.identified();
        else socket.close(CLOSE_IDENTIFY_FAILED, `identify answered with ${reply.type}`);
      },
      (error: unknown) => {
        // An unauthenticated answer is followed by the server's 4401 close; anything else is worth another attempt.
        if (this.socket === socket && !(error instanceof SocketRequestError && error.code === "unauthenticated")) {
          this.log("identify failed", describeError(error));
          socket.close(CLOSE_IDENTIFY_FAILED, "identify failed");
        }
      },
    );
  }

  private identified(): void {
    this.attempt = 0;
    this.sentPlugins.clear();
    this.setState("connected");
    for (const [serverId, mode] of [...this.servers]) {
      this.request(watchEnvelope(serverId, mode)).then(
        () => this.flushActivePlugins(serverId),
        (error: unknown) => this.log(`re-subscribing to ${serverId} failed`, describeError(error)),
      );
    }
  }

  private flushActivePlugins(serverId: string): void {
    const wanted = this.wantedPlugins.get(serverId);
    if (!wanted || this.current !== "connected" || !this.servers.has(serverId)) return;
    const key = wanted.join(" ");
    if (this.sentPlugins.get(serverId) === key) return;
    this.sentPlugins.set(serverId, key);
    this.request({ type: "set_active_plugins", serverId, pluginIds: [...wanted] }).catch((error: unknown) => {
      if (this.sentPlugins.get(serverId) === key) this.sentPlugins.delete(serverId);
      this.log(`setting the active plugins of ${serverId} failed`, describeError(error));
    });
  }

  private send(socket: WebSocketLike, envelope: OutboundEnvelope | { type: "identify"; token: string }): Promise<ServerEnvelope> {
    const requestId = `r${++this.requestCount}`;
    return new Promise<ServerEnvelope>((resolve, reject) => {
      const timer = this.timers.setTimeout(() => {
        this.pending.delete(requestId);
        reject(new SocketRequestError("timeout", `the server did not answer ${envelope.type} in time`));
        if (envelope.type === "identify" && this.socket === socket) socket.close(CLOSE_IDENTIFY_FAILED, "identify timed out");
      }, this.requestTimeoutMs);
      this.pending.set(requestId, { resolve, reject, timer });
      try {
        socket.send(JSON.stringify({ ...envelope, requestId }));
      } catch (error) {
        this.settle(requestId)?.reject(new SocketRequestError("connection_lost", `sending failed: ${describeError(error)}`));
      }
    });
  }

  private receive(data: unknown): void {
    let frame: unknown;
    try {
      frame = typeof data === "string" ? JSON.parse(data) : undefined;
    } catch {
      frame = undefined;
    }
    if (frame === undefined) return this.log("dropped a frame that is not JSON text");
    if (!safeValidate(frame))
      return this.log("dropped a frame that is no valid server envelope", validateServerEnvelope.errors?.slice(0, 3));
    if (frame.requestId !== undefined) {
      const waiting = this.settle(frame.requestId);
      if (waiting && frame.type === "error") waiting.reject(new SocketRequestError(frame.code, frame.message, frame.details));
      else waiting?.resolve(frame);
    }
    for (const listener of [...(this.listeners.get(frame.type) ?? [])]) {
      try {
        listener(frame);
      } catch (error) {
        this.log(`a ${frame.type} listener threw`, error);
      }
    }
  }

  private settle(requestId: string): PendingRequest | undefined {
    const waiting = this.pending.get(requestId);
    if (!waiting) return undefined;
    this.pending.delete(requestId);
    this.timers.clearTimeout(waiting.timer);
    return waiting;
  }

  private dropped(code: number): void {
    this.socket = undefined;
    this.failPending("connection_lost", "the connection to the server was lost");
    if (code === webSocketCloseCode.unauthenticated) {
      this.disconnect();
      this.events.emit("tokenRefused", undefined);
      return;
    }
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (!this.token) return;
    this.cancelRetry();
    this.attempt += 1;
    if (this.options.network && !this.options.network.online()) return this.setState("offline");
    const delay = reconnectDelay(this.attempt, this.random, this.options.backoff ?? DEFAULT_BACKOFF);
    this.setState("reconnecting");
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = undefined;
      this.open();
    }, delay);
  }

  private networkChanged(online: boolean): void {
    if (!this.token || this.socket) return;
    if (!online) {
      this.cancelRetry();
      this.setState("offline");
    } else {
      // Back online: try at once rather than wait out a long backoff.
      this.cancelRetry();
      this.open();
    }
  }

  private cancelRetry(): void {
    if (this.retryTimer === undefined) return;
    this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private closeSocket(code: number, reason: string): void {
    const socket = this.socket;
    this.socket = undefined;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    try {
      socket.close(code, reason);
    } catch (error) {
      this.log("closing the websocket failed", describeError(error));
    }
  }

  private failPending(code: "not_connected" | "connection_lost", message: string): void {
    for (const requestId of [...this.pending.keys()]) this.settle(requestId)?.reject(new SocketRequestError(code, message));
  }

  private forgetServer(serverId: string): void {
    this.servers.delete(serverId);
    this.wantedPlugins.delete(serverId);
    this.sentPlugins.delete(serverId);
  }

  private setState(state: ConnectionState): void {
    if (this.current === state) return;
    this.current = state;
    this.events.emit("state", state);
  }
}

function watchEnvelope(serverId: string, mode: ServerWatch): OutboundEnvelope {
  return mode === "join" ? { type: "join_server", serverId } : { type: "view_server", serverId };
}

function safeValidate(frame: unknown): frame is ServerEnvelope {
  try {
    return validateServerEnvelope(frame);
  } catch {
    return false;
  }
}
