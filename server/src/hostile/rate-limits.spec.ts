// Hostile clients that flood: every frame after identify takes a token before any other check (refused frames too),
// and failed sign-ins are throttled per user name and per client address. On the old main only accepted plugin_events
// and relayed p2p_signals took tokens: 2,000 schema-violating frames and any number of send_message went unlimited;
// and 100 concurrent wrong-password logins were all checked (an honest login meanwhile took 7.5 s).
import { authThrottleLimit } from "@toju/generated/types/constants";
import type { AuthSession, Server } from "@toju/generated/types/contract";
import { apiAt, startTestServer, type TestClient, type TestServer } from "../testing/harness";

describe("the per-connection token bucket", () => {
  let t: TestServer;
  let owner: AuthSession;
  let server: Server;
  let client: TestClient;

  beforeAll(async () => {
    t = await startTestServer({ pluginEventRate: 1, pluginEventBurst: 5 });
    owner = await t.register();
    server = await t.createServer(owner.token);
    await t.api("PUT", `/api/servers/${server.id}/plugins/flood.plugin/events/flood.tick`, {
      token: owner.token,
      body: { direction: "clientToServer", scope: "server", schema: { type: "integer" } },
    });
  });
  afterAll(() => t.stop());
  beforeEach(async () => {
    client = await t.identified(owner.token);
  });

  /** Sends `count` frames at once and collects one answer per frame: its code, or `ok`. */
  async function burst(count: number, frameOf: (i: number) => unknown): Promise<string[]> {
    for (let i = 0; i < count; i++) client.send(frameOf(i));
    const codes: string[] = [];
    for (let i = 0; i < count; i++) {
      const reply = await client.next();
      codes.push(reply.code ?? "ok");
    }
    return codes;
  }

  const expectBucketOf5 = (codes: string[], first: string) =>
    expect(codes).toEqual([...Array<string>(5).fill(first), ...Array<string>(codes.length - 5).fill("rate_limited")]);

  it("refused plugin_events take tokens: schema violations, then rate_limited (plugin_event_rejected with the eventId)", async () => {
    const frames = (i: number) => ({
      type: "plugin_event",
      eventId: `bad${i}`,
      serverId: server.id,
      pluginId: "flood.plugin",
      eventName: "flood.tick",
      direction: "clientToServer",
      payload: "not an integer",
    });
    expectBucketOf5(await burst(40, frames), "schema_mismatch");
  });

  it("invalid frames take tokens: invalid_envelope, then rate_limited as an error with the requestId", async () => {
    const codes = await burst(40, (i) => ({ type: "no_such_frame", requestId: `r${i}` }));
    expectBucketOf5(codes, "invalid_envelope");
    client.send("not json at all");
    expect(await client.next()).toMatchObject({ type: "error", code: "rate_limited" });
  });

  it("send_message takes tokens: five messages are stored, the rest refused", async () => {
    const codes = await burst(12, (i) => ({
      type: "send_message",
      serverId: server.id,
      channelId: server.channels[0].id,
      content: `m${i}`,
    }));
    expectBucketOf5(codes, "ok");
    const history = await t.api("GET", `/api/servers/${server.id}/channels/${server.channels[0].id}/messages`, { token: owner.token });
    expect((history.body as unknown as { content: string }[]).map((m) => m.content)).toEqual(["m4", "m3", "m2", "m1", "m0"]);
  });

  it("is off when the rate is 0", async () => {
    const open = await startTestServer({ pluginEventRate: 0 });
    try {
      const user = await open.register();
      const socket = await open.identified(user.token);
      for (let i = 0; i < 300; i++) socket.send({ type: "no_such_frame" });
      for (let i = 0; i < 300; i++) expect((await socket.next()).code).toBe("invalid_envelope");
    } finally {
      await open.stop();
    }
  });
});

describe("sign-in throttling", () => {
  let t: TestServer;
  /** Requests from 127.0.0.`n`: each test is a client address of its own. */
  const from = (n: number) => apiAt(t.server.port, `127.0.0.${n}`);
  const login = (n: number, username: string, password: string) => from(n)("POST", "/api/auth/login", { body: { username, password } });

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it("answers 429 with Retry-After after 10 failed sign-ins for a user name (any case), even for the right password", async () => {
    await t.register("victim1");
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await login(10, i % 2 ? "VICTIM1" : "victim1", "wrong password")).status);
    expect(statuses).toEqual(Array(10).fill(401));
    const refused = await login(11, "victim1", "correct horse battery");
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: "rate_limited" });
    const retryAfter = Number(refused.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(authThrottleLimit.windowSeconds);
    expect((await login(11, (await t.register()).user.username, "correct horse battery")).status).toBe(200);
  });

  it("counts concurrent attempts as they arrive: 30 at once get exactly 10 password checks", async () => {
    await t.register("victim2");
    const results = await Promise.all(Array.from({ length: 30 }, () => login(12, "victim2", "wrong password")));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(20).fill(429)]);
  });

  it("does not count successful sign-ins", async () => {
    const user = await t.register();
    for (let i = 0; i < 15; i++) expect((await login(13, user.user.username, "correct horse battery")).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await login(13, user.user.username, "wrong password")).status).toBe(401);
    expect((await login(13, user.user.username, "wrong password")).status).toBe(429);
  });

  it("answers 429 after 60 failed sign-ins or registrations from one address, for any user name", async () => {
    await t.register("taken-name");
    const taken = await from(14)("POST", "/api/auth/register", { body: { username: "TAKEN-name", password: "correct horse battery" } });
    expect(taken.status).toBe(409);
    const statuses = await Promise.all(Array.from({ length: 59 }, (_, i) => login(14, `nobody${i}`, "wrong password")));
    expect(statuses.map((r) => r.status)).toEqual(Array(59).fill(401));
    const registration = await from(14)("POST", "/api/auth/register", {
      body: { username: "fresh-name", password: "correct horse battery" },
    });
    expect(registration.status).toBe(429);
    expect(registration.headers["retry-after"]).toMatch(/^\d+$/);
    expect((await login(15, "nobody1", "wrong password")).status).toBe(401);
  }, 45_000);
});
