// The websocket client against a fake socket and a hand-driven clock: validation of every inbound frame, requestId
// correlation, jittered backoff within its bounds, and a reconnect that re-subscribes exactly once.
import type { ClientEnvelope, PluginRequirementsSnapshot } from "@toju/generated/types/contract";
import { reconnectDelay } from "./reconnect-backoff";
import { SocketRequestError } from "./socket-request-error";
import { TojuSocketClient, type NetworkStatus, type SocketTimers, type WebSocketLike } from "./websocket-client";

type Sent = ClientEnvelope & { requestId: string };

class FakeSocket implements WebSocketLike {
  readonly sent: Sent[] = [];
  closed?: { code?: number; reason?: string };
  onopen: WebSocketLike["onopen"] = null;
  onmessage: WebSocketLike["onmessage"] = null;
  onclose: WebSocketLike["onclose"] = null;
  onerror: WebSocketLike["onerror"] = null;

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(code?: number, reason?: string): void {
    this.closed = { code, reason };
  }

  open(): void {
    this.onopen?.({});
  }

  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === "string" ? frame : JSON.stringify(frame) });
  }

  drop(code = 1006): void {
    this.onclose?.({ code });
  }

  last(type: string): Sent {
    const found = this.sent.filter((envelope) => envelope.type === type).at(-1);
    if (!found) throw new Error(`nothing of type ${type} was sent`);
    return found;
  }

  /** The types sent, in order. */
  types(): string[] {
    return this.sent.map((envelope) => envelope.type);
  }
}

class FakeClock implements SocketTimers {
  private now = 0;
  private nextId = 0;
  private readonly tasks = new Map<number, { at: number; callback: () => void }>();
  readonly delays: number[] = [];

  setTimeout(callback: () => void, ms: number): unknown {
    const id = ++this.nextId;
    this.tasks.set(id, { at: this.now + ms, callback });
    this.delays.push(ms);
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.tasks.delete(handle as number);
  }

  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.tasks].filter(([, task]) => task.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      this.tasks.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }
}

const TOKEN = "a-session-token-of-enough-length";
const snapshot = (serverId: string, revision = 1): PluginRequirementsSnapshot => ({ serverId, revision, requirements: [], events: [] });

