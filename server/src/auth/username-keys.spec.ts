// Upgrading a database whose user names differ only in case (made before 0003): the oldest account keeps the name's
// key, the later ones still sign in with their exact spelling, and no new account can take any spelling of it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Sequelize } from "sequelize";
import { SequelizeStorage, Umzug } from "umzug";
import * as initial from "../db/migrations/0001-initial";
import * as chat from "../db/migrations/0002-chat";
import { startTestServer, type TestServer } from "../testing/harness";
import { PasswordHasher } from "./password";

describe("migration 0003 on names that differ only in case", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "toju-names-"));
  let t: TestServer | undefined;
  afterAll(async () => {
    await t?.stop({ keepFiles: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every account able to sign in and reserves the name in every case", async () => {
    const before = new Sequelize({ dialect: "sqlite", storage: path.join(dir, "toju.sqlite"), logging: false });
    const qi = before.getQueryInterface();
    await new Umzug({
      migrations: [initial, chat].map((m) => ({ name: m.name, up: () => m.up(qi), down: () => m.down(qi) })),
      storage: new SequelizeStorage({ sequelize: before, tableName: "schema_migrations" }),
      logger: undefined,
    }).up();
    const password = await new PasswordHasher(1).hash("correct horse battery", "test");
    const user = (id: string, username: string, created: string) => ({
      id,
      username,
      password_hash: password.hash,
      password_salt: password.salt,
      created_at: new Date(created),
    });
    await qi.bulkInsert("users", [user("newer", "Bob", "2026-02-01T00:00:00Z"), user("older", "bob", "2026-01-01T00:00:00Z")]);
    await before.close();
    // The upgrade is staged on a sqlite file, so the server opens that file whichever database the suite runs on.
    t = await startTestServer({ dir, databaseUrl: `sqlite:${path.join(dir, "toju.sqlite")}` });
    const login = async (username: string) =>
      (await t!.api("POST", "/api/auth/login", { body: { username, password: "correct horse battery" } })).body.user?.id;
    expect([await login("bob"), await login("Bob"), await login("BOB"), await login("bOB")]).toEqual(["older", "newer", "older", "older"]);
    const taken = await t.api("POST", "/api/auth/register", { body: { username: "bOb", password: "correct horse battery" } });
    expect(taken.status).toBe(409);
  });
});
