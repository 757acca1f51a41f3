// REST plugin-support routes: snapshot, requirement and event upserts/removals, 410 data routes, every error status.
import {
  validateApiError,
  validatePluginEventDefinition,
  validatePluginRequirement,
  validatePluginRequirementsSnapshot,
} from "@toju/generated/validators";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { diceManifest, scoreSchema } from "../testing/fixtures";
import { startTestServer, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession;
let manager: AuthSession;
let member: AuthSession;
let outsider: AuthSession;
let server: Server;
let base: string;

beforeAll(async () => {
  t = await startTestServer();
  [owner, manager, member, outsider] = [await t.register(), await t.register(), await t.register(), await t.register()];
  server = await t.createServer(owner.token);
  base = `/api/servers/${server.id}/plugins`;
  for (const u of [manager, member]) await t.api("POST", `/api/servers/${server.id}/members`, { token: u.token });
  await t.api("PUT", `/api/servers/${server.id}/members/${manager.user.id}/permissions`, {
    token: owner.token,
    body: { manageServer: true },
  });
});
afterAll(() => t.stop());

function expectApiError(res: { status: number; body: unknown }, status: number, code: string): void {
  expect({ status: res.status, code: (res.body as { code?: string })?.code }).toEqual({ status, code });
  expect(validateApiError(res.body)).toBe(true);
}

const big = "x".repeat(300 * 1024);

describe("GET snapshot", () => {
  it("is 200 for any signed-in user, 401 without a token, 400 bad id, 404 unknown server", async () => {
    const res = await t.api("GET", base, { token: outsider.token });
    expect(res.status).toBe(200);
    expect(validatePluginRequirementsSnapshot(res.body)).toBe(true);
    expect(res.body).toMatchObject({ serverId: server.id, requirements: [], events: [] });
    expectApiError(await t.api("GET", base), 401, "unauthenticated");
    expectApiError(await t.api("GET", "/api/servers/b%C3%A4d/plugins", { token: member.token }), 400, "invalid_request");
    expectApiError(await t.api("GET", "/api/servers/unknown/plugins", { token: member.token }), 404, "not_found");
  });
});

describe("requirements", () => {
  it("PUT creates and replaces (200), bumps the revision, lists sorted; DELETE 204 then 404", async () => {
    const before = (await t.api("GET", base, { token: member.token })).body.revision;
    const put = await t.api("PUT", `${base}/zeta.plugin/requirement`, {
      token: manager.token,
      body: { status: "optional", versionRange: "^1.2.0", installUrl: "https://example.com/zeta" },
    });
    expect(put.status).toBe(200);
    expect(validatePluginRequirement(put.body)).toBe(true);
    expect(put.body).toMatchObject({ pluginId: "zeta.plugin", status: "optional", versionRange: "^1.2.0" });
    await t.api("PUT", `${base}/alpha.plugin/requirement`, { token: owner.token, body: { status: "required" } });
    const replaced = await t.api("PUT", `${base}/zeta.plugin/requirement`, { token: manager.token, body: { status: "recommended" } });
    expect(replaced.body).toEqual({ pluginId: "zeta.plugin", status: "recommended", updatedAt: expect.any(String) });
    const snapshot = (await t.api("GET", base, { token: member.token })).body;
    expect(snapshot.revision).toBe(before + 3);
    expect(snapshot.requirements.map((r: { pluginId: string }) => r.pluginId)).toEqual(["alpha.plugin", "zeta.plugin"]);
    const removed = await t.api("DELETE", `${base}/alpha.plugin/requirement`, { token: manager.token });
    expect(removed.status).toBe(204);
    expect(removed.text).toBe("");
    expectApiError(await t.api("DELETE", `${base}/alpha.plugin/requirement`, { token: manager.token }), 404, "not_found");
  });

  it("a manifest is validated, must match the path, and its events are registered in the same change", async () => {
    const ok = await t.api("PUT", `${base}/dice.roller/requirement`, {
      token: manager.token,
      body: { status: "required", manifest: diceManifest() },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.manifest.id).toBe("dice.roller");
    const snapshot = (await t.api("GET", base, { token: member.token })).body;
    expect(snapshot.events).toContainEqual(
      expect.objectContaining({ pluginId: "dice.roller", eventName: "dice.rolled", maxPayloadBytes: 1024 }),
    );
    const mismatch = await t.api("PUT", `${base}/other.plugin/requirement`, {
      token: manager.token,
      body: { status: "required", manifest: diceManifest() },
    });
    expectApiError(mismatch, 400, "invalid_request");
    expect(mismatch.body.details).toContainEqual(expect.objectContaining({ path: "/body/manifest/id" }));
    const semantic = diceManifest("sem.plugin");
    semantic.capabilities = [];
    const bad = await t.api("PUT", `${base}/sem.plugin/requirement`, {
      token: manager.token,
      body: { status: "required", manifest: semantic },
    });
    expectApiError(bad, 400, "invalid_request");
    expect(bad.body.details.every((d: { path: string }) => d.path.startsWith("/body/manifest"))).toBe(true);
    const badSchema = diceManifest("schema.plugin");
    (badSchema.events[0] as { schema: object }).schema = { $ref: "https://evil.example/schema.json" };
    expectApiError(
      await t.api("PUT", `${base}/schema.plugin/requirement`, { token: manager.token, body: { status: "required", manifest: badSchema } }),
      400,
      "invalid_request",
    );
    const after = (await t.api("GET", base, { token: member.token })).body;
    expect(after.revision).toBe(snapshot.revision);
  });

  it("400 for bad bodies and ids, 403 without manageServer, 404 unknown server, 413 oversize, 401 first", async () => {
    const url = `${base}/some.plugin/requirement`;
    for (const body of [
      { status: "mandatory" },
      { status: "required", installUrl: "ftp://x" },
      { status: "required", versionRange: "not a range!" },
      { status: "required", extra: true },
      [],
      { status: ["required"] },
    ]) {
      expectApiError(await t.api("PUT", url, { token: manager.token, body }), 400, "invalid_request");
    }
    expectApiError(
      await t.api("PUT", `${base}/Bad_Plugin/requirement`, { token: manager.token, body: { status: "required" } }),
      400,
      "invalid_request",
    );
    expectApiError(await t.api("PUT", url, { token: member.token, body: { status: "required" } }), 403, "forbidden");
    expectApiError(await t.api("DELETE", url, { token: member.token }), 403, "forbidden");
    expectApiError(
      await t.api("PUT", "/api/servers/unknown/plugins/some.plugin/requirement", { token: manager.token, body: { status: "required" } }),
      404,
      "not_found",
    );
    expectApiError(await t.api("PUT", url, { token: manager.token, raw: big }), 413, "payload_too_large");
    expectApiError(await t.api("PUT", url, { body: { status: "required" } }), 401, "unauthenticated");
    expectApiError(await t.api("DELETE", url), 401, "unauthenticated");
    expectApiError(
      await t.api("DELETE", "/api/servers/unknown/plugins/some.plugin/requirement", { token: manager.token }),
      404,
      "not_found",
    );
    expectApiError(await t.api("DELETE", `${base}/-bad/requirement`, { token: manager.token }), 400, "invalid_request");
  });
});

describe("event definitions", () => {
  it("PUT registers (200, default maxPayloadBytes 65536), replaces; DELETE 204 then 404", async () => {
    const url = `${base}/score.board/events/score.posted`;
    const put = await t.api("PUT", url, {
      token: manager.token,
      body: { direction: "clientToServer", scope: "channel", schema: scoreSchema },
    });
    expect(put.status).toBe(200);
    expect(validatePluginEventDefinition(put.body)).toBe(true);
    expect(put.body).toMatchObject({ pluginId: "score.board", eventName: "score.posted", scope: "channel", maxPayloadBytes: 65536 });
    const replaced = await t.api("PUT", url, { token: owner.token, body: { direction: "p2pHint", scope: "user", maxPayloadBytes: 10 } });
    expect(replaced.body).toMatchObject({ direction: "p2pHint", scope: "user", maxPayloadBytes: 10 });
    expect(replaced.body.schema).toBeUndefined();
    expect((await t.api("DELETE", url, { token: manager.token })).status).toBe(204);
    expectApiError(await t.api("DELETE", url, { token: manager.token }), 404, "not_found");
  });

  it("refuses schemas that do not compile, reach outside, exceed 16 KiB, hold a pattern RE2 cannot run or an unbounded uniqueItems (400)", async () => {
    const url = `${base}/score.board/events/score.bad`;
    const schemas = [
      { type: "object", properties: { a: { type: "no-such-type" } } },
      { $ref: "http://example.com/other.json" },
      { type: "object", unknownKeyword: true },
      { type: "object", description: "x".repeat(17 * 1024) },
      { type: "object", properties: { name: { type: "string", pattern: "^(?!admin).*$" } } },
      { type: "array", uniqueItems: true },
    ];
    for (const schema of schemas) {
      const res = await t.api("PUT", url, { token: manager.token, body: { direction: "clientToServer", scope: "server", schema } });
      expectApiError(res, 400, "invalid_request");
      expect(res.body.details[0].path.startsWith("/body/schema")).toBe(true);
    }
  });

  it("400 for bad bodies and names, 403, 404, 413, 401", async () => {
    const url = `${base}/score.board/events/score.x`;
    for (const body of [
      { direction: "sideways", scope: "server" },
      { direction: "clientToServer", scope: "server", maxPayloadBytes: 0 },
      { direction: "clientToServer", scope: "server", maxPayloadBytes: 1048577 },
      { direction: "clientToServer", scope: "server", maxPayloadBytes: "100" },
      { direction: "clientToServer" },
    ]) {
      expectApiError(await t.api("PUT", url, { token: manager.token, body }), 400, "invalid_request");
    }
    expectApiError(
      await t.api("PUT", `${base}/score.board/events/Score`, {
        token: manager.token,
        body: { direction: "clientToServer", scope: "server" },
      }),
      400,
      "invalid_request",
    );
    expectApiError(
      await t.api("PUT", url, { token: member.token, body: { direction: "clientToServer", scope: "server" } }),
      403,
      "forbidden",
    );
    expectApiError(await t.api("DELETE", url, { token: member.token }), 403, "forbidden");
    expectApiError(
      await t.api("PUT", "/api/servers/unknown/plugins/score.board/events/score.x", {
        token: manager.token,
        body: { direction: "clientToServer", scope: "server" },
      }),
      404,
      "not_found",
    );
    expectApiError(await t.api("PUT", url, { token: manager.token, raw: big }), 413, "payload_too_large");
    expectApiError(await t.api("PUT", url, { body: {} }), 401, "unauthenticated");
  });
});

describe("data routes", () => {
  it("are 410 gone once the caller and path are valid; 401, 400, 404, 413 before that", async () => {
    const url = `${base}/score.board/data/high.score`;
    for (const method of ["GET", "PUT", "DELETE"]) {
      expectApiError(
        await t.api(method, url, { token: member.token, ...(method === "PUT" ? { body: { any: "value" } } : {}) }),
        410,
        "gone",
      );
      expectApiError(await t.api(method, url), 401, "unauthenticated");
      expectApiError(await t.api(method, `${base}/score.board/data/Bad-Key!`, { token: member.token }), 400, "invalid_request");
      expectApiError(
        await t.api(method, "/api/servers/unknown/plugins/score.board/data/high.score", { token: member.token }),
        404,
        "not_found",
      );
    }
    expectApiError(await t.api("PUT", url, { token: member.token, raw: "{not json" }), 410, "gone");
    expectApiError(await t.api("PUT", url, { token: member.token, raw: big }), 413, "payload_too_large");
  });
});

describe("concurrent changes", () => {
  it("each change bumps the revision by exactly one, and watchers see the snapshots in commit order", async () => {
    const watcher = await t.identified(member.token);
    await watcher.request({ type: "view_server", serverId: server.id });
    const start = (await t.api("GET", base, { token: member.token })).body.revision;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.api("PUT", `${base}/conc-${i}.plugin/requirement`, { token: manager.token, body: { status: "optional" } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const revisions: number[] = [];
    for (let i = 0; i < 20; i++) revisions.push((await watcher.next()).snapshot.revision);
    expect(revisions).toEqual(Array.from({ length: 20 }, (_, i) => start + i + 1));
    expect((await t.api("GET", base, { token: member.token })).body.revision).toBe(start + 20);
  });
});
