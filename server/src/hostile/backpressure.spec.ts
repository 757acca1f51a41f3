// Hostile clients that stop reading: the server buffers at most 8 MiB for a socket, then closes it with 1013, so its
// memory stays bounded however much is sent to such a socket. On the old main three senders of 1 MB events to paused
// receivers grew the server's RSS by 337 MB in 4.7 s, and requirement PUTs of 218 KB manifests with one paused viewer
// by 413 MB (each change broadcasts the whole snapshot); nothing was freed until the heartbeat killed the socket.
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { startChildServer, type ChildServer } from "../testing/child-server";
import { diceManifest } from "../testing/fixtures";
import { apiAt, TestClient, type TestServer } from "../testing/harness";

/**
 * Each attack goes on for two or three times as long after its first part: the server's RSS may grow in the first part
 * (two sockets' 8 MiB, the heap growing to hold garbage not yet collected) but must not keep growing with what is
 * sent. On the old main it grew by everything buffered for the paused sockets: here 180 MB of events in the later
 * part alone, and gigabytes of snapshots.
 */
const MAX_RSS_GROWTH_BYTES = 320 * 1024 * 1024;
const MAX_LATER_GROWTH_BYTES = 128 * 1024 * 1024;
const MiB = 1024 * 1024;

let child: ChildServer;
let api: TestServer["api"];

async function register(name: string): Promise<AuthSession> {
  return (await api("POST", "/api/auth/register", { body: { username: name, password: "correct horse battery" } })).body as AuthSession;
}

/** An identified socket, joined to or viewing the server (or neither: a member sending only). */
async function connected(token: string, serverId: string, type?: "join_server" | "view_server"): Promise<TestClient> {
  const client = await TestClient.open(`ws://127.0.0.1:${child.port}/ws`);
  expect((await client.request({ type: "identify", token })).type).toBe("identified");
  if (type) expect((await client.request({ type, serverId })).type).toBe(type === "join_server" ? "server_joined" : "server_viewed");
  return client;
}

/** Resolves once the server has logged a backpressure close for `count` sockets (or rejects after `ms`). */
async function backpressureCloses(count: number, ms = 15_000): Promise<Record<string, unknown>[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const closes = child.websocketLogs().filter((l) => l.event === "ws.backpressure_closed");
    if (closes.length >= count) return closes;
    if (Date.now() > deadline) throw new Error(`only ${closes.length} backpressure closes logged`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeEach(async () => {
  child = await startChildServer({ PLUGIN_EVENT_RATE: "0" });
  api = apiAt(child.port);
}, 30_000);

afterEach(() => child.stop());

it("closes paused receivers of 1 MB events with 1013, and the server's memory stays bounded", async () => {
  const owner = await register("bp-owner");
  const server = (await api("POST", "/api/servers", { token: owner.token, body: { name: "Flood" } })).body as Server;
  await api("PUT", `/api/servers/${server.id}/plugins/flood.plugin/events/flood.big`, {
    token: owner.token,
    body: { direction: "clientToServer", scope: "server", maxPayloadBytes: 1_048_576 },
  });
  const users = [await register("bp-sender1"), await register("bp-sender2"), await register("bp-sender3"), await register("bp-reader1")];
  users.push(await register("bp-reader2"));
  for (const user of users) await api("POST", `/api/servers/${server.id}/members`, { token: user.token });
  const receivers = [await connected(users[3].token, server.id, "join_server"), await connected(users[4].token, server.id, "join_server")];
  const senders = [
    await connected(users[0].token, server.id),
    await connected(users[1].token, server.id),
    await connected(users[2].token, server.id),
  ];
  for (const r of receivers) r.ws.pause();
  const payload = "x".repeat(1_000_000);
  let seq = 0;
  /** Each sender sends `count` events of 1 MB: each is relayed to both paused receivers. */
  const flood = (count: number) =>
    Promise.all(
      senders.map(async (sender) => {
        for (let i = 0; i < count; i++) {
          const reply = await sender.request({
            type: "plugin_event",
            eventId: `e${++seq}`,
            serverId: server.id,
            pluginId: "flood.plugin",
            eventName: "flood.big",
            direction: "clientToServer",
            payload,
          });
          expect(reply.type).toBe("plugin_event_accepted");
        }
      }),
    );
  const before = child.rssBytes();
  await flood(20);
  const middle = child.rssBytes();
  await flood(60);
  const after = child.rssBytes();
  const closes = await backpressureCloses(2);
  expect(closes.map((c) => c.code)).toEqual([1013, 1013]);
  expect(closes.every((c) => (c.bufferedBytes as number) <= 8 * MiB)).toBe(true);
  expect(after - middle).toBeLessThan(MAX_LATER_GROWTH_BYTES);
  expect(after - before).toBeLessThan(MAX_RSS_GROWTH_BYTES);
  // The closed receivers got at most their 8 MiB and the kernel's buffers, then the connection ended.
  for (const r of receivers) {
    r.ws.resume();
    expect([1013, 1006]).toContain((await r.closed).code);
  }
  for (const s of senders) s.ws.terminate();
}, 60_000);

it("closes a paused viewer of requirement changes with 1013; the snapshot it is sent stays within its quota", async () => {
  const owner = await register("bp-admin");
  const server = (await api("POST", "/api/servers", { token: owner.token, body: { name: "Big manifests" } })).body as Server;
  const viewer = await connected((await register("bp-viewer")).token, server.id, "view_server");
  viewer.ws.pause();
  /** A manifest of about 218 KB: events whose schemas carry long descriptions. */
  const manifest = (id: string) => ({
    ...diceManifest(id),
    events: Array.from({ length: 14 }, (_, i) => ({
      eventName: `big.event${i}`,
      direction: "clientToServer",
      scope: "server",
      schema: { type: "object", description: "d".repeat(15_500) },
    })),
  });
  expect(JSON.stringify(manifest("big.plugin0")).length).toBeGreaterThan(218_000);
  const statuses: number[] = [];
  const rss: number[] = [child.rssBytes()];
  for (let i = 0; i < 90; i++) {
    if (i === 30) rss.push(child.rssBytes());
    // New plugins until the snapshot quota refuses one, then the same plugin replaced again and again.
    const pluginId = statuses.includes(403) ? "big.plugin0" : `big.plugin${i}`;
    const res = await api("PUT", `/api/servers/${server.id}/plugins/${pluginId}/requirement`, {
      token: owner.token,
      body: { status: "required", manifest: manifest(pluginId) },
    });
    statuses.push(res.status);
    if (res.status === 403) expect(res.body.code).toBe("quota_exceeded");
  }
  rss.push(child.rssBytes());
  expect(statuses).toContain(403);
  expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(70);
  await backpressureCloses(1);
  expect(rss[2] - rss[1]).toBeLessThan(MAX_LATER_GROWTH_BYTES);
  expect(rss[2] - rss[0]).toBeLessThan(MAX_RSS_GROWTH_BYTES);
  const snapshot = await api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token });
  expect(snapshot.bytes.length).toBeLessThanOrEqual(4 * MiB);
  viewer.ws.terminate();
}, 60_000);
