// Two instances in this process on one PostgreSQL database, joined by an in-process fan-out hub: every broadcast
// reaches the sockets of the other instance, validated once where it arrived, with the state caches kept current.
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { validateServerEnvelope } from "@toju/generated/validators";
import { InProcessHub } from "../fanout/in-process-bus";
import { startTestServer, type ReceivedEnvelope, type TestClient, type TestServer } from "../testing/harness";
import { createPostgresDatabase, dropPostgresDatabase } from "../testing/test-databases";

let databaseUrl: string;
let a: TestServer, b: TestServer;
let owner: AuthSession, onA: AuthSession, onB: AuthSession, activeOnB: AuthSession;
let server: Server;
let ownerA: TestClient, memberA: TestClient, memberB: TestClient, activeB: TestClient;
let seq = 0;
const plugin = "game.plugin";

async function defineEvent(name: string, direction: string, scope: string): Promise<void> {
  const res = await a.api("PUT", `/api/servers/${server.id}/plugins/${plugin}/events/${name}`, {
    token: owner.token,
    body: { direction, scope },
  });
  expect(res.status).toBe(200);
}

function event(eventName: string, fields: Record<string, unknown> = {}) {
  return {
    type: "plugin_event",
    eventId: `x${++seq}`,
    serverId: server.id,
    pluginId: plugin,
    eventName,
    direction: "clientToServer",
    payload: { n: seq },
    ...fields,
  };
}

/** Next message of a type, after skipping announcements a test does not look at. */
const nextOf = (client: TestClient, type: string): Promise<ReceivedEnvelope> => client.until((m) => m.type === type);

beforeAll(async () => {
  databaseUrl = await createPostgresDatabase();
  const hub = new InProcessHub();
  a = await startTestServer({ databaseUrl, fanoutHub: hub });
  b = await startTestServer({ databaseUrl, fanoutHub: hub });
  [owner, onA, onB, activeOnB] = [await a.register(), await a.register(), await b.register(), await b.register()];
  server = await a.createServer(owner.token, "Shared");
  await defineEvent("game.all", "clientToServer", "server");
  await defineEvent("game.chan", "clientToServer", "channel");
  await defineEvent("game.whisper", "clientToServer", "user");
  await defineEvent("game.hint", "p2pHint", "server");
  await defineEvent("game.active", "clientToServer", "plugin");
  ownerA = await a.identified(owner.token);
  memberA = await a.identified(onA.token);
  memberB = await b.identified(onB.token);
  activeB = await b.identified(activeOnB.token);
  for (const client of [ownerA, memberA, memberB, activeB]) {
    expect((await client.request({ type: "join_server", serverId: server.id })).type).toBe("server_joined");
  }
  expect((await activeB.request({ type: "set_active_plugins", serverId: server.id, pluginIds: [plugin] })).type).toBe("active_plugins_set");
  // Every join was announced on both instances: each socket heard of those after it.
  expect((await nextOf(ownerA, "member_joined")).userId).toBe(onA.user.id);
  expect((await nextOf(ownerA, "member_joined")).userId).toBe(onB.user.id);
  expect((await nextOf(ownerA, "member_joined")).userId).toBe(activeOnB.user.id);
  expect((await nextOf(memberB, "member_joined")).userId).toBe(activeOnB.user.id);
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  if (databaseUrl) await dropPostgresDatabase(databaseUrl);
});

