// Hostile clients that hoard: quotas on what one user can create, refused with 403 `quota_exceeded` (nothing
// changes), and a server-state cache that forgets instead of growing. On the old main one user created 2,000 servers
// in 10.6 s, requirements per server were unbounded and the server-state cache was never evicted.
import { quota } from "@toju/generated/types/constants";
import { validateApiError } from "@toju/generated/validators";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { diceManifest } from "../testing/fixtures";
import { startTestServer, type HttpResult, type TestServer } from "../testing/harness";

let t: TestServer;
let owner: AuthSession;

beforeAll(async () => {
  t = await startTestServer();
  owner = await t.register();
});
afterAll(() => t.stop());

function expectQuotaExceeded(res: HttpResult): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: "quota_exceeded" });
  expect(validateApiError(res.body)).toBe(true);
}

it(`refuses a user's ${quota.serversOwnedPerUser + 1}st server; other users are not affected`, async () => {
  for (let i = 1; i < quota.serversOwnedPerUser; i++) await t.createServer(owner.token, `Server ${i}`);
  const last = await t.createServer(owner.token, "The last one");
  expectQuotaExceeded(await t.api("POST", "/api/servers", { token: owner.token, body: { name: "One too many" } }));
  expect((await t.api("GET", "/api/servers", { token: owner.token })).body).toHaveLength(quota.serversOwnedPerUser);
  const other = await t.register();
  expect((await t.api("POST", "/api/servers", { token: other.token, body: { name: "Mine" } })).status).toBe(201);
  expect(last.channels).toHaveLength(1);
}, 30_000);

describe("one server", () => {
  let server: Server;
  const plugins = () => `/api/servers/${server.id}/plugins`;

  beforeEach(async () => {
    const user = await t.register();
    owner = user;
    server = await t.createServer(user.token);
  });

  it(`refuses its ${quota.channelsPerServer + 1}st channel (general included)`, async () => {
    for (let i = 1; i < quota.channelsPerServer; i++) {
      expect((await t.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: `c${i}` } })).status).toBe(201);
    }
    expectQuotaExceeded(await t.api("POST", `/api/servers/${server.id}/channels`, { token: owner.token, body: { name: "extra" } }));
    expect((await t.api("GET", `/api/servers/${server.id}`, { token: owner.token })).body.channels).toHaveLength(quota.channelsPerServer);
  }, 30_000);

  it(`refuses its ${quota.requirementsPerServer + 1}st requirement, but still replaces one it has`, async () => {
    for (let i = 0; i < quota.requirementsPerServer; i++) {
      const res = await t.api("PUT", `${plugins()}/req-${i}.plugin/requirement`, { token: owner.token, body: { status: "optional" } });
      expect(res.status).toBe(200);
    }
    const revision = (await t.api("GET", plugins(), { token: owner.token })).body.revision;
    expectQuotaExceeded(
      await t.api("PUT", `${plugins()}/one-more.plugin/requirement`, { token: owner.token, body: { status: "optional" } }),
    );
    expect((await t.api("GET", plugins(), { token: owner.token })).body.revision).toBe(revision);
    expect((await t.api("PUT", `${plugins()}/req-0.plugin/requirement`, { token: owner.token, body: { status: "required" } })).status).toBe(
      200,
    );
  }, 60_000);

  it(`refuses its ${quota.eventDefinitionsPerServer + 1}st event definition, declared by a manifest or put alone`, async () => {
    const manyEvents = (id: string, count: number) => ({
      ...diceManifest(id),
      events: Array.from({ length: count }, (_, i) => ({ eventName: `ev.n${i}`, direction: "clientToServer", scope: "server" })),
    });
    const perManifest = quota.eventDefinitionsPerServer / 2;
    for (const id of ["first.plugin", "second.plugin"]) {
      const res = await t.api("PUT", `${plugins()}/${id}/requirement`, {
        token: owner.token,
        body: { status: "required", manifest: manyEvents(id, perManifest) },
      });
      expect(res.status).toBe(200);
    }
    const event = { direction: "clientToServer", scope: "server" };
    expectQuotaExceeded(await t.api("PUT", `${plugins()}/first.plugin/events/ev.extra`, { token: owner.token, body: event }));
    expectQuotaExceeded(
      await t.api("PUT", `${plugins()}/third.plugin/requirement`, {
        token: owner.token,
        body: { status: "required", manifest: manyEvents("third.plugin", 1) },
      }),
    );
    expect((await t.api("GET", plugins(), { token: owner.token })).body.events).toHaveLength(quota.eventDefinitionsPerServer);
    expect((await t.api("PUT", `${plugins()}/first.plugin/events/ev.n0`, { token: owner.token, body: event })).status).toBe(200);
  }, 30_000);
});

it("keeps at most its cache size of server states, and a forgotten server is loaded again with its current state", async () => {
  const small = await startTestServer({ serverStateCacheSize: 2 });
  try {
    const user = await small.register();
    const servers = [
      await small.createServer(user.token, "A"),
      await small.createServer(user.token, "B"),
      await small.createServer(user.token, "C"),
    ];
    for (const [i, s] of servers.entries())
      await small.api("PUT", `/api/servers/${s.id}/plugins/p${i}.plugin/requirement`, { token: user.token, body: { status: "optional" } });
    for (let round = 0; round < 2; round++) {
      for (const [i, s] of servers.entries()) {
        const snapshot = (await small.api("GET", `/api/servers/${s.id}/plugins`, { token: user.token })).body;
        expect(snapshot.requirements.map((r: { pluginId: string }) => r.pluginId)).toEqual([`p${i}.plugin`]);
      }
    }
    const client = await small.identified(user.token);
    expect((await client.request({ type: "join_server", serverId: servers[0].id })).type).toBe("server_joined");
  } finally {
    await small.stop();
  }
});
