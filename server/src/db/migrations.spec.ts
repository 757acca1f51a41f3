// Upgrading a database made before stored chat: 0002 adds the chat tables and fills in what existing channels lack.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { QueryTypes } from "sequelize";
import { SequelizeStorage, Umzug } from "umzug";
import { hashSessionToken } from "../auth/session-tokens";
import { startTestServer, type TestServer } from "../testing/harness";
import { openSequelize, testDatabaseUrl, testDialect } from "../testing/test-databases";
import * as initial from "./migrations/0001-initial";

describe(`migration 0002-chat on a 0001 database (${testDialect})`, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "toju-migrate-"));
  const token = "t".repeat(43);
  let t: TestServer | undefined;
  afterAll(async () => {
    await t?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("backfills channel name keys and creation times; names then compare without case", async () => {
    const databaseUrl = await testDatabaseUrl(dir);
    const before = openSequelize(databaseUrl);
    const qi = before.getQueryInterface();
    await new Umzug({
      migrations: [{ name: initial.name, up: () => initial.up(qi), down: () => initial.down(qi) }],
      storage: new SequelizeStorage({ sequelize: before, tableName: "schema_migrations" }),
      logger: undefined,
    }).up();
    const created = new Date("2026-01-02T03:04:05.000Z");
    await qi.bulkInsert("users", [{ id: "u1", username: "olduser", password_hash: "x", password_salt: "y", created_at: created }]);
    // Issued just now: sessions expire 30 days after they were issued.
    await qi.bulkInsert("session_tokens", [{ token_hash: hashSessionToken(token), user_id: "u1", created_at: new Date() }]);
    await qi.bulkInsert("servers", [{ id: "s1", name: "Old", owner_id: "u1", plugin_revision: 0, created_at: created }]);
    await qi.bulkInsert("channels", [
      { id: "c1", server_id: "s1", name: "general" },
      { id: "c2", server_id: "s1", name: "Ünïcode Room" },
    ]);
    await qi.bulkInsert("memberships", [{ server_id: "s1", user_id: "u1", owner: true, manage_server: true, joined_at: created }]);
    await before.close();

    t = await startTestServer({ dir });
    const after = openSequelize(databaseUrl);
    try {
      const rows = await after.query<{ id: string; name_key: string; created_at: string }>(
        "SELECT id, name_key, created_at FROM channels ORDER BY id",
        { type: QueryTypes.SELECT },
      );
      expect(rows.map((r) => [r.id, r.name_key, new Date(r.created_at).toISOString()])).toEqual([
        ["c1", "general", created.toISOString()],
        ["c2", "ünïcode room", created.toISOString()],
      ]);
      const migrations = await after.query<{ name: string }>("SELECT name FROM schema_migrations ORDER BY name", {
        type: QueryTypes.SELECT,
      });
      expect(migrations.map((m) => m.name)).toEqual(["0001-initial", "0002-chat", "0003-hardening", "0004-message-replay"]);
    } finally {
      await after.close();
    }
    for (const name of ["ÜNÏCODE ROOM", "General"]) {
      expect((await t.api("POST", "/api/servers/s1/channels", { token, body: { name } })).status).toBe(409);
    }
    const fresh = await t.api("POST", "/api/servers/s1/channels", { token, body: { name: "new" } });
    expect(fresh.status).toBe(201);
    expect((await t.api("GET", "/api/servers/s1", { token })).body.channels.map((c: { id: string }) => c.id)).toEqual([
      "c1",
      "c2",
      fresh.body.id,
    ]);
  });
});