describe("plugin events across instances", () => {
  it("server scope reaches every joined socket on both instances; deliveredTo counts them all", async () => {
    const frame = event("game.all");
    const reply = await ownerA.request(frame);
    expect(reply).toMatchObject({ type: "plugin_event_accepted", eventId: frame.eventId, deliveredTo: 3 });
    for (const receiver of [memberA, memberB, activeB]) {
      const relayed = await nextOf(receiver, "plugin_event");
      expect(validateServerEnvelope(relayed)).toBe(true);
      expect(relayed).toMatchObject({ eventId: frame.eventId, sourceUserId: owner.user.id, scope: "server", payload: frame.payload });
    }
  });

  it("channel scope crosses too; user scope and p2pHint reach the target on the other instance only", async () => {
    const chan = event("game.chan", { channelId: server.channels[0].id });
    expect((await memberB.request(chan)).deliveredTo).toBe(3);
    for (const receiver of [ownerA, memberA, activeB]) expect((await nextOf(receiver, "plugin_event")).eventId).toBe(chan.eventId);

    const whisper = event("game.whisper", { targetUserId: onB.user.id });
    expect(await memberA.request(whisper)).toMatchObject({ type: "plugin_event_accepted", deliveredTo: 1 });
    expect(await nextOf(memberB, "plugin_event")).toMatchObject({ eventId: whisper.eventId, scope: "user", targetUserId: onB.user.id });

    const hint = event("game.hint", { direction: "p2pHint", targetUserId: onA.user.id });
    expect(await activeB.request(hint)).toMatchObject({ type: "plugin_event_accepted", deliveredTo: 1 });
    expect((await nextOf(memberA, "plugin_event")).eventId).toBe(hint.eventId);

    // Nobody else heard either: the next event each of them sees is this one.
    const marker = event("game.all");
    await ownerA.request(marker);
    for (const receiver of [memberA, memberB, activeB]) expect((await nextOf(receiver, "plugin_event")).eventId).toBe(marker.eventId);
  });

  it("plugin scope reaches only sockets with the plugin active, wherever they are", async () => {
    const frame = event("game.active");
    expect(await memberA.request(frame)).toMatchObject({ type: "plugin_event_accepted", deliveredTo: 1 });
    expect((await nextOf(activeB, "plugin_event")).eventId).toBe(frame.eventId);
  });

  it("a rejected event is refused where it arrived and reaches nobody", async () => {
    const refused = event("game.whisper", { targetUserId: "nobody" });
    expect(await memberB.request(refused)).toMatchObject({ type: "plugin_event_rejected", code: "invalid_target" });
    const marker = event("game.all");
    await memberB.request(marker);
    for (const receiver of [ownerA, memberA]) expect((await nextOf(receiver, "plugin_event")).eventId).toBe(marker.eventId);
  });
});

describe("chat, signals and announcements across instances", () => {
  it("a chat message sent on B reaches joined sockets on A", async () => {
    const sent = await memberB.request({
      type: "send_message",
      requestId: "m1",
      serverId: server.id,
      channelId: server.channels[0].id,
      content: "hi",
    });
    expect(sent).toMatchObject({ type: "message", requestId: "m1", content: "hi" });
    for (const receiver of [ownerA, memberA]) {
      const message = await nextOf(receiver, "message");
      expect(message).toMatchObject({ messageId: sent.messageId, content: "hi", authorUserId: onB.user.id });
      expect(message.requestId).toBeUndefined();
    }
  });

  it("a p2p_signal from A reaches the target's socket on B", async () => {
    const signal = { kind: "offer", sdp: "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n" };
    memberA.send({ type: "p2p_signal", serverId: server.id, targetUserId: onB.user.id, signal });
    expect(await nextOf(memberB, "p2p_signal")).toEqual({ type: "p2p_signal", serverId: server.id, sourceUserId: onA.user.id, signal });
  });

  it("a channel created on A is announced on B, and B accepts channel-scoped events for it at once", async () => {
    const created = await a.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: "dice" } });
    expect(created.status).toBe(201);
    expect(await nextOf(memberB, "channel_created")).toMatchObject({ serverId: server.id, channel: { id: created.body.id, name: "dice" } });
    const chan = event("game.chan", { channelId: created.body.id });
    expect((await memberB.request(chan)).type).toBe("plugin_event_accepted");
    expect((await b.api("GET", `/api/servers/${server.id}`, { token: onB.token })).body.channels).toContainEqual({
      id: created.body.id,
      name: "dice",
    });
  });

  it("a member who leaves through A is announced on B, and their sockets on B stop receiving the server's events", async () => {
    const leaver = await b.register();
    const leaverB = await b.identified(leaver.token);
    await leaverB.request({ type: "join_server", serverId: server.id });
    expect((await nextOf(memberA, "member_joined")).userId).toBe(leaver.user.id);
    expect((await a.api("DELETE", `/api/servers/${server.id}/members/me`, { token: leaver.token })).status).toBe(204);
    expect(await nextOf(memberB, "member_left")).toMatchObject({ serverId: server.id, userId: leaver.user.id });
    expect(await nextOf(leaverB, "member_left")).toMatchObject({ userId: leaver.user.id });
    const marker = event("game.all");
    await ownerA.request(marker);
    expect((await nextOf(memberB, "plugin_event")).eventId).toBe(marker.eventId);
    expect(leaverB.pending()).toBe(0);
    expect(await leaverB.request(event("game.all"))).toMatchObject({ type: "plugin_event_rejected", code: "not_member" });
  });
});

