// The socket sender: frames go out until the unsent data would pass the limit; then the socket is closed once with
// 1013 and destroyed when the close has not completed in time.
import { EventEmitter } from "node:events";
import type { WebSocket } from "ws";
import { SocketSender } from "./socket-sender";

class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  bufferedAmount = 0;
  sent: Buffer[] = [];
  closes: number[] = [];
  terminated = false;
  send(data: Buffer) {
    this.sent.push(data);
    this.bufferedAmount += data.length;
  }
  close(code: number) {
    this.closes.push(code);
    this.readyState = 2;
  }
  terminate() {
    this.terminated = true;
    this.readyState = 3;
    this.emit("close");
  }
}

describe("SocketSender", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("sends while the unsent data stays within the limit, then closes with 1013 once and sends nothing more", () => {
    const socket = new FakeSocket();
    const overflows: number[] = [];
    const sender = new SocketSender(socket as unknown as WebSocket, { maxBufferedBytes: 10, onOverflow: (b) => overflows.push(b) });
    sender.send(Buffer.alloc(6));
    sender.send(Buffer.alloc(4));
    sender.send(Buffer.alloc(1));
    sender.send(Buffer.alloc(1));
    expect(socket.sent.map((b) => b.length)).toEqual([6, 4]);
    expect(socket.closes).toEqual([1013]);
    expect(overflows).toEqual([10]);
  });

  it("destroys the connection when the close has not completed within the timeout", () => {
    const socket = new FakeSocket();
    new SocketSender(socket as unknown as WebSocket, { maxBufferedBytes: 1, closeTimeoutMs: 1000 }).send(Buffer.alloc(2));
    jest.advanceTimersByTime(999);
    expect(socket.terminated).toBe(false);
    jest.advanceTimersByTime(1);
    expect(socket.terminated).toBe(true);
  });

  it("leaves a socket alone whose close completes in time", () => {
    const socket = new FakeSocket();
    new SocketSender(socket as unknown as WebSocket, { maxBufferedBytes: 1, closeTimeoutMs: 1000 }).send(Buffer.alloc(2));
    socket.emit("close");
    jest.advanceTimersByTime(5000);
    expect(socket.terminated).toBe(false);
  });
});
