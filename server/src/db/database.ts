// Opens the database named by DATABASE_URL, applies pragmas and migrations, and serialises write transactions.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { Sequelize, type Transaction } from "sequelize";
import { SequelizeStorage, Umzug } from "umzug";
import { SerialQueue } from "@toju/contracts/async/serial-queue";
import { defineModels } from "./models";
import * as initial from "./migrations/0001-initial";
import * as chat from "./migrations/0002-chat";
import * as hardening from "./migrations/0003-hardening";

const migrations = [initial, chat, hardening];

export interface Database {
  sequelize: Sequelize;
  /** Runs `task` after every earlier exclusive task: sqlite never sees two writers, and post-commit cache refreshes keep commit order. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** One transaction, not queued: call it inside `exclusive`. */
  transaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T>;
  /** `transaction` inside `exclusive`. */
  write<T>(work: (transaction: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The absolute path of a `sqlite:` URL's file; undefined for other databases. */
export function sqliteFile(databaseUrl: string): string | undefined {
  if (!databaseUrl.startsWith("sqlite:")) return undefined;
  const rest = databaseUrl.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
  return path.resolve(rest);
}

export async function openDatabase(databaseUrl: string): Promise<Database> {
  const file = sqliteFile(databaseUrl);
  let sequelize: Sequelize;
  if (file) {
    mkdirSync(path.dirname(file), { recursive: true });
    sequelize = new Sequelize({ dialect: "sqlite", storage: file, logging: false });
    await sequelize.query("PRAGMA journal_mode = WAL");
    await sequelize.query("PRAGMA busy_timeout = 5000");
    await sequelize.query("PRAGMA foreign_keys = ON");
  } else {
    sequelize = new Sequelize(databaseUrl, { logging: false });
  }
  defineModels(sequelize);
  const umzug = new Umzug({
    migrations: migrations.map((m) => ({
      name: m.name,
      up: () => m.up(sequelize.getQueryInterface()),
      down: () => m.down(sequelize.getQueryInterface()),
    })),
    storage: new SequelizeStorage({ sequelize, tableName: "schema_migrations" }),
    logger: undefined,
  });
  await umzug.up();

  const writes = new SerialQueue();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => writes.run(task);
  const transaction = <T>(work: (transaction: Transaction) => Promise<T>): Promise<T> => sequelize.transaction((t) => work(t));
  return {
    sequelize,
    exclusive,
    transaction,
    write: (work) => exclusive(() => transaction(work)),
    close: async () => {
      await writes.idle();
      await sequelize.close();
    },
  };
}
