// plugin_event over real sockets: every rejection code (in the contract's check order) and every delivery scope.
import { validateServerEnvelope } from "@toju/generated/validators";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { scoreSchema } from "../testing/fixtures";
import { startTestServer, type ReceivedEnvelope, type TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession, bob: AuthSession, carol: AuthSession, viewer: AuthSession;
let server: Server, other: Server;
let a: TestClient, b: TestClient, c: TestClient, v: TestClient;
let channelId: string;
let seq = 0;

const plugin = "game.plugin";

async function defineEvent(name: string, body: Record<string, unknown>, pluginId = plugin, serverId = server.id): Promise<void> {
  const res = await t.api("PUT", `/api/servers/${serverId}/plugins/${pluginId}/events/${name}`, { token: owner.token, body });
  if (res.status !== 200) throw new Error(res.text);
}

function event(fields: Record<string, unknown>) {
  return {
    type: "plugin_event",
    eventId: `ev${++seq}`,
    serverId: server.id,
    pluginId: plugin,
    eventName: "game.move",
    direction: "clientToServer",
    payload: { score: 1 },
    ...fields,
  };
}

/** Sends from `from` and returns its reply (accepted or rejected); every reply is a valid ServerEnvelope. */
async function send(from: TestClient, fields: Record<string, unknown>): Promise<ReceivedEnvelope> {
  const frame = event(fields);
  const reply = await from.request(frame);
  expect(validateServerEnvelope(reply)).toBe(true);
  expect(reply.eventId).toBe(frame.eventId);
  return reply;
}

async function expectRejected(from: TestClient, fields: Record<string, unknown>, code: string): Promise<ReceivedEnvelope> {
  const reply = await send(from, fields);
  expect({ type: reply.type, code: reply.code }).toEqual({ type: "plugin_event_rejected", code });
  return reply;
}

/** A rejected event reached nobody: the next thing each receiver sees is a later, accepted event. */
async function expectNothingDeliveredBefore(receivers: TestClient[]): Promise<void> {
  const accepted = await send(a, { eventName: "game.move" });
  expect(accepted.type).toBe("plugin_event_accepted");
  for (const receiver of receivers) expect((await receiver.next()).eventId).toBe(accepted.eventId);
}

beforeAll(async () => {
  t = await startTestServer();
  [owner, bob, carol, viewer] = [await t.register(), await t.register(), await t.register(), await t.register()];
  server = await t.createServer(owner.token);
  other = await t.createServer(owner.token, "Other");
  channelId = server.channels[0].id;
  await defineEvent("game.move", { direction: "clientToServer", scope: "server", schema: scoreSchema });
  await defineEvent("game.chan", { direction: "clientToServer", scope: "channel" });
  await defineEvent("game.whisper", { direction: "clientToServer", scope: "user" });
  await defineEvent("game.hint", { direction: "p2pHint", scope: "server" });
  await defineEvent("game.active", { direction: "clientToServer", scope: "plugin" });
  await defineEvent("game.relay", { direction: "serverRelay", scope: "server" });
  await defineEvent("game.small", { direction: "clientToServer", scope: "server", maxPayloadBytes: 16, schema: scoreSchema });
  await defineEvent("bad.event", { direction: "clientToServer", scope: "server" }, "bad.plugin");
  await t.api("PUT", `/api/servers/${server.id}/plugins/bad.plugin/requirement`, { token: owner.token, body: { status: "blocked" } });
  a = await t.identified(owner.token);
  b = await t.identified(bob.token);
  c = await t.identified(carol.token);
  v = await t.identified(viewer.token);
  for (const client of [a, b, c]) expect((await client.request({ type: "join_server", serverId: server.id })).type).toBe("server_joined");
  // Each join is announced to the sockets that joined before it.
  for (const [client, joiners] of [
    [a, [bob, carol]],
    [b, [carol]],
  ] as const) {
    for (const joiner of joiners) expect(await client.next()).toMatchObject({ type: "member_joined", userId: joiner.user.id });
  }
  expect((await v.request({ type: "view_server", serverId: server.id })).type).toBe("server_viewed");
  expect((await c.request({ type: "set_active_plugins", serverId: server.id, pluginIds: [plugin] })).type).toBe("active_plugins_set");
});
afterAll(() => t.stop());

describe("delivery scopes", () => {
  it("server scope reaches every other joined socket (not viewers) with sourceUserId, scope and sentAt", async () => {
    const reply = await send(a, { eventName: "game.move", payload: { score: 7 } });
    expect(reply).toMatchObject({ type: "plugin_event_accepted", deliveredTo: 2 });
    for (const receiver of [b, c]) {
      const relayed = await receiver.next();
      expect(validateServerEnvelope(relayed)).toBe(true);
      expect(relayed).toMatchObject({
        type: "plugin_event",
        eventId: reply.eventId,
        sourceUserId: owner.user.id,
        scope: "server",
        payload: { score: 7 },
      });
      expect(Number.isNaN(Date.parse(relayed.sentAt))).toBe(false);
    }
    expect(v.pending()).toBe(0);
  });

  it("channel scope reaches the joined sockets with the channelId", async () => {
    const reply = await send(a, { eventName: "game.chan", channelId, payload: "hi" });
    expect(reply.deliveredTo).toBe(2);
    for (const receiver of [b, c]) expect(await receiver.next()).toMatchObject({ eventName: "game.chan", channelId, scope: "channel" });
  });

  it("user scope reaches only the target's sockets", async () => {
    const reply = await send(a, { eventName: "game.whisper", targetUserId: bob.user.id, payload: null });
    expect(reply.deliveredTo).toBe(1);
    expect(await b.next()).toMatchObject({ eventName: "game.whisper", targetUserId: bob.user.id });
    await expectNothingDeliveredBefore([b, c]);
  });

  it("p2pHint reaches only the target's sockets", async () => {
    const reply = await send(a, { eventName: "game.hint", direction: "p2pHint", targetUserId: carol.user.id, payload: { sdp: "x" } });
    expect(reply.deliveredTo).toBe(1);
    expect(await c.next()).toMatchObject({ eventName: "game.hint", direction: "p2pHint" });
    await expectNothingDeliveredBefore([b, c]);
  });

  it("plugin scope reaches only joined sockets that listed the plugin", async () => {
    const reply = await send(a, { eventName: "game.active", payload: [1, 2, 3] });
    expect(reply.deliveredTo).toBe(1);
    expect(await c.next()).toMatchObject({ eventName: "game.active", scope: "plugin" });
    await expectNothingDeliveredBefore([b, c]);
  });
});

describe("rejections, in order, reaching nobody", () => {
  it("invalid_envelope for a plugin_event with an eventId but the wrong shape", async () => {
    const reply = await expectRejected(a, { pluginId: "Not Valid", payload: undefined }, "invalid_envelope");
    expect(reply.details.length).toBeGreaterThan(0);
    await expectNothingDeliveredBefore([b, c]);
  });

  it("not_member for a non-member (before any other check) and for an unknown server", async () => {
    await expectRejected(v, { eventName: "no.such.event" }, "not_member");
    await expectRejected(a, { serverId: "unknownServer" }, "not_member");
    await expectNothingDeliveredBefore([b, c]);
  });

  it("plugin_blocked before unknown_event", async () => {
    await expectRejected(a, { pluginId: "bad.plugin", eventName: "bad.event" }, "plugin_blocked");
    await expectRejected(a, { pluginId: "bad.plugin", eventName: "no.such.event" }, "plugin_blocked");
  });

  it("unknown_event for an unregistered name, another plugin or another server", async () => {
    await expectRejected(a, { eventName: "game.nothing" }, "unknown_event");
    await expectRejected(a, { pluginId: "other.plugin" }, "unknown_event");
    await t.api("POST", `/api/servers/${other.id}/members`, { token: owner.token });
    await expectRejected(a, { serverId: other.id }, "unknown_event");
    await expectNothingDeliveredBefore([b, c]);
  });

  it("direction_not_allowed for a different direction and for serverRelay", async () => {
    await expectRejected(a, { eventName: "game.move", direction: "p2pHint" }, "direction_not_allowed");
    await expectRejected(a, { eventName: "game.relay", direction: "serverRelay" }, "direction_not_allowed");
    await expectNothingDeliveredBefore([b, c]);
  });

  it("invalid_target for a missing or foreign channel and a missing or non-member target", async () => {
    await expectRejected(a, { eventName: "game.chan" }, "invalid_target");
    await expectRejected(a, { eventName: "game.chan", channelId: other.channels[0].id }, "invalid_target");
    await expectRejected(a, { eventName: "game.whisper" }, "invalid_target");
    await expectRejected(a, { eventName: "game.whisper", targetUserId: viewer.user.id }, "invalid_target");
    await expectRejected(a, { eventName: "game.hint", direction: "p2pHint" }, "invalid_target");
    await expectNothingDeliveredBefore([b, c]);
  });

  it("payload_too_large before schema_mismatch", async () => {
    await expectRejected(a, { eventName: "game.small", payload: { score: "far too long for sixteen bytes" } }, "payload_too_large");
    await expectNothingDeliveredBefore([b, c]);
  });

  it("schema_mismatch with ajv details under /payload", async () => {
    const reply = await expectRejected(a, { eventName: "game.move", payload: { score: "5" } }, "schema_mismatch");
    expect(reply.details).toContainEqual(expect.objectContaining({ path: "/payload/score" }));
    await expectRejected(a, { eventName: "game.move", payload: Array.from({ length: 10_000 }, (_, i) => i) }, "schema_mismatch");
    await expectNothingDeliveredBefore([b, c]);
  });

  it("a deeply nested payload is rejected, not a crash", async () => {
    const deep = `${"[".repeat(50_000)}${"]".repeat(50_000)}`;
    a.send(
      `{"type":"plugin_event","eventId":"deep1","serverId":"${server.id}","pluginId":"${plugin}","eventName":"game.move","direction":"clientToServer","payload":${deep}}`,
    );
    const reply = await a.next();
    expect(reply).toMatchObject({ type: "plugin_event_rejected", eventId: "deep1" });
    expect(["payload_too_large", "schema_mismatch"]).toContain(reply.code);
    await expectNothingDeliveredBefore([b, c]);
  });

  it("the schema is compiled once per definition: a replaced definition applies at once", async () => {
    await defineEvent("game.move", {
      direction: "clientToServer",
      scope: "server",
      schema: { type: "object", properties: { level: { type: "integer" } }, required: ["level"] },
    });
    for (const client of [a, b, c, v]) expect((await client.next()).type).toBe("plugin_requirements_changed");
    await expectRejected(a, { eventName: "game.move", payload: { score: 1 } }, "schema_mismatch");
    await defineEvent("game.move", { direction: "clientToServer", scope: "server", schema: scoreSchema });
    for (const client of [a, b, c, v]) expect((await client.next()).type).toBe("plugin_requirements_changed");
  });
});

describe("rate limit", () => {
  let limited: TestServer;
  afterAll(() => limited.stop());

  it("rate_limited once the connection's bucket is empty; the socket stays usable once it refills", async () => {
    limited = await startTestServer({ pluginEventRate: 1, pluginEventBurst: 2 });
    const user = await limited.register();
    const s = await limited.createServer(user.token);
    await limited.api("PUT", `/api/servers/${s.id}/plugins/${plugin}/events/game.move`, {
      token: user.token,
      body: { direction: "clientToServer", scope: "server" },
    });
    const client = await limited.identified(user.token);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const reply = await client.request(event({ serverId: s.id }));
      codes.push(reply.type === "plugin_event_accepted" ? "accepted" : reply.code);
    }
    expect(codes.slice(0, 2)).toEqual(["accepted", "accepted"]);
    expect(codes).toContain("rate_limited");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await client.request({ type: "view_server", serverId: s.id })).type).toBe("server_viewed");
  });
});
