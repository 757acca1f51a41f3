// Two server processes on two ports sharing one PostgreSQL database and Redis (the machine's, under a prefix of this
// test's own): broadcasts cross between them, concurrent writes through both get distinct increasing revisions, and
// when one is killed mid-burst no acknowledged write is lost and the other's clients carry on.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import type { ReceivedEnvelope, TestClient } from "../testing/harness";
import { startServerProcess, type ServerProcess } from "../testing/server-process";
import { createPostgresDatabase, dropPostgresDatabase } from "../testing/test-databases";

jest.setTimeout(90_000);

const redisUrl = process.env.TOJU_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const dir = mkdtempSync(path.join(tmpdir(), "toju-two-"));
let databaseUrl: string;
let a: ServerProcess, b: ServerProcess;
let owner: AuthSession, alice: AuthSession, bob: AuthSession;
let server: Server;
let channelId: string;

const start = () =>
  startServerProcess({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `test-${path.basename(dir)}:`,
    ATTACHMENTS_DIR: path.join(dir, "attachments"),
    // The bursts below measure delivery across instances, not the per-connection frame budget.
    PLUGIN_EVENT_RATE: "0",
  });
const nextOf = (client: TestClient, type: string): Promise<ReceivedEnvelope> => client.until((m) => m.type === type);

async function joined(instance: ServerProcess, session: AuthSession): Promise<TestClient> {
  const client = await instance.identified(session.token);
  expect((await client.request({ type: "join_server", serverId: server.id })).type).toBe("server_joined");
  return client;
}

beforeAll(async () => {
  databaseUrl = await createPostgresDatabase();
  // Started together: the migrations run once, under the advisory lock.
  [a, b] = await Promise.all([start(), start()]);
  [owner, alice, bob] = [await a.register(), await a.register(), await b.register()];
  server = await b.createServer(owner.token, "Two instances");
  channelId = server.channels[0].id;
  const event = { direction: "clientToServer", scope: "server" };
  expect(
    (await a.api("PUT", `/api/servers/${server.id}/plugins/dice.plugin/events/dice.rolled`, { token: owner.token, body: event })).status,
  ).toBe(200);
  expect((await b.api("POST", `/api/servers/${server.id}/members`, { token: alice.token })).status).toBe(200);
  expect((await a.api("POST", `/api/servers/${server.id}/members`, { token: bob.token })).status).toBe(200);
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  if (databaseUrl) await dropPostgresDatabase(databaseUrl);
  rmSync(dir, { recursive: true, force: true });
});

it("a client on A publishes, a client on B receives (and A soon counts it as delivered)", async () => {
  const [onA, onB] = [await joined(a, alice), await joined(b, bob)];
  const publish = async (eventId: string) => {
    const frame = {
      type: "plugin_event",
      eventId,
      serverId: server.id,
      pluginId: "dice.plugin",
      eventName: "dice.rolled",
      direction: "clientToServer",
      payload: { value: 4 },
    };
    const reply = await onA.request(frame);
    expect(reply).toMatchObject({ type: "plugin_event_accepted", eventId });
    expect(await nextOf(onB, "plugin_event")).toMatchObject({ eventId, sourceUserId: alice.user.id, payload: { value: 4 } });
    return reply.deliveredTo;
  };
  // deliveredTo counts B's sockets as B last reported them (one Redis hop after the join).
  let deliveredTo = await publish("ev-a-to-b-0");
  for (let i = 1; i <= 50 && deliveredTo !== 1; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    deliveredTo = await publish(`ev-a-to-b-${i}`);
  }
  expect(deliveredTo).toBe(1);
  onA.ws.close();
  onB.ws.close();
});

it("an admin on B changes requirements, a client on A gets the broadcast and A serves that snapshot", async () => {
  const admin = await b.register();
  expect((await a.api("POST", `/api/servers/${server.id}/members`, { token: admin.token })).status).toBe(200);
  const grant = { token: owner.token, body: { manageServer: true } };
  expect((await a.api("PUT", `/api/servers/${server.id}/members/${admin.user.id}/permissions`, grant)).status).toBe(200);
  const onA = await joined(a, alice);
  const put = await b.api("PUT", `/api/servers/${server.id}/plugins/chess.plugin/requirement`, {
    token: admin.token,
    body: { status: "required" },
  });
  expect(put.status).toBe(200);
  const changed = await nextOf(onA, "plugin_requirements_changed");
  expect(changed.snapshot.requirements.map((r: { pluginId: string }) => r.pluginId)).toContain("chess.plugin");
  const served = await a.api("GET", `/api/servers/${server.id}/plugins`, { token: alice.token });
  expect(served.body.revision).toBeGreaterThanOrEqual(changed.snapshot.revision);
  onA.ws.close();
});

it("20 concurrent writes across both instances give 20 distinct increasing revisions", async () => {
  const [onA, onB] = [await joined(a, alice), await joined(b, bob)];
  const base = (await a.api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token })).body.revision as number;
  const writes = Array.from({ length: 20 }, (_, i) =>
    (i % 2 ? a : b).api("PUT", `/api/servers/${server.id}/plugins/burst-${i}.plugin/requirement`, {
      token: owner.token,
      body: { status: "optional" },
    }),
  );
  expect((await Promise.all(writes)).map((res) => res.status)).toEqual(Array(20).fill(200));
  const final = (await b.api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token })).body;
  expect(final.revision).toBe(base + 20);
  expect(final.requirements.filter((r: { pluginId: string }) => r.pluginId.startsWith("burst-"))).toHaveLength(20);
  for (const watcher of [onA, onB]) {
    const seen: number[] = [];
    while (seen.at(-1) !== base + 20) {
      const { snapshot } = await watcher.until((m) => m.type === "plugin_requirements_changed" && m.snapshot.revision > base);
      // Each write adds one requirement and one revision: a snapshot holds exactly the writes up to its revision.
      expect(snapshot.requirements.filter((r: { pluginId: string }) => r.pluginId.startsWith("burst-"))).toHaveLength(
        snapshot.revision - base,
      );
      seen.push(snapshot.revision);
    }
    expect(seen.every((revision, i) => revision > base && (i === 0 || revision > seen[i - 1]))).toBe(true);
  }
  onA.ws.close();
  onB.ws.close();
});

