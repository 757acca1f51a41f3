// One websocket connection's state: who it is (and with which session), which servers it joined or views, its active
// plugins, its token bucket, and its sender (which closes it when it stops reading).
import type { WebSocket } from "ws";
import { SerialQueue } from "@toju/contracts/async/serial-queue";
import type { ServerEnvelope } from "@toju/generated/types/contract";
import type { Session } from "../auth/auth.service";
import { SocketSender, type SocketSenderOptions } from "./socket-sender";
import { TokenBucket } from "./token-bucket";

export class Connection {
  userId?: string;
  /** The session the socket identified with: its revocation or expiry closes the socket with 4401. */
  session?: Session;
  alive = true;
  /** Frames received so far; every frame after the first (`identify`) takes a token. */
  framesReceived = 0;
  readonly joined = new Set<string>();
  readonly viewing = new Set<string>();
  readonly activePlugins = new Map<string, Set<string>>();
  readonly bucket: TokenBucket;
  /**
   * Frames are handled one after another, in arrival order, even when a handler awaits the database; while nothing
   * is pending a frame may be handled synchronously without breaking that order.
   */
  readonly frames = new SerialQueue();
  private readonly sender: SocketSender;

  constructor(
    readonly socket: WebSocket,
    rate: number,
    burst: number,
    sender: SocketSenderOptions = {},
  ) {
    this.bucket = new TokenBucket(rate, burst);
    this.sender = new SocketSender(socket, sender);
  }

  send(envelope: ServerEnvelope): void {
    this.sender.send(Buffer.from(JSON.stringify(envelope), "utf8"));
  }

  /** A text frame from bytes encoded once for many receivers (ws would re-encode a string per socket). */
  sendEncoded(utf8: Buffer): void {
    this.sender.send(utf8);
  }
}
