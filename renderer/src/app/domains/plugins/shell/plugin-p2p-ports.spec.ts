// The p2p host ports on a fake websocket and fake peer connections: signals travel as `p2p_signal` envelopes of the
// open server, a plugin hears only its own channel, switching server or signing out closes the connections, a
// reconnect restarts ICE once the server is joined again, and a channel that never opens is refused in time.
import { TypedEmitter } from "@toju/contracts/async/typed-emitter";
import { P2pUnavailableError, PluginHostNotConnectedError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { Server, ServerEnvelope, UserProfile } from "@toju/generated/types/contract";
import type { OutboundEnvelope } from "../../connection/websocket-client";
import type { ConnectionState } from "../../session/shell-session";
import { PluginP2pPorts } from "./plugin-p2p-ports";

class FakeChannel extends EventTarget {
  readyState: RTCDataChannelState = "connecting";
  readonly send = jest.fn();
  constructor(readonly label: string) {
    super();
  }
  close(): void {
    this.readyState = "closed";
  }
  receive(data: unknown): void {
    this.dispatchEvent(new MessageEvent("message", { data }));
  }
}

class FakeConnection {
  connectionState: RTCPeerConnectionState = "new";
  signalingState: RTCSignalingState = "stable";
  localDescription?: { type: string; sdp: string };
  onnegotiationneeded: (() => void) | null = null;
  onicecandidate: ((event: { candidate: null }) => void) | null = null;
  ondatachannel: ((event: { channel: FakeChannel }) => void) | null = null;
  readonly channels: FakeChannel[] = [];
  readonly restartIce = jest.fn();
  readonly setRemoteDescription = jest.fn(async (description: { type: string }) => {
    this.signalingState = description.type === "offer" ? "have-remote-offer" : "stable";
  });
  readonly addIceCandidate = jest.fn(async () => undefined);

  createDataChannel(label: string): FakeChannel {
    const channel = new FakeChannel(label);
    this.channels.push(channel);
    queueMicrotask(() => this.onnegotiationneeded?.());
    return channel;
  }
  async setLocalDescription(): Promise<void> {
    const type = this.signalingState === "have-remote-offer" ? "answer" : "offer";
    this.localDescription = { type, sdp: `v=0 ${type}` };
    this.signalingState = type === "answer" ? "stable" : "have-local-offer";
  }
  close(): void {
    this.connectionState = "closed";
  }
}

class FakeSocket {
  readonly posted: OutboundEnvelope[] = [];
  connected = true;
  private readonly envelopes = new TypedEmitter<Record<string, ServerEnvelope>>();
  private readonly states = new TypedEmitter<{ state: ConnectionState }>();

  post(envelope: OutboundEnvelope): boolean {
    if (!this.connected) return false;
    this.posted.push(envelope);
    return true;
  }
  on(type: string, listener: (envelope: never) => void) {
    return this.envelopes.on(type, listener as (envelope: ServerEnvelope) => void);
  }
  onStateChange(listener: (state: ConnectionState) => void) {
    return this.states.on("state", listener);
  }
  deliver(envelope: ServerEnvelope): void {
    this.envelopes.emit(envelope.type, envelope);
  }
  state(state: ConnectionState): void {
    this.connected = state === "connected";
    this.states.emit("state", state);
  }
}

const server = (id: string): Server => ({ id, name: id, ownerId: "u-1", channels: [] });
const offer = { kind: "offer", sdp: "v=0 remote offer" } as const;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(openTimeoutMs = 10_000) {
  const session: { user?: UserProfile; server?: Server } = { user: { id: "u-1", username: "alice" }, server: server("s-1") };
  const socket = new FakeSocket();
  const connections: FakeConnection[] = [];
  const problems: string[] = [];
  const listenerErrors: [string, unknown][] = [];
  const p2p = new PluginP2pPorts({
    user: () => session.user,
    server: () => session.server,
    socket,
    createConnection: () => {
      const connection = new FakeConnection();
      connections.push(connection);
      return connection as unknown as RTCPeerConnection;
    },
    openTimeoutMs,
    report: (message) => problems.push(message),
    reportListenerError: (pluginId, error) => listenerErrors.push([pluginId, error]),
  });
  const signalFrom = (sourceUserId: string, serverId = "s-1", signal: typeof offer = offer) =>
    socket.deliver({ type: "p2p_signal", serverId, sourceUserId, signal });
  return { session, socket, connections, problems, listenerErrors, p2p, signalFrom };
}

describe("PluginP2pPorts", () => {
  it("refuses to send while signed out or with no server open, and to anyone who is no user id", async () => {
    const { session, p2p } = setup();
    await expect(p2p.ports.send("tic-tac-toe", "u-1", {})).rejects.toBeInstanceOf(P2pUnavailableError);
    await expect(p2p.ports.send("tic-tac-toe", "not a user!", {})).rejects.toMatchObject({ code: "p2p_unavailable" });
    session.server = undefined;
    await expect(p2p.ports.send("tic-tac-toe", "u-2", {})).rejects.toBeInstanceOf(PluginHostNotConnectedError);
    session.user = undefined;
    p2p.follow();
    await expect(p2p.ports.send("tic-tac-toe", "u-2", {})).rejects.toMatchObject({ code: "not_connected" });
  });

  it("opens a channel labelled with the plugin on the first send, offers through the open server, and gives up in time", async () => {
    const { socket, connections, p2p } = setup(40);
    const started = Date.now();
    const sending = p2p.ports.send("tic-tac-toe", "u-2", { cell: 4 });
    await flush();
    expect(connections).toHaveLength(1);
    expect(connections[0].channels.map((channel) => channel.label)).toEqual(["tic-tac-toe"]);
    expect(socket.posted).toEqual([
      { type: "p2p_signal", serverId: "s-1", targetUserId: "u-2", signal: { kind: "offer", sdp: "v=0 offer" } },
    ]);
    await expect(sending).rejects.toMatchObject({ name: "P2pUnavailableError", code: "p2p_unavailable", peerUserId: "u-2" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(connections[0].channels[0].send).not.toHaveBeenCalled();
  });

  it("sends the frame once the channel opens", async () => {
    const { connections, p2p } = setup();
    const sending = p2p.ports.send("tic-tac-toe", "u-2", { cell: 4 });
    await flush();
    const [channel] = connections[0].channels;
    channel.readyState = "open";
    channel.dispatchEvent(new Event("open"));
    await sending;
    expect(channel.send).toHaveBeenCalledWith(JSON.stringify({ payload: { cell: 4 } }));
  });

  it("answers a signal relayed from the open server and ignores one from another server", async () => {
    const { socket, connections, signalFrom } = setup();
    signalFrom("u-3", "s-other");
    await flush();
    expect(connections).toHaveLength(0);
    signalFrom("u-2");
    await flush();
    expect(connections).toHaveLength(1);
    expect(connections[0].setRemoteDescription).toHaveBeenCalledWith({ type: "offer", sdp: offer.sdp });
    expect(socket.posted).toEqual([
      { type: "p2p_signal", serverId: "s-1", targetUserId: "u-2", signal: { kind: "answer", sdp: "v=0 answer" } },
    ]);
  });

  it("hands each frame only to the plugin whose channel carried it, contains a throwing listener, and forgets a stopped plugin", async () => {
    const { connections, listenerErrors, p2p, signalFrom } = setup();
    const game: unknown[] = [];
    const poll: unknown[] = [];
    p2p.ports.onMessage("tic-tac-toe", (message) => game.push(message));
    p2p.ports.onMessage("tic-tac-toe", () => {
      throw new Error("plugin bug");
    });
    p2p.ports.onMessage("poll", (message) => poll.push(message));
    signalFrom("u-2");
    await flush();
    const channel = new FakeChannel("tic-tac-toe");
    connections[0].ondatachannel?.({ channel });
    channel.receive(JSON.stringify({ payload: { cell: 4 } }));
    expect(game).toEqual([{ fromUserId: "u-2", payload: { cell: 4 } }]);
    expect(poll).toEqual([]);
    expect(listenerErrors).toEqual([["tic-tac-toe", new Error("plugin bug")]]);
    p2p.removeAll("tic-tac-toe");
    channel.receive(JSON.stringify({ payload: { cell: 5 } }));
    expect(game).toHaveLength(1);
  });

  it("closes every connection when another server opens, and ends the network when the user signs out", async () => {
    const { session, socket, connections, p2p, signalFrom } = setup();
    signalFrom("u-2");
    await flush();
    session.server = server("s-2");
    p2p.follow();
    expect(connections[0].connectionState).toBe("closed");
    signalFrom("u-2", "s-1");
    await flush();
    expect(connections).toHaveLength(1);
    signalFrom("u-2", "s-2");
    await flush();
    expect(connections).toHaveLength(2);
    session.user = undefined;
    session.server = undefined;
    p2p.follow();
    expect(connections[1].connectionState).toBe("closed");
    signalFrom("u-2", "s-2");
    await flush();
    expect(connections).toHaveLength(2);
    expect(socket.posted.filter((envelope) => envelope.type === "p2p_signal")).toHaveLength(2);
  });

  it("restarts ICE of a broken connection once the websocket is back and the open server is joined again", async () => {
    const { socket, connections, problems, p2p, signalFrom } = setup();
    signalFrom("u-2");
    await flush();
    connections[0].connectionState = "disconnected";
    socket.state("reconnecting");
    const sending = p2p.ports.send("tic-tac-toe", "u-2", "hello").catch(() => undefined);
    await flush();
    expect(problems).toEqual([expect.stringContaining("could not be sent: no open server connection")]);
    socket.state("connected");
    expect(connections[0].restartIce).not.toHaveBeenCalled();
    const joined = { serverId: "s-1", pluginRequirements: { serverId: "s-1", revision: 0, requirements: [], events: [] } };
    socket.deliver({ type: "server_joined", ...joined });
    socket.deliver({ type: "server_joined", ...joined });
    expect(connections[0].restartIce).toHaveBeenCalledTimes(1);
    p2p.dispose();
    await sending;
  });
});
