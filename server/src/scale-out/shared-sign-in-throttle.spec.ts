// Failed sign-ins counted in Redis: two instances behind one load balancer allow a user name 10 failures in all, not 10
// each, and a client address 60; with Redis gone each instance still holds the limits on its own, and signs people in.
import { authThrottleLimit } from "@toju/generated/types/constants";
import type { AuthSession } from "@toju/generated/types/contract";
import { eventually, startTestServer, type HttpResult, type TestServer } from "../testing/harness";
import { startTestRedis, type TestRedis } from "../testing/redis-server";
import { createPostgresDatabase, dropPostgresDatabase } from "../testing/test-databases";

let redis: TestRedis;
let databaseUrl: string;
let a: TestServer, b: TestServer;

const login = (on: TestServer, username: string, password: string) => on.api("POST", "/api/auth/login", { body: { username, password } });
const refusedForRate = (res: HttpResult) => {
  expect([res.status, res.body?.code]).toEqual([429, "rate_limited"]);
  expect(Number(res.headers["retry-after"])).toBeGreaterThanOrEqual(1);
};

beforeAll(async () => {
  redis = await startTestRedis();
  databaseUrl = await createPostgresDatabase();
  const prefix = `throttle-${process.pid}:`;
  a = await startTestServer({ databaseUrl, redisUrl: redis.url, redisPrefix: prefix });
  b = await startTestServer({ databaseUrl, redisUrl: redis.url, redisPrefix: prefix });
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await redis?.stop();
  if (databaseUrl) await dropPostgresDatabase(databaseUrl);
});

it("refuses the 11th failed sign-in for a user name whichever instance the failures went to, the right password included", async () => {
  const victim: AuthSession = await a.register();
  const limit = authThrottleLimit.failedSignInsPerUsername;
  for (let i = 0; i < limit; i++) expect((await login(i % 2 ? a : b, victim.user.username, `wrong password ${i}`)).status).toBe(401);
  refusedForRate(await login(a, victim.user.username, "wrong password again"));
  refusedForRate(await login(b, victim.user.username.toUpperCase(), "correct horse battery"));
});

it("does not count successful sign-ins: an honest user signs in on both instances as often as they like", async () => {
  const honest = await b.register();
  for (let i = 0; i < authThrottleLimit.failedSignInsPerUsername + 2; i++) {
    expect((await login(i % 2 ? a : b, honest.user.username, "correct horse battery")).status).not.toBe(429);
  }
});

it("keeps counting on each instance alone while Redis is away, and still signs people in", async () => {
  const lone = await a.register();
  await redis.stop();
  try {
    const limit = authThrottleLimit.failedSignInsPerUsername;
    for (let i = 0; i < limit; i++) expect((await login(b, lone.user.username, `wrong password ${i}`)).status).toBe(401);
    refusedForRate(await login(b, lone.user.username, "wrong password again"));
    // A's own counters saw none of those failures.
    expect((await login(a, lone.user.username, "wrong password on A")).status).toBe(401);
  } finally {
    await redis.start();
  }
  await eventually(
    () => a.api("GET", "/api/health"),
    (res) => res.status === 200,
    15_000,
  );
});
