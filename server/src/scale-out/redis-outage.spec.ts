// Two instances on one PostgreSQL database and a Redis of the test's own that goes away: what another instance changed
// while the bus was down (a member joining, a member leaving, a channel, a requirement, a chat message) reaches this
// instance's sockets once Redis is back, from the server's reloaded state and its history, without anybody reconnecting.
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { eventually, startTestServer, type ReceivedEnvelope, type TestClient, type TestServer } from "../testing/harness";
import { startTestRedis, type TestRedis } from "../testing/redis-server";
import { createPostgresDatabase, dropPostgresDatabase } from "../testing/test-databases";

let redis: TestRedis;
let databaseUrl: string;
let a: TestServer, b: TestServer;
let owner: AuthSession, leaver: AuthSession, newcomer: AuthSession;
let server: Server;
let watcherOnB: TestClient;

const redisIs = (instance: TestServer, state: string) =>
  eventually(
    () => instance.api("GET", "/api/health"),
    (res) => (res.body as { redis?: string }).redis === state,
    15_000,
  );

beforeAll(async () => {
  redis = await startTestRedis();
  databaseUrl = await createPostgresDatabase();
  const prefix = `outage-${process.pid}:`;
  a = await startTestServer({ databaseUrl, redisUrl: redis.url, redisPrefix: prefix });
  b = await startTestServer({ databaseUrl, redisUrl: redis.url, redisPrefix: prefix });
  [owner, leaver, newcomer] = [await a.register(), await a.register(), await a.register()];
  server = await a.createServer(owner.token, "Outage");
  expect((await a.api("POST", `/api/servers/${server.id}/members`, { token: leaver.token })).status).toBe(200);
  watcherOnB = await b.identified(owner.token);
  expect((await watcherOnB.request({ type: "join_server", serverId: server.id })).type).toBe("server_joined");
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await redis?.stop();
  if (databaseUrl) await dropPostgresDatabase(databaseUrl);
});

it("catches B's sockets up with the members, departures, channels, requirements and messages A committed while Redis was down", async () => {
  await redis.stop();
  await Promise.all([redisIs(a, "unavailable"), redisIs(b, "unavailable")]);
  expect((await a.api("POST", `/api/servers/${server.id}/members`, { token: newcomer.token })).status).toBe(200);
  expect((await a.api("DELETE", `/api/servers/${server.id}/members/me`, { token: leaver.token })).status).toBe(204);
  const created = await a.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: "while-down" } });
  expect(created.status).toBe(201);
  const put = await a.api("PUT", `/api/servers/${server.id}/plugins/late.plugin/requirement`, {
    token: owner.token,
    body: { status: "required" },
  });
  expect(put.status).toBe(200);
  const sender = await a.identified(owner.token);
  expect((await sender.request({ type: "join_server", serverId: server.id })).type).toBe("server_joined");
  const sent = await sender.request({ type: "send_message", serverId: server.id, channelId: server.channels[0].id, content: "while down" });
  expect(sent.type).toBe("message");
  sender.ws.close();
  await redis.start();
  await Promise.all([redisIs(a, "ok"), redisIs(b, "ok")]);

  const heard: ReceivedEnvelope[] = [];
  const wanted = ["member_joined", "member_left", "channel_created", "plugin_requirements_changed", "message"];
  while (!wanted.every((type) => heard.some((m) => m.type === type))) heard.push(await watcherOnB.next());
  const of = (type: string) => heard.filter((m) => m.type === type);
  expect(of("member_joined").map((m) => [m.userId, m.member.username])).toEqual([[newcomer.user.id, newcomer.user.username]]);
  expect(of("member_left").map((m) => m.userId)).toEqual([leaver.user.id]);
  expect(of("channel_created").map((m) => m.channel.name)).toEqual(["while-down"]);
  // The message sent on A while Redis was down, from the history (its id is the one A acknowledged). It may come twice
  // (B resyncs for its own link and again when A says it dropped publications); its id tells.
  expect([...new Map(of("message").map((m) => [m.messageId, m.content])).entries()]).toEqual([[sent.messageId, "while down"]]);
  expect(
    of("plugin_requirements_changed")
      .at(-1)!
      .snapshot.requirements.map((r: { pluginId: string }) => r.pluginId),
  ).toContain("late.plugin");
});

it("relays across the instances again afterwards", async () => {
  const another = await a.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: "after" } });
  expect(another.status).toBe(201);
  const announced = await watcherOnB.until((m) => m.type === "channel_created");
  expect(announced.channel.name).toBe("after");
});
