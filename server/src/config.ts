// Server settings from the environment, with the documented defaults (the rate-limit defaults come from spec/).
import path from "node:path";
import { pluginEventRateDefault } from "@toju/generated/types/constants";
import { sqliteFile } from "./db/database";

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Where attachment files live; undefined: `attachmentsDirFor(databaseUrl)`. */
  attachmentsDir?: string;
  pluginEventRate: number;
  pluginEventBurst: number;
  /** Set: broadcasts reach the other instances through this Redis; unset: they stay in this process. */
  redisUrl?: string;
  /** Prefixes the Redis channel, so deployments sharing one Redis never hear each other. */
  redisPrefix: string;
}

/** What `npm run server` and `startSignalingServer` use for a setting nobody gave. */
export const serverDefaults: ServerConfig = {
  port: 3000,
  host: "127.0.0.1",
  databaseUrl: "sqlite:./data/toju.sqlite",
  pluginEventRate: pluginEventRateDefault.eventsPerSecond,
  pluginEventBurst: pluginEventRateDefault.burst,
  redisPrefix: "toju:",
};

/** Attachments sit beside a sqlite file (`<its folder>/attachments`), else in `./data/attachments`. */
export function attachmentsDirFor(databaseUrl: string): string {
  const file = sqliteFile(databaseUrl);
  return file ? path.join(path.dirname(file), "attachments") : path.resolve("data", "attachments");
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: intFromEnv(env, "PORT", serverDefaults.port, 0),
    host: env.HOST || serverDefaults.host,
    databaseUrl: env.DATABASE_URL || serverDefaults.databaseUrl,
    ...(env.ATTACHMENTS_DIR ? { attachmentsDir: path.resolve(env.ATTACHMENTS_DIR) } : {}),
    pluginEventRate: intFromEnv(env, "PLUGIN_EVENT_RATE", serverDefaults.pluginEventRate, 0),
    pluginEventBurst: intFromEnv(env, "PLUGIN_EVENT_BURST", serverDefaults.pluginEventBurst, 1),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    redisPrefix: env.REDIS_PREFIX ?? serverDefaults.redisPrefix,
  };
}
