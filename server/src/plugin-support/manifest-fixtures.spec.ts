// The shared manifest fixtures (contracts/fixtures/manifests) through PUT requirement: valid → 200, invalid → 400.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { startTestServer, type TestServer } from "../testing/harness";

const fixtures = path.resolve(__dirname, "..", "..", "..", "contracts", "fixtures", "manifests");
const list = (kind: string) =>
  readdirSync(path.join(fixtures, kind))
    .filter((f) => f.endsWith(".json"))
    .sort();
const read = (kind: string, file: string) => JSON.parse(readFileSync(path.join(fixtures, kind, file), "utf8"));

let t: TestServer;
let owner: AuthSession;
let server: Server;
beforeAll(async () => {
  t = await startTestServer();
  owner = await t.register();
  server = await t.createServer(owner.token);
});
afterAll(() => t.stop());

const put = (pluginId: string, manifest: unknown) =>
  t.api("PUT", `/api/servers/${server.id}/plugins/${encodeURIComponent(pluginId)}/requirement`, {
    token: owner.token,
    body: { status: "required", manifest },
  });

it.each(list("valid"))("valid/%s is accepted with its events", async (file) => {
  const manifest = read("valid", file);
  const res = await put(manifest.id, manifest);
  expect({ status: res.status, body: res.status === 200 ? "ok" : res.body }).toEqual({ status: 200, body: "ok" });
  expect(res.body.manifest).toEqual(manifest);
  const snapshot = (await t.api("GET", `/api/servers/${server.id}/plugins`, { token: owner.token })).body;
  const events = snapshot.events
    .filter((e: { pluginId: string }) => e.pluginId === manifest.id)
    .map((e: { eventName: string }) => e.eventName);
  expect(events.sort()).toEqual((manifest.events ?? []).map((e: { eventName: string }) => e.eventName).sort());
});

it.each(list("invalid"))("invalid/%s is refused with 400 and /body/manifest details", async (file) => {
  const manifest = read("invalid", file);
  const pluginId =
    typeof manifest.id === "string" && /^[a-z0-9][a-z0-9.-]{1,126}[a-z0-9]$/.test(manifest.id) ? manifest.id : "fixture.plugin";
  const res = await put(pluginId, manifest);
  expect(res.status).toBe(400);
  expect(res.body.code).toBe("invalid_request");
  expect(res.body.details.length).toBeGreaterThan(0);
  expect(res.body.details.every((d: { path: string }) => d.path.startsWith("/body/manifest"))).toBe(true);
});
