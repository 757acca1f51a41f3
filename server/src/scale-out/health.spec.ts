// GET /api/health on an instance with PostgreSQL and Redis: 503 naming the dependency that went away (a Redis of the
// test's own, stopped; the database refusing connections), 200 again once it is back, without a restart.
import { QueryTypes } from "sequelize";
import { eventually, startTestServer, type HttpResult, type TestServer } from "../testing/harness";
import { startTestRedis, type TestRedis } from "../testing/redis-server";
import { createPostgresDatabase, dropPostgresDatabase, openSequelize } from "../testing/test-databases";

let redis: TestRedis;
let databaseUrl: string;
let t: TestServer;

const health = () => t.api("GET", "/api/health");
const reads = (status: number, body: Record<string, string>) => (res: HttpResult) =>
  res.status === status && JSON.stringify(res.body) === JSON.stringify(body);

/** Lets the database take connections or not, and ends the ones it has (as a restart or a failover would). */
async function databaseAllowsConnections(allow: boolean): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = openSequelize(process.env.TOJU_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  try {
    await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS ${allow}`);
    if (!allow) {
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name", {
        replacements: { name },
        type: QueryTypes.SELECT,
      });
    }
  } finally {
    await admin.close();
  }
}

beforeAll(async () => {
  redis = await startTestRedis();
  databaseUrl = await createPostgresDatabase();
  t = await startTestServer({ databaseUrl, redisUrl: redis.url, redisPrefix: `health-${process.pid}:` });
});

afterAll(async () => {
  await t?.stop();
  await redis?.stop();
  if (databaseUrl) {
    await databaseAllowsConnections(true);
    await dropPostgresDatabase(databaseUrl);
  }
});

it("is 200 with the database and Redis ok", async () => {
  expect(reads(200, { status: "ok", database: "ok", redis: "ok" })(await health())).toBe(true);
});

it("is 503 naming Redis while it is down, and 200 again once it is back", async () => {
  await redis.stop();
  await eventually(health, reads(503, { status: "unavailable", database: "ok", redis: "unavailable" }));
  await redis.start();
  await eventually(health, reads(200, { status: "ok", database: "ok", redis: "ok" }));
});

it("is 503 naming the database while it refuses connections, then serves requests again without a restart", async () => {
  const owner = await t.register();
  await databaseAllowsConnections(false);
  await eventually(health, reads(503, { status: "unavailable", database: "unavailable", redis: "ok" }));
  const refused = await t.api("POST", "/api/servers", { token: owner.token, body: { name: "During" } });
  expect(refused.status).toBeGreaterThanOrEqual(500);
  expect(refused.body).toMatchObject({ code: "internal" });
  await databaseAllowsConnections(true);
  await eventually(health, reads(200, { status: "ok", database: "ok", redis: "ok" }));
  expect((await t.api("POST", "/api/servers", { token: owner.token, body: { name: "After" } })).status).toBe(201);
});
