// The /ws endpoint over real sockets: identify-first, frame limits, invalid frames, join/view/leave, broadcasts, shutdown.
import { validateServerEnvelope } from "@toju/generated/validators";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { WebSocket } from "ws";
import { startTestServer, type ReceivedEnvelope, type TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession, other: AuthSession;
let server: Server;

beforeAll(async () => {
  t = await startTestServer({ identifyTimeoutMs: 300 });
  [owner, other] = [await t.register(), await t.register()];
  server = await t.createServer(owner.token);
});
afterAll(() => t.stop());

const offerWith = (fields: Record<string, unknown>) => ({ kind: "offer", sdp: "v=0", ...fields });

async function expectValidReply(client: TestClient, frame: unknown): Promise<ReceivedEnvelope> {
  client.send(frame);
  const reply = await client.next();
  expect(validateServerEnvelope(reply)).toBe(true);
  return reply;
}

describe("identify first", () => {
  it("identifies with a token and echoes the requestId", async () => {
    const client = await t.connect();
    const reply = await expectValidReply(client, { type: "identify", token: owner.token, requestId: "r1" });
    expect(reply).toEqual({ type: "identified", requestId: "r1", userId: owner.user.id });
  });

  it.each([
    ["another envelope", { type: "join_server", serverId: "abc" }],
    ["garbage", "not json at all"],
    ["an invalid identify", { type: "identify" }],
  ])("closes 4401 when the first frame is %s", async (_label, frame) => {
    const client = await t.connect();
    client.send(frame);
    expect((await client.closed).code).toBe(4401);
  });

  it("closes 4401 for an unknown token", async () => {
    const client = await t.connect();
    client.send({ type: "identify", token: "x".repeat(43) });
    expect(await client.next()).toMatchObject({ type: "error", code: "unauthenticated" });
    expect((await client.closed).code).toBe(4401);
  });

  it("closes 4401 when nothing is sent within the identify timeout", async () => {
    const client = await t.connect();
    expect((await client.closed).code).toBe(4401);
  });
});

describe("frames", () => {
  it("closes 1009 for a frame over 1 MiB", async () => {
    const client = await t.identified(owner.token);
    client.send("x".repeat(1024 * 1024 + 1));
    expect((await client.closed).code).toBe(1009);
  });

  it("answers invalid frames with error invalid_envelope and keeps the socket usable", async () => {
    const client = await t.identified(owner.token);
    const frames: unknown[] = [
      "{not json",
      "[]",
      "42",
      "null",
      { type: "teleport", requestId: "q1" },
      { type: "join_server", serverId: 5 },
      { type: "join_server", serverId: "a/b" },
      { type: "join_server", serverId: "..", requestId: "q2" },
      { type: "join_server", serverId: "ѕerver" },
      { type: "set_active_plugins", serverId: server.id, pluginIds: Array.from({ length: 10_000 }, () => "a.plugin") },
      { type: "send_message", serverId: server.id, channelId: server.channels[0].id, content: "" },
      { type: "send_message", serverId: server.id, channelId: server.channels[0].id, content: "x", attachmentIds: ["../etc"] },
      { type: "send_message", serverId: server.id, channelId: server.channels[0].id, content: "x", attachmentIds: "abc" },
      { type: "send_message", serverId: server.id, channelId: server.channels[0].id, content: "x", asPluginId: "UPPER.case" },
      { type: "p2p_signal", serverId: server.id, targetUserId: other.user.id },
      { type: "p2p_signal", serverId: server.id, targetUserId: other.user.id, signal: { kind: "offer", sdp: "x".repeat(65_537) } },
      {
        type: "p2p_signal",
        serverId: server.id,
        targetUserId: other.user.id,
        signal: { kind: "candidate", candidate: "c", sdpMLineIndex: -1 },
      },
      { type: "p2p_signal", serverId: server.id, targetUserId: other.user.id, signal: offerWith({ extra: true }) },
      { type: "plugin_event", serverId: server.id },
      { type: "identify", token: owner.token },
      `{"type":"join_server","serverId":${"[".repeat(20_000)}${"]".repeat(20_000)}}`,
      { type: "join_server", serverId: server.id, extra: true },
    ];
    for (const frame of frames) {
      const reply = await expectValidReply(client, frame);
      expect({ type: reply.type, code: reply.code }).toEqual({ type: "error", code: "invalid_envelope" });
    }
    expect((await expectValidReply(client, { type: "view_server", serverId: server.id })).type).toBe("server_viewed");
  });

  it("echoes a valid requestId on error replies", async () => {
    const client = await t.identified(owner.token);
    expect(await expectValidReply(client, { type: "join_server", serverId: "..", requestId: "req-9" })).toMatchObject({
      type: "error",
      requestId: "req-9",
    });
  });
});

describe("servers over the socket", () => {
  it("join makes the caller a member and returns the snapshot; unknown servers are not_found", async () => {
    const client = await t.identified(other.token);
    const joined = await expectValidReply(client, { type: "join_server", serverId: server.id, requestId: "j" });
    expect(joined).toMatchObject({
      type: "server_joined",
      requestId: "j",
      serverId: server.id,
      pluginRequirements: { serverId: server.id },
    });
    const membership = await t.api("POST", `/api/servers/${server.id}/members`, { token: other.token });
    expect(membership.body.userId).toBe(other.user.id);
    expect(await expectValidReply(client, { type: "join_server", serverId: "unknownServer" })).toMatchObject({
      type: "error",
      code: "not_found",
    });
    expect(await expectValidReply(client, { type: "view_server", serverId: "unknownServer" })).toMatchObject({
      type: "error",
      code: "not_found",
    });
    expect(await expectValidReply(client, { type: "set_active_plugins", serverId: "unknownServer", pluginIds: [] })).toMatchObject({
      type: "error",
      code: "not_found",
    });
  });

  it("broadcasts plugin_requirements_changed to joined and viewing sockets after each REST change, not after leave", async () => {
    const joined = await t.identified(owner.token);
    const viewing = await t.identified(other.token);
    const left = await t.identified(other.token);
    await expectValidReply(joined, { type: "join_server", serverId: server.id });
    await expectValidReply(viewing, { type: "view_server", serverId: server.id });
    await expectValidReply(left, { type: "view_server", serverId: server.id });
    expect(await expectValidReply(left, { type: "leave_server", serverId: server.id })).toEqual({
      type: "server_left",
      serverId: server.id,
    });
    const put = await t.api("PUT", `/api/servers/${server.id}/plugins/news.plugin/requirement`, {
      token: owner.token,
      body: { status: "recommended" },
    });
    expect(put.status).toBe(200);
    for (const client of [joined, viewing]) {
      const changed = await client.next();
      expect(validateServerEnvelope(changed)).toBe(true);
      expect(changed).toMatchObject({
        type: "plugin_requirements_changed",
        serverId: server.id,
        snapshot: { requirements: [expect.objectContaining({ pluginId: "news.plugin" })] },
      });
    }
    await t.api("DELETE", `/api/servers/${server.id}/plugins/news.plugin/requirement`, { token: owner.token });
    expect((await joined.next()).snapshot.requirements).toEqual([]);
    expect((await viewing.next()).type).toBe("plugin_requirements_changed");
    expect(left.pending()).toBe(0);
  });

  it("send_message reaches joined sockets; non-members and unknown channels are refused", async () => {
    const sender = await t.identified(owner.token);
    const receiver = await t.identified(other.token);
    await expectValidReply(sender, { type: "join_server", serverId: server.id });
    await expectValidReply(receiver, { type: "join_server", serverId: server.id });
    const echo = await expectValidReply(sender, {
      type: "send_message",
      requestId: "m1",
      serverId: server.id,
      channelId: server.channels[0].id,
      content: "hello",
    });
    expect(echo).toMatchObject({ type: "message", requestId: "m1", content: "hello", authorUserId: owner.user.id });
    const received = await receiver.next();
    expect(received).toMatchObject({ type: "message", messageId: echo.messageId, content: "hello" });
    expect(received.requestId).toBeUndefined();
    expect(
      await expectValidReply(sender, { type: "send_message", serverId: server.id, channelId: "nochannel", content: "x" }),
    ).toMatchObject({ type: "error", code: "not_found" });
    const stranger = await t.identified((await t.register()).token);
    expect(
      await expectValidReply(stranger, { type: "send_message", serverId: server.id, channelId: server.channels[0].id, content: "x" }),
    ).toMatchObject({ type: "error", code: "not_member" });
  });
});

describe("heartbeat", () => {
  it("drops a socket that stops answering pings; answering sockets stay", async () => {
    const own = await startTestServer({ heartbeatMs: 50 });
    const user = await own.register();
    const healthy = await own.identified(user.token);
    const dead = await new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${own.server.port}/ws`, { autoPong: false });
      ws.once("open", () => resolve(ws));
      ws.once("error", reject);
    });
    const deadClosed = new Promise<number>((resolve) => dead.once("close", (code) => resolve(code)));
    dead.send(JSON.stringify({ type: "identify", token: user.token }));
    expect(await deadClosed).toBe(1006);
    expect((await healthy.request({ type: "leave_server", serverId: "abc" })).type).toBe("server_left");
    await own.stop();
  });
});

describe("shutdown", () => {
  it("closes open sockets with 1001", async () => {
    const own = await startTestServer();
    const user = await own.register();
    const client = await own.identified(user.token);
    await own.stop();
    expect((await client.closed).code).toBe(1001);
  });
});
