// Opens the database named by DATABASE_URL (a sqlite file, or PostgreSQL shared by several instances), applies the
// migrations once (PostgreSQL: under an advisory lock, so instances starting together never race), and says how
// writes are ordered: sqlite's are queued in-process, PostgreSQL's run concurrently under row locks and constraints.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Sequelize, Transaction } from "sequelize";
import { SequelizeStorage, Umzug } from "umzug";
import { SerialQueue } from "@toju/contracts/async/serial-queue";
import { defineModels } from "./models";
import * as initial from "./migrations/0001-initial";
import * as chat from "./migrations/0002-chat";
import * as hardening from "./migrations/0003-hardening";
import * as messageReplay from "./migrations/0004-message-replay";

const migrations = [initial, chat, hardening, messageReplay];

/** `pg_advisory_xact_lock` key held while one instance migrates a PostgreSQL database ("toju" in ASCII). */
const MIGRATION_LOCK = 0x746f6a75;

export type DatabaseDialect = "sqlite" | "postgres";

export interface Database {
  sequelize: Sequelize;
  dialect: DatabaseDialect;
  /**
   * sqlite: runs `task` after every earlier exclusive task, so sqlite never sees two writers. PostgreSQL: runs it at
   * once (transactions, row locks and unique constraints order concurrent writers, in this process or another).
   */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** One transaction, not queued: call it inside `exclusive`. */
  transaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T>;
  /** `transaction` inside `exclusive`. */
  write<T>(work: (transaction: Transaction) => Promise<T>): Promise<T>;
  /** Several reads that all see one committed state (PostgreSQL: a repeatable-read transaction). */
  consistentRead<T>(work: (transaction: Transaction) => Promise<T>): Promise<T>;
  /** Whether a trivial query answers within `timeoutMs`; never throws. */
  ping(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The absolute path of a `sqlite:` URL's file; undefined for other databases. */
export function sqliteFile(databaseUrl: string): string | undefined {
  if (!databaseUrl.startsWith("sqlite:")) return undefined;
  const rest = databaseUrl.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
  return path.resolve(rest);
}

export function dialectOf(databaseUrl: string): DatabaseDialect {
  if (databaseUrl.startsWith("sqlite:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgres";
  throw new Error("DATABASE_URL must be sqlite:<path> or postgres://user@host:port/database");
}

async function connect(databaseUrl: string, dialect: DatabaseDialect): Promise<Sequelize> {
  if (dialect === "postgres") {
    return new Sequelize(databaseUrl, {
      dialect: "postgres",
      logging: false,
      pool: { max: 10, min: 0, acquire: 10_000, idle: 10_000 },
      // A database that stops answering fails queries (and /api/health) instead of hanging them.
      dialectOptions: { connectionTimeoutMillis: 5_000, application_name: "toju-server" },
    });
  }
  const file = sqliteFile(databaseUrl)!;
  mkdirSync(path.dirname(file), { recursive: true });
  const sequelize = new Sequelize({ dialect: "sqlite", storage: file, logging: false });
  await sequelize.query("PRAGMA journal_mode = WAL");
  await sequelize.query("PRAGMA busy_timeout = 5000");
  await sequelize.query("PRAGMA foreign_keys = ON");
  return sequelize;
}

async function migrate(sequelize: Sequelize, dialect: DatabaseDialect): Promise<void> {
  const umzug = new Umzug({
    migrations: migrations.map((m) => ({
      name: m.name,
      up: () => m.up(sequelize.getQueryInterface()),
      down: () => m.down(sequelize.getQueryInterface()),
    })),
    storage: new SequelizeStorage({ sequelize, tableName: "schema_migrations" }),
    logger: undefined,
  });
  if (dialect === "sqlite") {
    await umzug.up();
    return;
  }
  // The lock lives on this transaction's connection; the migrations run on others from the pool and are committed
  // before it is released, so the next instance finds them recorded.
  await sequelize.transaction(async (transaction) => {
    await sequelize.query("SELECT pg_advisory_xact_lock(:key)", { replacements: { key: MIGRATION_LOCK }, transaction });
    await umzug.up();
  });
}

export async function openDatabase(databaseUrl: string): Promise<Database> {
  const dialect = dialectOf(databaseUrl);
  const sequelize = await connect(databaseUrl, dialect);
  try {
    defineModels(sequelize);
    await migrate(sequelize, dialect);
  } catch (error) {
    await sequelize.close();
    throw error;
  }

  const writes = new SerialQueue();
  const running = new Set<Promise<unknown>>();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    if (dialect === "sqlite") return writes.run(task);
    const started = task();
    running.add(started);
    void started.then(
      () => running.delete(started),
      () => running.delete(started),
    );
    return started;
  };
  const transaction = <T>(work: (transaction: Transaction) => Promise<T>): Promise<T> => sequelize.transaction((t) => work(t));
  const consistentRead = <T>(work: (transaction: Transaction) => Promise<T>): Promise<T> =>
    dialect === "postgres"
      ? sequelize.transaction({ isolationLevel: Transaction.ISOLATION_LEVELS.REPEATABLE_READ }, (t) => work(t))
      : sequelize.transaction((t) => work(t));
  return {
    sequelize,
    dialect,
    exclusive,
    transaction,
    write: (work) => exclusive(() => transaction(work)),
    consistentRead,
    ping: (timeoutMs) => answersWithin(sequelize.query("SELECT 1"), timeoutMs),
    close: async () => {
      await writes.idle();
      await Promise.allSettled([...running]);
      await sequelize.close();
    },
  };
}

/** Whether `probe` settles successfully within `timeoutMs` (its late outcome is ignored). */
export function answersWithin(probe: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    probe.then(
      () => (clearTimeout(timer), resolve(true)),
      () => (clearTimeout(timer), resolve(false)),
    );
  });
}