function setup(options: { random?: () => number; network?: NetworkStatus } = {}) {
  const sockets: FakeSocket[] = [];
  const clock = new FakeClock();
  const logged: string[] = [];
  const client = new TojuSocketClient({
    url: "ws://127.0.0.1:3000/ws",
    createSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    timers: clock,
    random: options.random ?? (() => 0.5),
    network: options.network,
    requestTimeoutMs: 5_000,
    log: (message) => logged.push(message),
  });
  const states: string[] = [];
  client.onStateChange((state) => states.push(state));
  const socket = () => sockets.at(-1)!;
  /** Opens the newest socket and answers its identify. */
  const identify = async () => {
    socket().open();
    socket().receive({ type: "identified", requestId: socket().last("identify").requestId, userId: "u-1" });
    await flush();
  };
  return { client, sockets, socket, clock, logged, states, identify };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("TojuSocketClient", () => {
  it("identifies first with the session token and is connected once the server says so", async () => {
    const { client, socket, states, identify } = setup();
    client.connect(TOKEN);
    expect(client.state).toBe("connecting");
    socket().open();
    expect(socket().sent).toEqual([{ type: "identify", token: TOKEN, requestId: expect.stringMatching(/^[A-Za-z0-9_-]+$/) }]);
    await identify();
    expect(client.state).toBe("connected");
    expect(states).toEqual(["connecting", "connected"]);
  });

  it("answers each request by its requestId: a reply resolves, an error rejects with its code, silence times out", async () => {
    const { client, socket, clock, identify } = setup();
    client.connect(TOKEN);
    await identify();
    const joined = client.request({ type: "join_server", serverId: "s-1" });
    const refused = client.request({ type: "view_server", serverId: "s-404" });
    const silent = client.request({ type: "leave_server", serverId: "s-2" });
    const [join, view] = [socket().last("join_server"), socket().last("view_server")];
    expect(join.requestId).not.toBe(view.requestId);
    socket().receive({ type: "error", requestId: view.requestId, code: "not_found", message: "unknown server" });
    socket().receive({ type: "server_joined", requestId: join.requestId, serverId: "s-1", pluginRequirements: snapshot("s-1") });
    await expect(joined).resolves.toMatchObject({ type: "server_joined", serverId: "s-1" });
    await expect(refused).rejects.toMatchObject({ name: "SocketRequestError", code: "not_found" });
    clock.advance(5_000);
    await expect(silent).rejects.toMatchObject({ code: "timeout" });
  });

  it("logs and drops a frame that is not JSON or not a valid server envelope, and hands on the next valid one", async () => {
    const { client, socket, logged, identify } = setup();
    const received: unknown[] = [];
    client.on("message", (message) => received.push(message.messageId));
    client.connect(TOKEN);
    await identify();
    const pending = client.request({ type: "join_server", serverId: "s-1" });
    const requestId = socket().last("join_server").requestId;
    socket().receive("{not json");
    socket().receive({ type: "message", messageId: "m-1" });
    socket().receive({ type: "no_such_type", requestId });
    socket().receive({ type: "server_joined", requestId, serverId: "s-1" });
    expect(received).toEqual([]);
    expect(logged).toHaveLength(4);
    socket().receive({
      type: "message",
      messageId: "m-2",
      serverId: "s-1",
      channelId: "c-1",
      authorUserId: "u-2",
      content: "hi",
      sentAt: "2026-12-01T10:00:00.000Z",
    });
    expect(received).toEqual(["m-2"]);
    socket().receive({ type: "server_joined", requestId, serverId: "s-1", pluginRequirements: snapshot("s-1") });
    await expect(pending).resolves.toMatchObject({ type: "server_joined" });
  });

  it("never sends an envelope the contract refuses", async () => {
    const { client, socket, identify } = setup();
    client.connect(TOKEN);
    await identify();
    const refused = client.request({ type: "send_message", serverId: "s-1", channelId: "c-1", content: "x".repeat(4001) });
    await expect(refused).rejects.toMatchObject({ code: "invalid_envelope", details: expect.arrayContaining([expect.anything()]) });
    expect(socket().types()).toEqual(["identify"]);
  });

  it("posts an envelope with no reply at once, without a requestId, only while connected and only when the contract allows it", async () => {
    const { client, socket, clock, logged, identify } = setup();
    const signal = { type: "p2p_signal", serverId: "s-1", targetUserId: "u-2", signal: { kind: "offer", sdp: "v=0" } } as const;
    client.connect(TOKEN);
    expect(client.post(signal)).toBe(false);
    await identify();
    expect(client.post(signal)).toBe(true);
    expect(socket().sent.at(-1)).toEqual(signal);
    expect(client.post({ ...signal, signal: { kind: "offer", sdp: "x".repeat(70_000) } })).toBe(false);
    expect(logged).toEqual([expect.stringContaining("refused to send a p2p_signal")]);
    expect(socket().types()).toEqual(["identify", "p2p_signal"]);
    clock.advance(60_000);
    expect(client.state).toBe("connected");
  });

  it("reconnects after a drop with a jittered, growing delay, then re-identifies, re-joins and re-sends the active plugins once", async () => {
    const { client, sockets, socket, clock, states, identify } = setup({ random: () => 0 });
    client.connect(TOKEN);
    await identify();
    const watched = client.watchServer("s-1", "join");
    client.setActivePlugins("s-1", ["dice-roller", "click-counter"]);
    const join = socket().last("join_server");
    socket().receive({ type: "server_joined", requestId: join.requestId, serverId: "s-1", pluginRequirements: snapshot("s-1") });
    await watched;
    const viewed = client.watchServer("s-2", "view");
    socket().receive({
      type: "server_viewed",
      requestId: socket().last("view_server").requestId,
      serverId: "s-2",
      pluginRequirements: snapshot("s-2"),
    });
    await viewed;
    expect(socket().types()).toEqual(["identify", "join_server", "set_active_plugins", "view_server"]);
    expect(socket().last("set_active_plugins")).toMatchObject({ serverId: "s-1", pluginIds: ["click-counter", "dice-roller"] });

    const first = socket();
    const pending = client.request({ type: "leave_server", serverId: "s-9" });
    first.drop();
    await expect(pending).rejects.toMatchObject({ code: "connection_lost" });
    expect(client.state).toBe("reconnecting");
    expect(clock.delays.at(-1)).toBe(250);
    clock.advance(250);
    expect(sockets).toHaveLength(2);
    socket().open();
    socket().drop();
    expect(clock.delays.at(-1)).toBe(500);
    clock.advance(500);
    await identify();
    expect(states).toEqual(["connecting", "connected", "reconnecting", "connected"]);
    expect(socket().types()).toEqual(["identify", "join_server", "view_server"]);
    socket().receive({
      type: "server_joined",
      requestId: socket().last("join_server").requestId,
      serverId: "s-1",
      pluginRequirements: snapshot("s-1"),
    });
    socket().receive({
      type: "server_viewed",
      requestId: socket().last("view_server").requestId,
      serverId: "s-2",
      pluginRequirements: snapshot("s-2"),
    });
    await flush();
    client.setActivePlugins("s-1", ["click-counter", "dice-roller"]);
    expect(socket().types()).toEqual(["identify", "join_server", "view_server", "set_active_plugins"]);

    // The old socket is gone: what it still delivers reaches nobody.
    const received: string[] = [];
    client.on("member_left", (envelope) => received.push(envelope.userId));
    first.receive({ type: "member_left", serverId: "s-1", userId: "u-old" });
    socket().receive({ type: "member_left", serverId: "s-1", userId: "u-new" });
    expect(received).toEqual(["u-new"]);
  });

  it("sends the active plugins when they change, never the same list twice", async () => {
    const { client, socket, identify } = setup();
    client.connect(TOKEN);
    await identify();
    void client.watchServer("s-1", "join");
    socket().receive({
      type: "server_joined",
      requestId: socket().last("join_server").requestId,
      serverId: "s-1",
      pluginRequirements: snapshot("s-1"),
    });
    await flush();
    client.setActivePlugins("s-1", ["a-plugin"]);
    client.setActivePlugins("s-1", ["a-plugin"]);
    client.setActivePlugins("s-1", ["a-plugin", "b-plugin"]);
    client.setActivePlugins("s-unwatched", ["a-plugin"]);
    expect(
      socket()
        .sent.filter((e) => e.type === "set_active_plugins")
        .map((e) => "pluginIds" in e && e.pluginIds),
    ).toEqual([["a-plugin"], ["a-plugin", "b-plugin"]]);
  });

  it("gives up on an identify the server does not answer and tries again", async () => {
    const { client, socket, sockets, clock } = setup({ random: () => 1 });
    client.connect(TOKEN);
    socket().open();
    clock.advance(5_000);
    expect(socket().closed?.code).toBe(4000);
    socket().drop(4000);
    expect(client.state).toBe("reconnecting");
    clock.advance(500);
    expect(sockets).toHaveLength(2);
  });

  it("stops for good when the server refuses the token (4401) and says so", async () => {
    const { client, socket, clock, sockets, identify } = setup();
    const refused = jest.fn();
    client.onTokenRefused(refused);
    client.connect(TOKEN);
    await identify();
    socket().drop(4401);
    expect(client.state).toBe("signed-out");
    expect(refused).toHaveBeenCalledTimes(1);
    clock.advance(60_000);
    expect(sockets).toHaveLength(1);
  });

  it("waits while the browser is offline and tries at once when it is back", async () => {
    let online = true;
    let changed: (online: boolean) => void = () => undefined;
    const network: NetworkStatus = {
      online: () => online,
      onChange: (listener) => ((changed = listener), { dispose: () => undefined }),
    };
    const { client, sockets, socket, identify } = setup({ network });
    client.connect(TOKEN);
    await identify();
    online = false;
    changed(false);
    socket().drop();
    expect(client.state).toBe("offline");
    online = true;
    changed(true);
    expect(sockets).toHaveLength(2);
    expect(client.state).toBe("reconnecting");
    await identify();
    expect(client.state).toBe("connected");
  });

  it("signs out: closes the socket, fails what is pending, forgets its servers", async () => {
    const { client, socket, identify } = setup();
    client.connect(TOKEN);
    await identify();
    const pending = client.request({ type: "view_server", serverId: "s-1" });
    const open = socket();
    client.disconnect();
    expect(open.closed?.code).toBe(1000);
    await expect(pending).rejects.toBeInstanceOf(SocketRequestError);
    expect(client.state).toBe("signed-out");
    await expect(client.request({ type: "view_server", serverId: "s-1" })).rejects.toMatchObject({ code: "not_connected" });
  });
});

describe("reconnectDelay", () => {
  it("waits between half and all of an exponentially growing ceiling, never more than 30 s", () => {
    const ceilings = [500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000];
    ceilings.forEach((ceiling, index) => {
      expect(reconnectDelay(index + 1, () => 0)).toBe(ceiling / 2);
      expect(reconnectDelay(index + 1, () => 1)).toBe(ceiling);
    });
    for (let attempt = 1; attempt <= 200; attempt += 1) {
      const delay = reconnectDelay(attempt, Math.random);
      expect(delay).toBeGreaterThanOrEqual(250);
      expect(delay).toBeLessThanOrEqual(30_000);
    }
    expect(reconnectDelay(10_000, () => 7)).toBe(30_000);
  });
});
