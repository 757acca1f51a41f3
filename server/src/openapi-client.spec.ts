// A client written only from generated/openapi/openapi.json (openapi-fetch + the `paths` of generated/types/contract.ts) works against the server.
import createClient from "openapi-fetch";
import type { paths } from "@toju/generated/types/contract";
import {
  validateApiError,
  validateAuthSession,
  validateMembership,
  validatePluginEventDefinition,
  validatePluginRequirement,
  validatePluginRequirementsSnapshot,
  validateServer,
} from "@toju/generated/validators";
import { startTestServer, type TestServer } from "./testing/harness";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

it("walks the whole contract with a generated client", async () => {
  const anonymous = createClient<paths>({ baseUrl: t.server.url });
  expect((await anonymous.GET("/api/health")).data).toEqual({ status: "ok", database: "ok", redis: "disabled" });
  const registered = await anonymous.POST("/api/auth/register", { body: { username: "sdk-user", password: "sdk password 1" } });
  expect(registered.response.status).toBe(201);
  expect(validateAuthSession(registered.data)).toBe(true);
  const memberSession = await anonymous.POST("/api/auth/register", { body: { username: "sdk-member", password: "sdk password 2" } });
  const login = await anonymous.POST("/api/auth/login", { body: { username: "sdk-user", password: "sdk password 1" } });
  expect(validateAuthSession(login.data)).toBe(true);

  const api = createClient<paths>({ baseUrl: t.server.url, headers: { authorization: `Bearer ${login.data!.token}` } });
  const member = createClient<paths>({ baseUrl: t.server.url, headers: { authorization: `Bearer ${memberSession.data!.token}` } });
  const created = await api.POST("/api/servers", { body: { name: "SDK" } });
  expect(created.response.status).toBe(201);
  expect(validateServer(created.data)).toBe(true);
  const serverId = created.data!.id;
  const joined = await member.POST("/api/servers/{serverId}/members", { params: { path: { serverId } } });
  expect(validateMembership(joined.data)).toBe(true);
  const permissions = await api.PUT("/api/servers/{serverId}/members/{userId}/permissions", {
    params: { path: { serverId, userId: joined.data!.userId } },
    body: { manageServer: true },
  });
  expect(permissions.data?.permissions.manageServer).toBe(true);

  const requirement = await member.PUT("/api/servers/{serverId}/plugins/{pluginId}/requirement", {
    params: { path: { serverId, pluginId: "sdk.plugin" } },
    body: { status: "recommended", sourceUrl: "https://example.com/src" },
  });
  expect(validatePluginRequirement(requirement.data)).toBe(true);
  const event = await member.PUT("/api/servers/{serverId}/plugins/{pluginId}/events/{eventName}", {
    params: { path: { serverId, pluginId: "sdk.plugin", eventName: "sdk.ping" } },
    body: { direction: "clientToServer", scope: "plugin", schema: { type: "object" } },
  });
  expect(validatePluginEventDefinition(event.data)).toBe(true);
  const snapshot = await api.GET("/api/servers/{serverId}/plugins", { params: { path: { serverId } } });
  expect(validatePluginRequirementsSnapshot(snapshot.data)).toBe(true);
  expect(snapshot.data).toMatchObject({ revision: 2, requirements: [{ pluginId: "sdk.plugin" }], events: [{ eventName: "sdk.ping" }] });

  const removedEvent = await api.DELETE("/api/servers/{serverId}/plugins/{pluginId}/events/{eventName}", {
    params: { path: { serverId, pluginId: "sdk.plugin", eventName: "sdk.ping" } },
  });
  expect(removedEvent.response.status).toBe(204);
  const removed = await api.DELETE("/api/servers/{serverId}/plugins/{pluginId}/requirement", {
    params: { path: { serverId, pluginId: "sdk.plugin" } },
  });
  expect(removed.response.status).toBe(204);
  const again = await api.DELETE("/api/servers/{serverId}/plugins/{pluginId}/requirement", {
    params: { path: { serverId, pluginId: "sdk.plugin" } },
  });
  expect(again.response.status).toBe(404);
  expect(validateApiError(again.error)).toBe(true);
  const data = await api.GET("/api/servers/{serverId}/plugins/{pluginId}/data/{key}", {
    params: { path: { serverId, pluginId: "sdk.plugin", key: "score" } },
  });
  expect(data.response.status).toBe(410);
  expect(validateApiError(data.error)).toBe(true);
});
