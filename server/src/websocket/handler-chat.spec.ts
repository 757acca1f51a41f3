// Chat over real sockets: send_message is stored, then delivered (with attachments, or as a plugin user), and joins,
// leaves and new channels are announced to the right sockets.
import type { AuthSession, ChatMessage, Server } from "@toju/generated/types/contract";
import { validateServerEnvelope } from "@toju/generated/validators";
import { diceManifest } from "../testing/fixtures";
import { startTestServer, type ReceivedEnvelope, type TestClient, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession, bob: AuthSession, carol: AuthSession, viewer: AuthSession;
let server: Server;
let general: string;
let a: TestClient, b: TestClient, v: TestClient;

async function reply(client: TestClient, frame: Record<string, unknown>): Promise<ReceivedEnvelope> {
  const received = await client.request(frame);
  expect(validateServerEnvelope(received)).toBe(true);
  return received;
}

async function nextValid(client: TestClient): Promise<ReceivedEnvelope> {
  const received = await client.next();
  expect(validateServerEnvelope(received)).toBe(true);
  return received;
}

const message = (fields: Record<string, unknown>) => ({
  type: "send_message",
  serverId: server.id,
  channelId: general,
  content: "hi",
  ...fields,
});

async function uploadAs(user: AuthSession, name: string, channelId = general): Promise<string> {
  const res = await t.api("POST", `/api/servers/${server.id}/channels/${channelId}/attachments?name=${name}`, {
    token: user.token,
    raw: name,
    contentType: "text/plain",
  });
  if (res.status !== 201) throw new Error(res.text);
  return res.body.id;
}

async function historyOf(channelId = general): Promise<ChatMessage[]> {
  return JSON.parse((await t.api("GET", `/api/servers/${server.id}/channels/${channelId}/messages`, { token: owner.token })).text);
}

/** The message `a` posts next is the next frame `b` sees: whatever was refused before it reached nobody. */
async function expectNothingBefore(): Promise<void> {
  const marker = await reply(a, message({ content: "marker" }));
  expect((await nextValid(b)).messageId).toBe(marker.messageId);
}

beforeAll(async () => {
  t = await startTestServer();
  [owner, bob, carol, viewer] = [await t.register("chat_owner"), await t.register("chat_bob"), await t.register(), await t.register()];
  server = await t.createServer(owner.token);
  general = server.channels[0].id;
  a = await t.identified(owner.token);
  b = await t.identified(bob.token);
  v = await t.identified(viewer.token);
  expect((await reply(a, { type: "join_server", serverId: server.id })).type).toBe("server_joined");
  expect((await reply(v, { type: "view_server", serverId: server.id })).type).toBe("server_viewed");
});
afterAll(() => t.stop());

describe("joins, leaves and channels are announced", () => {
  it("join_server announces member_joined to the sockets already joined, once, not to viewers", async () => {
    expect(await reply(b, { type: "join_server", serverId: server.id, requestId: "j1" })).toMatchObject({
      type: "server_joined",
      requestId: "j1",
    });
    expect(await nextValid(a)).toEqual({
      type: "member_joined",
      serverId: server.id,
      userId: bob.user.id,
      member: { userId: bob.user.id, username: "chat_bob", roles: ["member"] },
    });
    const second = await t.identified(bob.token);
    expect((await reply(second, { type: "join_server", serverId: server.id })).type).toBe("server_joined");
    second.ws.close();
    await expectNothingBefore();
    expect(v.pending()).toBe(0);
  });

  it("a REST join is announced too, and a leave announces member_left, after which the leaver's sockets get no chat", async () => {
    const c = await t.identified(carol.token);
    const joined = await t.api("POST", `/api/servers/${server.id}/members`, { token: carol.token });
    expect(joined.status).toBe(200);
    for (const client of [a, b]) expect(await nextValid(client)).toMatchObject({ type: "member_joined", userId: carol.user.id });
    expect((await reply(c, { type: "join_server", serverId: server.id })).type).toBe("server_joined");
    expect((await t.api("DELETE", `/api/servers/${server.id}/members/me`, { token: carol.token })).status).toBe(204);
    for (const client of [a, b, c])
      expect(await nextValid(client)).toEqual({ type: "member_left", serverId: server.id, userId: carol.user.id });
    await expectNothingBefore();
    expect(await reply(c, message({}))).toMatchObject({ type: "error", code: "not_member" });
    expect(c.pending()).toBe(0);
  });

  it("channel_created reaches joined and viewing sockets", async () => {
    const created = await t.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: "announcements" } });
    expect(created.status).toBe(201);
    for (const client of [a, b, v])
      expect(await nextValid(client)).toEqual({ type: "channel_created", serverId: server.id, channel: created.body });
  });
});