/** Sends `count` messages at once; resolves to the ids of those acknowledged (the sender's copy with its requestId). */
function burst(client: TestClient, tag: string, count: number): { acked: Map<string, string>; done: Promise<void> } {
  const acked = new Map<string, string>();
  const done = new Promise<void>((resolve) => {
    client.ws.on("message", (data) => {
      const message = JSON.parse(data.toString()) as ReceivedEnvelope;
      if (message.type === "message" && typeof message.requestId === "string" && message.requestId.startsWith(tag)) {
        acked.set(message.requestId, message.messageId as string);
        if (acked.size === count) resolve();
      }
    });
    client.ws.on("close", () => resolve());
  });
  for (let i = 0; i < count; i++) {
    client.send({ type: "send_message", requestId: `${tag}${i}`, serverId: server.id, channelId, content: `${tag} ${i}` });
  }
  return { acked, done };
}

it("kill -9 one instance mid-burst: no acknowledged write lost, the other's clients unaffected, reconnecting clients resume", async () => {
  const watcherOnB = await joined(b, owner);
  const heardOnB = new Set<string>();
  watcherOnB.ws.on("message", (data) => {
    const message = JSON.parse(data.toString()) as ReceivedEnvelope;
    if (message.type === "message") heardOnB.add(message.messageId as string);
  });
  const [senderOnA, senderOnB] = [await joined(a, alice), await joined(b, bob)];
  const fromA = burst(senderOnA, "a", 300);
  const fromB = burst(senderOnB, "b", 150);
  const requirementsOnA = requirementWrites(a);
  while (fromA.acked.size < 20 || requirementsOnA.acked.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
  await a.kill();
  expect(await a.exited).toBe("SIGKILL");
  await Promise.all([fromA.done, fromB.done, requirementsOnA.done]);
  expect(fromA.acked.size).toBeLessThan(300);

  // B's clients carried on: every message sent through B was acknowledged and heard by B's other socket.
  expect(fromB.acked.size).toBe(150);
  for (const id of fromB.acked.values()) await waitFor(() => heardOnB.has(id));

  // A's client reconnects to B, joins again and resumes where it was.
  const resumed = await joined(b, alice);
  resumed.send({ type: "send_message", requestId: "again", serverId: server.id, channelId, content: "back" });
  const reply = await resumed.until((m) => m.requestId === "again");
  expect(reply).toMatchObject({ type: "message", content: "back", authorUserId: alice.user.id });
  await waitFor(() => heardOnB.has(reply.messageId as string));

  // Every acknowledged message is stored, whichever instance acknowledged it.
  const stored = new Set<string>();
  let before: string | undefined;
  for (let page = 0; page < 20; page++) {
    const query = before ? `?limit=100&before=${before}` : "?limit=100";
    const res = await b.api("GET", `/api/servers/${server.id}/channels/${channelId}/messages${query}`, { token: owner.token });
    expect(res.status).toBe(200);
    const messages = res.body as unknown as { messageId: string }[];
    if (messages.length === 0) break;
    messages.forEach((m) => stored.add(m.messageId));
    before = messages.at(-1)!.messageId;
  }
  for (const id of [...fromA.acked.values(), ...fromB.acked.values(), reply.messageId as string]) expect(stored).toContain(id);
  const snapshot = (await b.api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token })).body;
  const kept = snapshot.requirements.map((r: { pluginId: string }) => r.pluginId);
  for (const pluginId of requirementsOnA.acked) expect(kept).toContain(pluginId);
  expect(snapshot.revision).toBeGreaterThanOrEqual(requirementsOnA.revisionBefore + requirementsOnA.acked.length);
  expect((await b.api("GET", "/api/health")).status).toBe(200);

  // A comes back on the same database and Redis, and hears B's broadcasts again.
  a = await start();
  const backOnA = await joined(a, alice);
  resumed.send({ type: "send_message", requestId: "to-a", serverId: server.id, channelId, content: "hello A" });
  const relay = await resumed.until((m) => m.requestId === "to-a");
  expect((await backOnA.until((m) => m.type === "message" && m.content === "hello A")).messageId).toBe(relay.messageId);
});

/** PUTs requirements through one instance, one after another, until it stops answering; the acknowledged ones. */
function requirementWrites(instance: ServerProcess): { acked: string[]; revisionBefore: number; done: Promise<void> } {
  const writes = { acked: [] as string[], revisionBefore: Number.POSITIVE_INFINITY, done: Promise.resolve() };
  writes.done = (async () => {
    writes.revisionBefore = (await instance.api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token })).body.revision;
    for (let i = 0; i < 1_000; i++) {
      const pluginId = `kill-${i}.plugin`;
      const put = instance.api("PUT", `/api/servers/${server.id}/plugins/${pluginId}/requirement`, {
        token: owner.token,
        body: { status: "optional" },
      });
      const res = await put.catch(() => undefined);
      if (!res) return;
      expect(res.status).toBe(200);
      writes.acked.push(pluginId);
    }
  })();
  return writes;
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
