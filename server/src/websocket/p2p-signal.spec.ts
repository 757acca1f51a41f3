// p2p_signal over real sockets: relayed only between two members, to the target's sockets on that server, answered
// only when refused, and limited by the connection's token bucket together with plugin events.
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { validateServerEnvelope } from "@toju/generated/validators";
import { startTestServer, type ReceivedEnvelope, type TestClient, type TestServer } from "../testing/harness";

const offer = { kind: "offer", sdp: "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n" };
const candidate = {
  kind: "candidate",
  candidate: "candidate:1 1 udp 2122260223 192.168.1.2 54321 typ host",
  sdpMid: "0",
  sdpMLineIndex: 0,
};

async function nextValid(client: TestClient): Promise<ReceivedEnvelope> {
  const received = await client.next();
  expect(validateServerEnvelope(received)).toBe(true);
  return received;
}

describe("p2p_signal relay", () => {
  let t: TestServer;
  let alice: AuthSession, bob: AuthSession, stranger: AuthSession;
  let server: Server, other: Server;
  let a: TestClient, b: TestClient, bViewing: TestClient, bElsewhere: TestClient, s: TestClient;

  const signal = (fields: Record<string, unknown>) => ({
    type: "p2p_signal",
    serverId: server.id,
    targetUserId: bob.user.id,
    signal: offer,
    ...fields,
  });

  /** A refused signal reached nobody: the next frame each of Bob's sockets on the server sees is a later, relayed one. */
  async function expectNothingRelayedBefore(): Promise<void> {
    a.send(signal({ signal: candidate }));
    for (const client of [b, bViewing]) expect(await nextValid(client)).toMatchObject({ type: "p2p_signal", signal: candidate });
    expect(bElsewhere.pending()).toBe(0);
  }

  beforeAll(async () => {
    t = await startTestServer({ pluginEventRate: 0 });
    [alice, bob, stranger] = [await t.register(), await t.register(), await t.register()];
    server = await t.createServer(alice.token);
    other = await t.createServer(bob.token, "Elsewhere");
    await t.api("POST", `/api/servers/${server.id}/members`, { token: bob.token });
    [a, b, bViewing, bElsewhere, s] = await Promise.all([alice, bob, bob, bob, stranger].map((user) => t.identified(user.token)));
    expect((await a.request({ type: "join_server", serverId: server.id })).type).toBe("server_joined");
    expect((await b.request({ type: "join_server", serverId: server.id })).type).toBe("server_joined");
    expect((await bViewing.request({ type: "view_server", serverId: server.id })).type).toBe("server_viewed");
    expect((await bElsewhere.request({ type: "join_server", serverId: other.id })).type).toBe("server_joined");
  });
  afterAll(() => t.stop());

  it("relays an offer to the target's sockets joined to or viewing the server, with the source, and answers nothing", async () => {
    a.send(signal({ requestId: "sig1" }));
    for (const client of [b, bViewing]) {
      expect(await nextValid(client)).toEqual({ type: "p2p_signal", serverId: server.id, sourceUserId: alice.user.id, signal: offer });
    }
    expect(bElsewhere.pending()).toBe(0);
    // The sender hears nothing back on success: its next frame answers its next request.
    expect((await a.request({ type: "leave_server", serverId: "nothing", requestId: "after" })).requestId).toBe("after");
  });

  it("relays answers and ICE candidates the other way", async () => {
    const answer = { kind: "answer", sdp: "v=0\r\n" };
    b.send({ type: "p2p_signal", serverId: server.id, targetUserId: alice.user.id, signal: answer });
    expect(await nextValid(a)).toEqual({ type: "p2p_signal", serverId: server.id, sourceUserId: bob.user.id, signal: answer });
    const endOfCandidates = { kind: "candidate", candidate: "" };
    b.send({ type: "p2p_signal", serverId: server.id, targetUserId: alice.user.id, signal: endOfCandidates });
    expect((await nextValid(a)).signal).toEqual(endOfCandidates);
  });

  it.each([
    ["a target who is not a member", () => signal({ targetUserId: stranger.user.id }), "not_member"],
    ["an unknown target", () => signal({ targetUserId: "noSuchUser" }), "not_member"],
    ["an unknown server", () => signal({ serverId: "noSuchServer" }), "not_found"],
    ["a server the target is in but the sender is not", () => signal({ serverId: other.id }), "not_member"],
    ["the sender itself", () => signal({ targetUserId: alice.user.id }), "invalid_envelope"],
    ["an SDP over 64 KiB", () => signal({ signal: { kind: "offer", sdp: "x".repeat(65_537) } }), "invalid_envelope"],
    ["an unknown signal kind", () => signal({ signal: { kind: "rollback", sdp: "" } }), "invalid_envelope"],
    ["a candidate with an extra field", () => signal({ signal: { ...candidate, usernameFragment: "x" } }), "invalid_envelope"],
    ["a malformed target id", () => signal({ targetUserId: "../bob" }), "invalid_envelope"],
  ])("refuses %s with its code and the requestId; the target gets nothing", async (_label, frame, code) => {
    expect(await a.request({ ...frame(), requestId: "refused" })).toMatchObject({ type: "error", code, requestId: "refused" });
    await expectNothingRelayedBefore();
  });

  it("refuses a sender who is not a member", async () => {
    expect(await s.request(signal({}))).toMatchObject({ type: "error", code: "not_member" });
    await expectNothingRelayedBefore();
  });
});

describe("p2p_signal and the token bucket", () => {
  it("shares the connection's bucket with every other frame and is refused with rate_limited when it is empty", async () => {
    // join_server takes the first token of four; two signals and an event the next three.
    const t = await startTestServer({ pluginEventRate: 1, pluginEventBurst: 4 });
    try {
      const [alice, bob] = [await t.register(), await t.register()];
      const server = await t.createServer(alice.token);
      await t.api("POST", `/api/servers/${server.id}/members`, { token: bob.token });
      await t.api("PUT", `/api/servers/${server.id}/plugins/game.plugin/events/game.move`, {
        token: alice.token,
        body: { direction: "clientToServer", scope: "server" },
      });
      const [a, b] = [await t.identified(alice.token), await t.identified(bob.token)];
      for (const client of [a, b]) await client.request({ type: "join_server", serverId: server.id });
      const signal = { type: "p2p_signal", serverId: server.id, targetUserId: bob.user.id, signal: offer };
      const event = (eventId: string) => ({
        type: "plugin_event",
        eventId,
        serverId: server.id,
        pluginId: "game.plugin",
        eventName: "game.move",
        direction: "clientToServer",
        payload: 1,
      });
      a.send(signal);
      a.send(signal);
      expect(await a.request(event("e1"))).toMatchObject({ type: "plugin_event_accepted", eventId: "e1" });
      expect(await a.request({ ...signal, requestId: "over" })).toMatchObject({ type: "error", code: "rate_limited", requestId: "over" });
      expect(await a.request(event("e2"))).toMatchObject({ type: "plugin_event_rejected", eventId: "e2", code: "rate_limited" });
      expect((await b.next()).type).toBe("p2p_signal");
      expect((await b.next()).type).toBe("p2p_signal");
      expect((await b.next()).eventId).toBe("e1");
      expect(b.pending()).toBe(0);
    } finally {
      await t.stop();
    }
  });
});
