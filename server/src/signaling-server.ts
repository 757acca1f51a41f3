// startSignalingServer: database (migrated), fan-out bus (Redis or in-process), services, HTTP + websocket on one port,
// graceful close.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import { createApp } from "./app";
import { attachmentsDirFor, serverDefaults } from "./config";
import { authThrottleLimit } from "@toju/generated/types/constants";
import { AuthService } from "./auth/auth.service";
import { PasswordHasher } from "./auth/password";
import { SharedSignInThrottle } from "./auth/shared-sign-in-throttle";
import { SignInThrottle, type SignInGate, type SignInLimits } from "./auth/sign-in-throttle";
import { AttachmentStore } from "./chat/attachment-store";
import { ChatService } from "./chat/chat.service";
import { openDatabase } from "./db/database";
import { DirectoryService } from "./directory/directory.service";
import type { FanoutBus } from "./fanout/fanout-bus";
import { InProcessBus, type InProcessHub } from "./fanout/in-process-bus";
import { RedisFanoutBus } from "./fanout/redis-bus";
import { HealthService } from "./health/health.service";
import { answerClientError } from "./http/client-error";
import type { AppServices } from "./http/request-context";
import { jsonLogger, type Logger } from "./ops/logger";
import { PluginSupportService } from "./plugin-support/plugin-support.service";
import { ServerStateStore } from "./plugin-support/server-state";
import { attachWebSocketEndpoint } from "./websocket/handler";

export interface SignalingServerOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  /** Default: `attachments` beside a sqlite file (`attachmentsDirFor`). */
  attachmentsDir?: string;
  pluginEventRate?: number;
  pluginEventBurst?: number;
  /** Broadcasts reach the other instances through this Redis (`REDIS_URL`); without it they stay in this process. */
  redisUrl?: string;
  /** Prefixes the Redis channel (`REDIS_PREFIX`, default `toju:`). */
  redisPrefix?: string;
  /** Without `redisUrl`: instances in this process that share a hub hear each other (tests); default: a hub of its own. */
  fanoutHub?: InProcessHub;
  sessionTtlSeconds?: number;
  passwordHashConcurrency?: number;
  /** How many servers' states this instance keeps in memory (`SERVER_STATE_CACHE_SIZE`). */
  serverStateCacheSize?: number;
  trustProxy?: boolean | number | string;
  identifyTimeoutMs?: number;
  heartbeatMs?: number;
  mount?: (app: Express) => void;
  log?: Logger;
}

export interface SignalingServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startSignalingServer(options: SignalingServerOptions = {}): Promise<SignalingServer> {
  const log = options.log ?? jsonLogger;
  const databaseUrl = options.databaseUrl ?? serverDefaults.databaseUrl;
  const attachments = new AttachmentStore(options.attachmentsDir ?? attachmentsDirFor(databaseUrl));
  const db = await openDatabase(databaseUrl);
  const bus = await openBus(options, log);
  const sharedDatabase = Boolean(options.redisUrl) || options.fanoutHub !== undefined;
  const states = new ServerStateStore(db, options.serverStateCacheSize ?? serverDefaults.serverStateCacheSize, sharedDatabase);
  const throttle = openSignInThrottle(options, log);
  const services: AppServices = {
    auth: new AuthService(db, {
      sessionTtlSeconds: options.sessionTtlSeconds ?? serverDefaults.sessionTtlSeconds,
      hasher: new PasswordHasher(options.passwordHashConcurrency ?? serverDefaults.passwordHashConcurrency),
      throttle,
      log,
    }),
    directory: new DirectoryService(db, states, log),
    chat: new ChatService(db, states, attachments),
    attachments,
    pluginSupport: new PluginSupportService(db, states, log),
    states,
    health: new HealthService(db, bus, log),
  };
  const app = createApp({ services, log, mount: options.mount, trustProxy: options.trustProxy });
  const httpServer = createServer(app);
  httpServer.on("clientError", answerClientError);
  const ws = attachWebSocketEndpoint(httpServer, {
    services,
    log,
    bus,
    pluginEventRate: options.pluginEventRate ?? serverDefaults.pluginEventRate,
    pluginEventBurst: options.pluginEventBurst ?? serverDefaults.pluginEventBurst,
    identifyTimeoutMs: options.identifyTimeoutMs,
    heartbeatMs: options.heartbeatMs,
  });
  const host = options.host ?? serverDefaults.host;
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(options.port ?? serverDefaults.port, host, () => resolve());
    });
  } catch (error) {
    await ws.close();
    await bus.close();
    await throttle.close?.();
    await db.close();
    throw error;
  }
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        await ws.close();
        httpServer.closeAllConnections();
        await stopped;
        await bus.close();
        await throttle.close?.();
        await db.close();
        log("info", "server.stopped", {});
      })()),
  };
}

/** Failed sign-ins counted per instance, or (with `redisUrl`) across every instance sharing the Redis. */
function openSignInThrottle(options: SignalingServerOptions, log: Logger): SignInGate {
  const limits: SignInLimits = {
    perUsername: authThrottleLimit.failedSignInsPerUsername,
    perAddress: authThrottleLimit.failedAuthRequestsPerAddress,
    windowMs: authThrottleLimit.windowSeconds * 1000,
  };
  const local = new SignInThrottle(limits);
  if (!options.redisUrl) return local;
  return new SharedSignInThrottle({ url: options.redisUrl, prefix: options.redisPrefix ?? serverDefaults.redisPrefix, limits, local, log });
}

async function openBus(options: SignalingServerOptions, log: Logger): Promise<FanoutBus> {
  if (!options.redisUrl) return new InProcessBus(options.fanoutHub);
  const bus = new RedisFanoutBus({ url: options.redisUrl, prefix: options.redisPrefix ?? serverDefaults.redisPrefix, log });
  await bus.start();
  return bus;
}
