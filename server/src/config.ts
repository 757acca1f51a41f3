// Server settings from the environment, with the documented defaults (limits and their defaults come from spec/).
import { availableParallelism } from "node:os";
import path from "node:path";
import { pluginEventRateDefault, sessionDefault } from "@toju/generated/types/constants";
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
  sessionTtlSeconds: number;
  /** Password hashes running at once: each takes a core and one of libuv's 4 pool threads, which sqlite shares. */
  passwordHashConcurrency: number;
  /** Servers whose state is kept in memory (least recently used forgotten beyond it). */
  serverStateCacheSize: number;
  /** Express's `trust proxy` (`TRUST_PROXY`): which proxies' `X-Forwarded-For` names the client address; none by default. */
  trustProxy?: boolean | number | string;
}

/** What `npm run server` and `startSignalingServer` use for a setting nobody gave. */
export const serverDefaults: ServerConfig = {
  port: 3000,
  host: "127.0.0.1",
  databaseUrl: "sqlite:./data/toju.sqlite",
  pluginEventRate: pluginEventRateDefault.eventsPerSecond,
  pluginEventBurst: pluginEventRateDefault.burst,
  redisPrefix: "toju:",
  sessionTtlSeconds: sessionDefault.ttlSeconds,
  // Half the cores, at most half of libuv's 4 threads: 1 on 2 cores, 2 from 4 cores up.
  passwordHashConcurrency: Math.max(1, Math.min(2, Math.floor(availableParallelism() / 2))),
  serverStateCacheSize: 1000,
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

/** `true`/`false`, a hop count, or Express's list of trusted addresses and names (`loopback`, `10.0.0.0/8`, …). */
function trustProxyFromEnv(raw: string | undefined): ServerConfig["trustProxy"] {
  if (raw === undefined || raw === "") return undefined;
  if (raw === "true" || raw === "false") return raw === "true";
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const trustProxy = trustProxyFromEnv(env.TRUST_PROXY);
  return {
    port: intFromEnv(env, "PORT", serverDefaults.port, 0),
    host: env.HOST || serverDefaults.host,
    databaseUrl: env.DATABASE_URL || serverDefaults.databaseUrl,
    ...(env.ATTACHMENTS_DIR ? { attachmentsDir: path.resolve(env.ATTACHMENTS_DIR) } : {}),
    pluginEventRate: intFromEnv(env, "PLUGIN_EVENT_RATE", serverDefaults.pluginEventRate, 0),
    pluginEventBurst: intFromEnv(env, "PLUGIN_EVENT_BURST", serverDefaults.pluginEventBurst, 1),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    redisPrefix: env.REDIS_PREFIX ?? serverDefaults.redisPrefix,
    sessionTtlSeconds: intFromEnv(env, "SESSION_TTL_SECONDS", serverDefaults.sessionTtlSeconds, 1),
    passwordHashConcurrency: intFromEnv(env, "PASSWORD_HASH_CONCURRENCY", serverDefaults.passwordHashConcurrency, 1),
    serverStateCacheSize: intFromEnv(env, "SERVER_STATE_CACHE_SIZE", serverDefaults.serverStateCacheSize, 1),
    ...(trustProxy === undefined ? {} : { trustProxy }),
  };
}
