// The database a test server runs on: a sqlite file in its folder, or (when the jest project sets
// TOJU_TEST_DATABASE=postgres) a PostgreSQL database of its own, named after that folder, created and dropped here.
import { createHash } from "node:crypto";
import path from "node:path";
import { QueryTypes, Sequelize } from "sequelize";
import { dialectOf, sqliteFile, type DatabaseDialect } from "../db/database";

export const testDialect: DatabaseDialect = process.env.TOJU_TEST_DATABASE === "postgres" ? "postgres" : "sqlite";

/** The maintenance database tests connect to in order to create and drop their own. */
const adminUrl = process.env.TOJU_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function postgresUrl(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (admin: Sequelize) => Promise<T>): Promise<T> {
  const admin = new Sequelize(adminUrl, { logging: false, pool: { max: 1 } });
  try {
    return await work(admin);
  } finally {
    await admin.close();
  }
}

/** A new, empty PostgreSQL database with a random (or given) name; resolves to its URL. */
export async function createPostgresDatabase(
  name = `toju_t_${createHash("sha1").update(`${Math.random()}${Date.now()}`).digest("hex").slice(0, 16)}`,
): Promise<string> {
  await withAdmin(async (admin) => {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = :name", {
      replacements: { name },
      type: QueryTypes.SELECT,
    });
    if (exists.length === 0) await admin.query(`CREATE DATABASE "${name}"`);
  });
  return postgresUrl(name);
}

export async function dropPostgresDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** The database of a test server whose files live in `dir`, in the test dialect (the same `dir` gives the same database). */
export async function testDatabaseUrl(dir: string): Promise<string> {
  if (testDialect === "sqlite") return `sqlite:${path.join(dir, "toju.sqlite")}`;
  return createPostgresDatabase(`toju_t_${createHash("sha1").update(path.resolve(dir)).digest("hex").slice(0, 20)}`);
}

/** Removes what `testDatabaseUrl` made (a sqlite file goes with its folder). */
export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  if (dialectOf(databaseUrl) === "postgres") await dropPostgresDatabase(databaseUrl);
}

/** A bare sequelize connection to a test database, for building or inspecting it outside the server. */
export function openSequelize(databaseUrl: string): Sequelize {
  const file = sqliteFile(databaseUrl);
  return file ? new Sequelize({ dialect: "sqlite", storage: file, logging: false }) : new Sequelize(databaseUrl, { logging: false });
}