describe("requirements and permissions across instances", () => {
  it("a change made through B is broadcast on A, which serves that revision (with the same ETag as B) at once", async () => {
    const put = await b.api("PUT", `/api/servers/${server.id}/plugins/chess.plugin/requirement`, {
      token: owner.token,
      body: { status: "optional" },
    });
    expect(put.status).toBe(200);
    const changed = await nextOf(memberA, "plugin_requirements_changed");
    const fromA = await a.api("GET", `/api/servers/${server.id}/plugins`, { token: onA.token });
    const fromB = await b.api("GET", `/api/servers/${server.id}/plugins`, { token: onB.token });
    expect(fromA.body).toEqual(changed.snapshot);
    expect(fromA.headers.etag).toBe(fromB.headers.etag);
    expect(fromA.body.requirements.map((r: { pluginId: string }) => r.pluginId)).toContain("chess.plugin");
  });

  it("a permission granted through A lets the member change requirements through B right away", async () => {
    const grant = await a.api("PUT", `/api/servers/${server.id}/members/${onB.user.id}/permissions`, {
      token: owner.token,
      body: { manageServer: true },
    });
    expect(grant.status).toBe(200);
    const put = await b.api("PUT", `/api/servers/${server.id}/plugins/go.plugin/requirement`, {
      token: onB.token,
      body: { status: "required" },
    });
    expect(put.status).toBe(200);
    const revoke = await b.api("PUT", `/api/servers/${server.id}/members/${onB.user.id}/permissions`, {
      token: owner.token,
      body: { manageServer: false },
    });
    expect(revoke.status).toBe(200);
    expect((await a.api("DELETE", `/api/servers/${server.id}/plugins/go.plugin/requirement`, { token: onB.token })).status).toBe(403);
  });

  it("revisions rise by one per change and every socket sees them in increasing order, whichever instance committed them", async () => {
    const before = (await a.api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token })).body.revision as number;
    const writes = Array.from({ length: 12 }, (_, i) =>
      (i % 2 ? a : b).api("PUT", `/api/servers/${server.id}/plugins/p${i}.burst/requirement`, {
        token: owner.token,
        body: { status: "optional" },
      }),
    );
    expect((await Promise.all(writes)).map((r) => r.status)).toEqual(Array(12).fill(200));
    const after = (await b.api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token })).body;
    expect(after.revision).toBe(before + 12);
    for (const watcher of [memberA, memberB]) {
      const seen: number[] = [];
      while (seen.at(-1) !== before + 12) {
        const { snapshot } = await watcher.until((m) => m.type === "plugin_requirements_changed" && m.snapshot.revision > before);
        expect(snapshot.requirements.filter((r: { pluginId: string }) => r.pluginId.endsWith(".burst"))).toHaveLength(
          snapshot.revision - before,
        );
        seen.push(snapshot.revision);
      }
      expect(seen).toEqual([...seen].sort((x, y) => x - y));
      expect(new Set(seen).size).toBe(seen.length);
    }
  });
});
