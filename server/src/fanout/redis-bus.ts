// The fan-out bus over Redis pub/sub (REDIS_URL): one channel per deployment (`<prefix>fanout`), one connection to
// publish and one to listen. Nothing is queued while Redis is away: messages are dropped (local sockets still get
// theirs), health says `unavailable`, and once the link is back every instance reloads what it caches.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import type { DependencyHealth } from "@toju/generated/types/contract";
import { answersWithin } from "../db/database";
import type { Logger } from "../ops/logger";
import type { BusHandlers, FanoutBus, FanoutMessage } from "./fanout-bus";

const WIRE_VERSION = 1;

export interface RedisBusOptions {
  url: string;
  /** Prefixes the channel name, so deployments (and tests) sharing a Redis never hear each other. */
  prefix: string;
  log: Logger;
  /** The longest wait between reconnection attempts. */
  maxRetryDelayMs?: number;
}

/** One line of JSON (the message without its frame, plus origin and version), a newline, then the frame's bytes as they are. */
export function encodeBusMessage(message: FanoutMessage, origin: string): Buffer {
  const { frame, ...rest } = message as FanoutMessage & { frame?: Buffer };
  const header = Buffer.from(`${JSON.stringify({ v: WIRE_VERSION, o: origin, f: frame ? 1 : 0, ...rest })}\n`, "utf8");
  return frame ? Buffer.concat([header, frame]) : header;
}

export function decodeBusMessage(raw: Buffer): { message: FanoutMessage; origin: string } | undefined {
  const end = raw.indexOf(0x0a);
  if (end < 0) return undefined;
  const header = JSON.parse(raw.subarray(0, end).toString("utf8")) as Record<string, unknown>;
  if (header.v !== WIRE_VERSION || typeof header.o !== "string" || typeof header.kind !== "string") return undefined;
  const { v: _v, o: origin, f: hasFrame, ...message } = header;
  if (hasFrame === 1) message.frame = raw.subarray(end + 1);
  return { message: message as unknown as FanoutMessage, origin: origin as string };
}

export class RedisFanoutBus implements FanoutBus {
  readonly instanceId = randomUUID();
  private readonly channel: string;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private handlers?: BusHandlers;
  private subscribedOnce = false;
  /** When the first publication since the last resync was dropped: the others are told to resync from then. */
  private droppedSince?: number;
  /** When the subscription link went down (unset while it is up). */
  private unsubscribedSince?: number;
  private closing = false;

  constructor(private readonly options: RedisBusOptions) {
    this.channel = `${options.prefix}fanout`;
    const maxDelay = options.maxRetryDelayMs ?? 1_000;
    const common = {
      lazyConnect: true,
      connectTimeout: 2_000,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      autoResubscribe: false,
      retryStrategy: (times: number) => Math.min(100 * times, maxDelay),
    };
    const name = (role: string) => `toju-fanout-${role}-${this.instanceId.slice(0, 8)}`;
    this.publisher = new Redis(options.url, { ...common, enableAutoPipelining: true, connectionName: name("pub") });
    this.subscriber = new Redis(options.url, { ...common, connectionName: name("sub") });
    this.watch(this.publisher, "publisher", () => this.onPublisherReady());
    this.watch(this.subscriber, "subscriber", () => void this.onSubscriberReady());
    this.subscriber.on("close", () => (this.unsubscribedSince ??= Date.now()));
    this.subscriber.on("messageBuffer", (channel: Buffer, raw: Buffer) => this.onRaw(channel, raw));
  }

  /** Connects both links, waiting up to `timeoutMs` for the subscription; a Redis that is away is retried in the background. */
  async start(timeoutMs = 5_000): Promise<void> {
    const subscribed = new Promise<void>((resolve) => this.subscriber.once("toju:subscribed", () => resolve()));
    for (const client of [this.publisher, this.subscriber]) client.connect().catch(() => undefined);
    await answersWithin(subscribed, timeoutMs);
  }

  publish(message: FanoutMessage): void {
    if (this.closing) return;
    if (this.publisher.status !== "ready") {
      this.droppedSince ??= Date.now();
      return;
    }
    this.publisher.publish(this.channel, encodeBusMessage(message, this.instanceId)).catch(() => (this.droppedSince ??= Date.now()));
  }

  subscribe(handlers: BusHandlers): void {
    this.handlers = handlers;
  }

  async health(timeoutMs: number): Promise<DependencyHealth> {
    if (this.publisher.status !== "ready" || this.subscriber.status !== "ready") return "unavailable";
    return (await answersWithin(this.publisher.ping(), timeoutMs)) ? "ok" : "unavailable";
  }

  async close(): Promise<void> {
    this.closing = true;
    this.handlers = undefined;
    await Promise.all([this.publisher, this.subscriber].map((client) => client.quit().catch(() => client.disconnect())));
  }

  private watch(client: Redis, role: string, onReady: () => void): void {
    let down = false;
    client.on("ready", () => {
      if (down) this.options.log("info", "fanout.redis_reconnected", { role });
      down = false;
      onReady();
    });
    // ioredis reports every failed attempt; one line per outage is enough.
    client.on("error", (error: Error) => {
      if (down || this.closing) return;
      down = true;
      this.options.log("warn", "fanout.redis_unavailable", { role, message: error.message.slice(0, 200) });
    });
    client.on("close", () => {
      if (!this.closing) down = true;
    });
  }

  private onPublisherReady(): void {
    if (this.droppedSince === undefined) return;
    const since = this.droppedSince;
    this.droppedSince = undefined;
    this.publish({ kind: "resync", since });
  }

  private async onSubscriberReady(): Promise<void> {
    try {
      await this.subscriber.subscribe(this.channel);
    } catch {
      return; // the link dropped again; the next "ready" retries
    }
    this.subscriber.emit("toju:subscribed");
    const since = this.unsubscribedSince ?? Date.now();
    this.unsubscribedSince = undefined;
    if (this.subscribedOnce) this.handlers?.resync(since);
    this.subscribedOnce = true;
  }

  private onRaw(channel: Buffer, raw: Buffer): void {
    if (channel.toString() !== this.channel) return;
    let decoded: ReturnType<typeof decodeBusMessage>;
    try {
      decoded = decodeBusMessage(raw);
    } catch {
      decoded = undefined;
    }
    if (!decoded) {
      this.options.log("warn", "fanout.bad_message", { bytes: raw.length });
      return;
    }
    if (decoded.origin === this.instanceId) return;
    this.handlers?.message(decoded.message, decoded.origin);
  }
}
