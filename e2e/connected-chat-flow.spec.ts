// Cross-tier: two users of the connected app, through a client generated from the OpenAPI document and real
// websockets — a server, a channel, members and roles, stored messages paged back, an attachment, and a WebRTC
// signal relayed between them.
import createClient from "openapi-fetch";
import type { paths } from "../generated/types/contract";
import {
  validateAttachment,
  validateChannel,
  validateChatMessage,
  validateMember,
  validateRole,
  validateServerEnvelope,
  validateServerSummary,
  validateUserProfile,
} from "../generated/validators";
import { startTestServer, type ReceivedEnvelope, type TestClient, type TestServer } from "../server/src/testing/harness";

let t: TestServer;
let client: ReturnType<typeof createClient<paths>>;

beforeAll(async () => {
  t = await startTestServer();
  client = createClient<paths>({ baseUrl: t.server.url });
});
afterAll(() => t.stop());

const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

async function nextValid(socket: TestClient): Promise<ReceivedEnvelope> {
  const frame = await socket.next();
  expect(validateServerEnvelope(frame)).toBe(true);
  return frame;
}

it("two users chat in a channel, share a file and exchange a WebRTC signal", async () => {
  const alice = (await client.POST("/api/auth/register", { body: { username: "alice.chat", password: "correct horse battery" } })).data!;
  const bob = (await client.POST("/api/auth/register", { body: { username: "bob.chat", password: "another good password" } })).data!;
  const me = await client.GET("/api/users/me", auth(bob.token));
  expect(validateUserProfile(me.data)).toBe(true);
  expect(me.data).toEqual({ id: bob.user.id, username: "bob.chat" });

  const created = await client.POST("/api/servers", { body: { name: "Game night" }, ...auth(alice.token) });
  const serverId = created.data!.id;
  const onServer = { params: { path: { serverId } } };
  const aliceSocket = await t.identified(alice.token);
  const bobSocket = await t.identified(bob.token);
  expect(await aliceSocket.request({ type: "join_server", serverId })).toMatchObject({ type: "server_joined", serverId });
  const viewed = await client.GET("/api/servers/{serverId}", { ...onServer, ...auth(bob.token) });
  expect(viewed.data).toEqual(created.data);
  expect(await bobSocket.request({ type: "view_server", serverId })).toMatchObject({ type: "server_viewed", serverId });

  // Bob joins over REST: Alice's socket hears of it; then Bob's socket joins the server's chat.
  const joined = await client.POST("/api/servers/{serverId}/members", { ...onServer, ...auth(bob.token) });
  expect(joined.response.status).toBe(200);
  expect(await nextValid(aliceSocket)).toEqual({
    type: "member_joined",
    serverId,
    userId: bob.user.id,
    member: { userId: bob.user.id, username: "bob.chat", roles: ["member"] },
  });
  expect(await bobSocket.request({ type: "join_server", serverId })).toMatchObject({ type: "server_joined", serverId });
  const servers = await client.GET("/api/servers", auth(bob.token));
  servers.data!.forEach((s) => expect(validateServerSummary(s)).toBe(true));
  expect(servers.data).toEqual([{ id: serverId, name: "Game night", ownerId: alice.user.id }]);

  const members = await client.GET("/api/servers/{serverId}/members", { ...onServer, ...auth(bob.token) });
  members.data!.forEach((m) => expect(validateMember(m)).toBe(true));
  expect(members.data!.map((m) => [m.username, m.roles])).toEqual([
    ["alice.chat", ["owner"]],
    ["bob.chat", ["member"]],
  ]);
  const roles = await client.GET("/api/servers/{serverId}/roles", { ...onServer, ...auth(bob.token) });
  roles.data!.forEach((r) => expect(validateRole(r)).toBe(true));
  expect(roles.data!.map((r) => r.id)).toEqual(["owner", "admin", "member"]);

  // Only a manageServer member creates channels; both sockets see the new one.
  const refused = await client.POST("/api/servers/{serverId}/channels", { ...onServer, body: { name: "dice" }, ...auth(bob.token) });
  expect(refused.error?.code).toBe("forbidden");
  const channel = await client.POST("/api/servers/{serverId}/channels", { ...onServer, body: { name: "dice" }, ...auth(alice.token) });
  expect(channel.response.status).toBe(201);
  expect(validateChannel(channel.data)).toBe(true);
  const channelId = channel.data!.id;
  for (const socket of [aliceSocket, bobSocket])
    expect(await nextValid(socket)).toEqual({ type: "channel_created", serverId, channel: channel.data });
  const clash = await client.POST("/api/servers/{serverId}/channels", { ...onServer, body: { name: "DICE" }, ...auth(alice.token) });
  expect(clash.response.status).toBe(409);

  // Messages are stored, delivered live and paged back newest first.
  const sent: string[] = [];
  for (const content of ["first", "second", "third"]) {
    const echo = await aliceSocket.request({ type: "send_message", requestId: `m-${content}`, serverId, channelId, content });
    expect(echo).toMatchObject({ type: "message", requestId: `m-${content}`, content, authorUserId: alice.user.id });
    expect(await nextValid(bobSocket)).toMatchObject({ type: "message", messageId: echo.messageId, content });
    sent.push(echo.messageId);
  }
  const onChannel = { path: { serverId, channelId } };
  const newest = await client.GET("/api/servers/{serverId}/channels/{channelId}/messages", {
    params: { ...onChannel, query: { limit: 2 } },
    ...auth(bob.token),
  });
  newest.data!.forEach((m) => expect(validateChatMessage(m)).toBe(true));
  expect(newest.data!.map((m) => m.content)).toEqual(["third", "second"]);
  const older = await client.GET("/api/servers/{serverId}/channels/{channelId}/messages", {
    params: { ...onChannel, query: { before: newest.data![1].messageId } },
    ...auth(bob.token),
  });
  expect(older.data!.map((m) => m.messageId)).toEqual([sent[0]]);
  const badLimit = await client.GET("/api/servers/{serverId}/channels/{channelId}/messages", {
    params: { ...onChannel, query: { limit: 101 } },
    ...auth(bob.token),
  });
  expect(badLimit.response.status).toBe(400);

  // Bob uploads a file, attaches it to a message; Alice downloads it.
  const bytes = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 255]);
  const uploaded = await client.POST("/api/servers/{serverId}/channels/{channelId}/attachments", {
    params: { ...onChannel, query: { name: "board.png" } },
    body: bytes,
    bodySerializer: (body) => body as Uint8Array,
    headers: { Authorization: `Bearer ${bob.token}`, "Content-Type": "image/png" },
  });
  expect(uploaded.response.status).toBe(201);
  expect(validateAttachment(uploaded.data)).toBe(true);
  expect(uploaded.data).toMatchObject({ name: "board.png", mediaType: "image/png", size: bytes.length });
  const withFile = await bobSocket.request({ type: "send_message", serverId, channelId, content: "", attachmentIds: [uploaded.data!.id] });
  expect(withFile).toMatchObject({ type: "message", content: "", attachments: [uploaded.data] });
  expect((await nextValid(aliceSocket)).attachments).toEqual([uploaded.data]);
  const reused = await aliceSocket.request({
    type: "send_message",
    serverId,
    channelId,
    content: "mine now",
    attachmentIds: [uploaded.data!.id],
  });
  expect(reused).toMatchObject({ type: "error", code: "forbidden" });
  const download = await client.GET("/api/attachments/{attachmentId}", {
    params: { path: { attachmentId: uploaded.data!.id } },
    parseAs: "arrayBuffer",
    ...auth(alice.token),
  });
  expect(download.response.status).toBe(200);
  expect(new Uint8Array(download.data as ArrayBuffer)).toEqual(bytes);
  expect(download.response.headers.get("content-type")).toBe("image/png");
  expect(download.response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(download.response.headers.get("content-disposition")).toBe(`attachment; filename="board.png"; filename*=UTF-8''board.png`);

  // WebRTC signalling: an offer one way, an answer back, each to the other member only.
  const offer = { kind: "offer", sdp: "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n" };
  aliceSocket.send({ type: "p2p_signal", serverId, targetUserId: bob.user.id, signal: offer });
  expect(await nextValid(bobSocket)).toEqual({ type: "p2p_signal", serverId, sourceUserId: alice.user.id, signal: offer });
  const answer = { kind: "answer", sdp: "v=0\r\n" };
  bobSocket.send({ type: "p2p_signal", serverId, targetUserId: alice.user.id, signal: answer });
  expect(await nextValid(aliceSocket)).toEqual({ type: "p2p_signal", serverId, sourceUserId: bob.user.id, signal: answer });

  // Bob leaves: Alice hears of it, and Bob may no longer read the channel.
  const left = await client.DELETE("/api/servers/{serverId}/members/me", { ...onServer, ...auth(bob.token) });
  expect(left.response.status).toBe(204);
  expect(await nextValid(aliceSocket)).toEqual({ type: "member_left", serverId, userId: bob.user.id });
  expect(await nextValid(bobSocket)).toEqual({ type: "member_left", serverId, userId: bob.user.id });
  const afterLeaving = await client.GET("/api/servers/{serverId}/channels/{channelId}/messages", { params: onChannel, ...auth(bob.token) });
  expect(afterLeaving.error?.code).toBe("forbidden");
  const signalAfterLeaving = await aliceSocket.request({ type: "p2p_signal", serverId, targetUserId: bob.user.id, signal: offer });
  expect(signalAfterLeaving).toMatchObject({ type: "error", code: "not_member" });
  expect(bobSocket.pending()).toBe(0);
});
