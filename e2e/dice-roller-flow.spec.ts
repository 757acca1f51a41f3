// Cross-tier: the example plugin's manifest, passed by a client generated from the OpenAPI, drives the server's
// event validation over real websockets.
import { readFileSync } from "node:fs";
import path from "node:path";
import createClient from "openapi-fetch";
import type { paths } from "../generated/types/contract";
import {
  validatePluginRequirementsSnapshot,
  validateApiError,
  validateAuthSession,
  validateServer,
  validateServerEnvelope,
} from "../generated/validators";
import { startTestServer, type TestServer } from "../server/src/testing/harness";

const manifest = JSON.parse(readFileSync(path.join(__dirname, "..", "examples", "dice-roller", "toju-plugin.json"), "utf8"));
delete manifest.$schema;

let t: TestServer;
let client: ReturnType<typeof createClient<paths>>;

beforeAll(async () => {
  t = await startTestServer();
  client = createClient<paths>({ baseUrl: t.server.url });
});

afterAll(() => t.stop());

const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

it("runs the plugin-requirement flow with typed success and error bodies", async () => {
  const alice = await client.POST("/api/auth/register", { body: { username: "alice", password: "correct horse battery" } });
  expect(alice.response.status).toBe(201);
  expect(validateAuthSession(alice.data)).toBe(true);
  const bob = await client.POST("/api/auth/register", { body: { username: "bob", password: "another good password" } });
  const taken = await client.POST("/api/auth/register", { body: { username: "alice", password: "whatever password" } });
  expect(taken.response.status).toBe(409);
  expect(taken.error?.code).toBe("conflict");

  const created = await client.POST("/api/servers", { body: { name: "Game night" }, ...auth(alice.data!.token) });
  expect(created.response.status).toBe(201);
  expect(validateServer(created.data)).toBe(true);
  expect(created.data!.channels.map((c) => c.name)).toContain("general");
  const serverId = created.data!.id;

  const aliceSocket = await t.identified(alice.data!.token);
  expect(await aliceSocket.request({ type: "join_server", serverId })).toMatchObject({ type: "server_joined", serverId });

  const joined = await client.POST("/api/servers/{serverId}/members", { params: { path: { serverId } }, ...auth(bob.data!.token) });
  expect(joined.data).toMatchObject({ serverId, userId: bob.data!.user.id, permissions: { manageServer: false } });
  const memberJoined = await aliceSocket.next();
  expect(validateServerEnvelope(memberJoined)).toBe(true);
  expect(memberJoined).toMatchObject({ type: "member_joined", serverId, userId: bob.data!.user.id, member: { roles: ["member"] } });

  const requirementPath = { params: { path: { serverId, pluginId: "dice-roller" } } };
  const forbidden = await client.PUT("/api/servers/{serverId}/plugins/{pluginId}/requirement", {
    ...requirementPath,
    body: { status: "required", manifest },
    ...auth(bob.data!.token),
  });
  expect(forbidden.response.status).toBe(403);
  expect(validateApiError(forbidden.error)).toBe(true);
  expect(forbidden.error!.code).toBe("forbidden");

  await client.PUT("/api/servers/{serverId}/members/{userId}/permissions", {
    params: { path: { serverId, userId: bob.data!.user.id } },
    body: { manageServer: true },
    ...auth(alice.data!.token),
  });
  const put = await client.PUT("/api/servers/{serverId}/plugins/{pluginId}/requirement", {
    ...requirementPath,
    body: { status: "required", versionRange: "^1.0.0", manifest },
    ...auth(bob.data!.token),
  });
  expect(put.response.status).toBe(200);
  expect(put.data).toMatchObject({ pluginId: "dice-roller", status: "required", versionRange: "^1.0.0" });
  const changed = await aliceSocket.next();
  expect(validateServerEnvelope(changed)).toBe(true);
  expect(changed).toMatchObject({ type: "plugin_requirements_changed", serverId });
  expect(changed.snapshot.events.map((e: { eventName: string }) => e.eventName)).toEqual(["dice.rolled"]);

  const badManifest = await client.PUT("/api/servers/{serverId}/plugins/{pluginId}/requirement", {
    ...requirementPath,
    body: { status: "required", manifest: { ...manifest, capabilities: [] } },
    ...auth(bob.data!.token),
  });
  expect(badManifest.response.status).toBe(400);
  expect(badManifest.error!.details).toContainEqual(expect.objectContaining({ path: "/body/manifest/events/0/direction" }));

  const snapshot = await client.GET("/api/servers/{serverId}/plugins", { params: { path: { serverId } }, ...auth(bob.data!.token) });
  expect(validatePluginRequirementsSnapshot(snapshot.data)).toBe(true);
  expect(snapshot.data!.requirements.map((r) => r.pluginId)).toEqual(["dice-roller"]);
  expect(snapshot.data!.events).toEqual([
    expect.objectContaining({
      pluginId: "dice-roller",
      eventName: "dice.rolled",
      direction: "clientToServer",
      scope: "channel",
      maxPayloadBytes: 256,
    }),
  ]);
  expect(snapshot.data!.revision).toBeGreaterThanOrEqual(1);

  const malformed = await client.PUT("/api/servers/{serverId}/plugins/{pluginId}/requirement", {
    params: { path: { serverId, pluginId: "Dice Roller" } },
    body: { status: "required" },
    ...auth(bob.data!.token),
  });
  expect(malformed.response.status).toBe(400);
  expect(malformed.error!.details).toEqual([
    { path: "/path/pluginId", message: expect.stringContaining("must be plugin identifier: lower-case letters") },
  ]);

  const gone = await client.GET("/api/servers/{serverId}/plugins/{pluginId}/data/{key}", {
    params: { path: { serverId, pluginId: "dice-roller", key: "lastRoll" } },
    ...auth(bob.data!.token),
  });
  expect(gone.response.status).toBe(410);
  expect(gone.error!.code).toBe("gone");

  const bobSocket = await t.identified(bob.data!.token);
  await bobSocket.request({ type: "join_server", serverId });
  const channelId = created.data!.channels[0].id;
  const roll = {
    type: "plugin_event",
    serverId,
    pluginId: "dice-roller",
    eventName: "dice.rolled",
    direction: "clientToServer",
    channelId,
  };
  expect(await bobSocket.request({ ...roll, eventId: "roll-1", payload: { sides: 20, value: 17 } })).toMatchObject({
    type: "plugin_event_accepted",
    eventId: "roll-1",
    deliveredTo: 1,
  });
  const relayed = await aliceSocket.next();
  expect(validateServerEnvelope(relayed)).toBe(true);
  expect(relayed).toMatchObject({
    type: "plugin_event",
    eventId: "roll-1",
    sourceUserId: bob.data!.user.id,
    scope: "channel",
    payload: { sides: 20, value: 17 },
  });
  const cheat = await bobSocket.request({ ...roll, eventId: "roll-2", payload: { sides: 20, value: "20", extra: true } });
  expect(cheat).toMatchObject({ type: "plugin_event_rejected", eventId: "roll-2", code: "schema_mismatch" });
  expect(cheat.details.length).toBeGreaterThan(0);
  const oversized = await bobSocket.request({ ...roll, eventId: "roll-3", payload: { sides: 20, value: 1, pad: "x".repeat(300) } });
  expect(oversized).toMatchObject({ code: "payload_too_large" });
  expect(aliceSocket.pending()).toBe(0);

  const anonymous = await client.GET("/api/servers/{serverId}/plugins", { params: { path: { serverId } } });
  expect(anonymous.response.status).toBe(401);
  expect(anonymous.error!.code).toBe("unauthenticated");
});
