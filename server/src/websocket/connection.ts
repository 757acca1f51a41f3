// One websocket connection's state: who it is, which servers it joined or views, its active plugins, its bucket.
import type { WebSocket } from "ws";
import { SerialQueue } from "@toju/contracts/async/serial-queue";
import type { ServerEnvelope } from "@toju/generated/types/contract";
import { TokenBucket } from "./token-bucket";

export class Connection {
  userId?: string;
  alive = true;
  readonly joined = new Set<string>();
  readonly viewing = new Set<string>();
  readonly activePlugins = new Map<string, Set<string>>();
  readonly bucket: TokenBucket;
  /**
   * Frames are handled one after another, in arrival order, even when a handler awaits the database; while nothing
   * is pending a frame may be handled synchronously without breaking that order.
   */
  readonly frames = new SerialQueue();

  constructor(
    readonly socket: WebSocket,
    rate: number,
    burst: number,
  ) {
    this.bucket = new TokenBucket(rate, burst);
  }

  send(envelope: ServerEnvelope): void {
    this.sendText(JSON.stringify(envelope));
  }

  sendText(text: string): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(text);
  }

  /** A text frame from bytes encoded once for many receivers (ws would re-encode a string per socket). */
  sendEncoded(utf8: Buffer): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(utf8, { binary: false });
  }
}
