// Backpressure at the socket-send layer: a frame that would take a socket's unsent data past the limit is not sent;
// the socket is closed with 1013 instead and destroyed if the close has not completed within a second. A client that
// stops reading therefore costs the server at most the limit, never an unbounded buffer.
import type { WebSocket } from "ws";
import { webSocketBufferLimit, webSocketCloseCode } from "@toju/generated/types/constants";

export interface SocketSenderOptions {
  maxBufferedBytes?: number;
  closeTimeoutMs?: number;
  /** Called once, when the socket is closed for backpressure. */
  onOverflow?: (bufferedBytes: number) => void;
}

export class SocketSender {
  private overflowed = false;
  private readonly maxBufferedBytes: number;
  private readonly closeTimeoutMs: number;

  constructor(
    private readonly socket: WebSocket,
    private readonly options: SocketSenderOptions = {},
  ) {
    this.maxBufferedBytes = options.maxBufferedBytes ?? webSocketBufferLimit.maxBufferedBytes;
    this.closeTimeoutMs = options.closeTimeoutMs ?? webSocketBufferLimit.closeTimeoutMs;
  }

  /** Sends one text frame (UTF-8 bytes, so a frame shared by many sockets is encoded once), unless it would overflow. */
  send(utf8: Buffer): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    const buffered = this.socket.bufferedAmount;
    if (buffered + utf8.length > this.maxBufferedBytes) return this.overflow(buffered);
    this.socket.send(utf8, { binary: false });
  }

  private overflow(buffered: number): void {
    if (this.overflowed) return;
    this.overflowed = true;
    this.options.onOverflow?.(buffered);
    const destroy = setTimeout(() => this.socket.terminate(), this.closeTimeoutMs);
    destroy.unref();
    this.socket.once("close", () => clearTimeout(destroy));
    this.socket.close(webSocketCloseCode.tryAgainLater, "too much unsent data: read faster");
  }
}