describe("send_message", () => {
  it("stores the message, then delivers it to joined sockets (the sender's copy with its requestId), not to viewers", async () => {
    const echo = await reply(a, message({ requestId: "m1", content: "hello there" }));
    expect(echo).toEqual({
      type: "message",
      requestId: "m1",
      messageId: expect.any(String),
      serverId: server.id,
      channelId: general,
      authorUserId: owner.user.id,
      content: "hello there",
      sentAt: expect.any(String),
    });
    const { requestId: _requestId, type: _type, ...stored } = echo;
    expect(await nextValid(b)).toEqual({ type: "message", ...stored });
    expect((await historyOf())[0]).toEqual(stored);
    expect(v.pending()).toBe(0);
  });

  it.each([
    ["empty content without attachments", { content: "" }, "invalid_envelope"],
    ["an unknown server", { serverId: "noSuchServer" }, "not_found"],
    ["an unknown channel", { channelId: "noSuchChannel" }, "not_found"],
    ["more than 10 attachments", { attachmentIds: Array.from({ length: 11 }, (_, i) => `att${i}`) }, "invalid_envelope"],
    ["content over 4000 characters", { content: "x".repeat(4001) }, "invalid_envelope"],
    ["a malformed plugin id", { asPluginId: "Not A Plugin" }, "invalid_envelope"],
  ])("refuses %s, stores nothing and delivers nothing", async (_label, fields, code) => {
    const before = await historyOf();
    expect(await reply(a, message({ ...fields, requestId: "bad" }))).toMatchObject({ type: "error", code, requestId: "bad" });
    expect(await historyOf()).toEqual(before);
    await expectNothingBefore();
  });

  it("refuses a non-member", async () => {
    const stranger = await t.identified((await t.register()).token);
    expect(await reply(stranger, message({}))).toMatchObject({ type: "error", code: "not_member" });
    await expectNothingBefore();
  });
});

describe("attachments on messages", () => {
  it("attaches the sender's own uploads, in order, with empty content", async () => {
    const [first, second] = [await uploadAs(owner, "one.txt"), await uploadAs(owner, "two.txt")];
    const echo = await reply(a, message({ content: "", attachmentIds: [second, first] }));
    expect(echo.attachments.map((x: { id: string; name: string }) => [x.id, x.name])).toEqual([
      [second, "two.txt"],
      [first, "one.txt"],
    ]);
    expect((await nextValid(b)).attachments).toEqual(echo.attachments);
  });

  it.each([
    ["someone else's upload", async () => [await uploadAs(bob, "bobs.txt")], "forbidden"],
    ["an unknown id", async () => ["noSuchAttachment"], "invalid_envelope"],
    ["an upload to another channel", async () => [await uploadAs(owner, "elsewhere.txt", await otherChannel())], "invalid_envelope"],
    [
      "the same id twice",
      async () => {
        const id = await uploadAs(owner, "twice.txt");
        return [id, id];
      },
      "invalid_envelope",
    ],
  ])("refuses %s", async (_label, ids, code) => {
    const attachmentIds = await ids();
    const refused = await reply(a, message({ attachmentIds }));
    expect(refused).toMatchObject({
      type: "error",
      code,
      details: [expect.objectContaining({ path: expect.stringMatching(/^\/attachmentIds\/\d$/) })],
    });
    await expectNothingBefore();
  });

  it("refuses an upload already attached, and a refused message consumes none of its uploads", async () => {
    const mine = await uploadAs(owner, "mine.txt");
    const theirs = await uploadAs(bob, "theirs.txt");
    expect(await reply(a, message({ attachmentIds: [mine, theirs] }))).toMatchObject({ type: "error", code: "forbidden" });
    const sent = await reply(a, message({ attachmentIds: [mine] }));
    expect(sent.type).toBe("message");
    expect((await nextValid(b)).messageId).toBe(sent.messageId);
    expect(await reply(a, message({ attachmentIds: [mine] }))).toMatchObject({
      type: "error",
      code: "invalid_envelope",
      message: expect.stringContaining("already attached"),
    });
    await expectNothingBefore();
  });
});

describe("posting as a plugin user", () => {
  const requirement = (pluginId: string, body: Record<string, unknown>) =>
    t.api("PUT", `/api/servers/${server.id}/plugins/${pluginId}/requirement`, { token: owner.token, body });

  beforeAll(async () => {
    const withUser = {
      ...diceManifest("dice.roller"),
      capabilities: ["events.server.publish", "events.server.subscribe", "messages.sendAsPluginUser"],
    };
    expect(
      (await requirement("dice.roller", { status: "required", manifest: { ...withUser, pluginUser: { displayName: "Dice Bot" } } })).status,
    ).toBe(200);
    expect((await requirement("plain.plugin", { status: "recommended" })).status).toBe(200);
    expect((await requirement("banned.plugin", { status: "blocked" })).status).toBe(200);
    for (const client of [a, b, v]) for (let i = 0; i < 3; i++) expect((await nextValid(client)).type).toBe("plugin_requirements_changed");
  });

  it.each([
    ["the manifest's pluginUser", "dice.roller", "Dice Bot"],
    ["the plugin id when the requirement has no manifest", "plain.plugin", "plain.plugin"],
    ["the plugin id when the server has no requirement", "global.plugin", "global.plugin"],
  ])("carries pluginId and %s as the author's display name", async (_label, pluginId, displayName) => {
    const echo = await reply(a, message({ content: "rolled a 6", asPluginId: pluginId }));
    expect(echo).toMatchObject({ type: "message", authorUserId: owner.user.id, pluginId, authorDisplayName: displayName });
    expect(await nextValid(b)).toMatchObject({ pluginId, authorDisplayName: displayName });
    expect((await historyOf())[0]).toMatchObject({ messageId: echo.messageId, pluginId, authorDisplayName: displayName });
  });

  it("refuses a plugin the server blocks (forbidden)", async () => {
    expect(await reply(a, message({ asPluginId: "banned.plugin" }))).toMatchObject({ type: "error", code: "forbidden" });
    await expectNothingBefore();
  });
});

async function otherChannel(): Promise<string> {
  const created = await t.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: `other-${Date.now()}` } });
  for (const client of [a, b, v]) expect((await nextValid(client)).type).toBe("channel_created");
  return created.body.id;
}
