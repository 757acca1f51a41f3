// Failed sign-ins counted in Redis (REDIS_URL), so instances behind one load balancer enforce one limit together rather
// than one each. The instance's own counters run beside them: while Redis does not answer, they decide alone (the
// limits then hold per instance, as with no Redis at all). Each window is a sorted set of attempt times per key,
// checked and counted in one script so concurrent attempts on several instances cannot all slip past the limit.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { describeError } from "@toju/contracts/errors/coded-error";
import type { Logger } from "../ops/logger";
import type { Admission, SignInGate, SignInLimits, SignInThrottle } from "./sign-in-throttle";

/** KEYS: one sorted set per limit. ARGV: now, window (ms), the attempt's member, then one limit per key. Returns the
 * milliseconds to wait (0: counted in every set). */
const ADMIT_SCRIPT = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local wait = 0
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  if redis.call('ZCARD', key) >= tonumber(ARGV[3 + i]) then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    local until_free = tonumber(oldest[2]) + window - now
    if until_free > wait then wait = until_free end
  end
end
if wait > 0 then return wait end
for _, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[3])
  redis.call('PEXPIRE', key, window)
end
return 0
`;

/** How long a sign-in waits for Redis before this instance's counters decide alone. */
const REDIS_ANSWER_MS = 500;

export interface SharedSignInThrottleOptions {
  url: string;
  /** Prefixes every key, like the fan-out channel (`REDIS_PREFIX`). */
  prefix: string;
  limits: SignInLimits;
  /** This instance's counters: always counted, and alone in charge while Redis is away. */
  local: SignInThrottle;
  log: Logger;
  now?: () => number;
}

export class SharedSignInThrottle implements SignInGate {
  private readonly redis: Redis;
  private readonly now: () => number;
  private redisAway = false;

  constructor(private readonly options: SharedSignInThrottleOptions) {
    this.now = options.now ?? Date.now;
    this.redis = new Redis(options.url, {
      connectionName: "toju-sign-in-throttle",
      connectTimeout: 2_000,
      commandTimeout: REDIS_ANSWER_MS,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: (times: number) => Math.min(100 * times, 1_000),
    });
    // Connection errors are reported by the commands that fail; ioredis would otherwise print them.
    this.redis.on("error", () => undefined);
  }

  async admit(addressKey: string, usernameKey?: string): Promise<Admission> {
    const local = this.options.local.admit(addressKey, usernameKey);
    if (!local.admitted) return local;
    const keys = [`${this.options.prefix}sign-in:address:${addressKey}`];
    const limits = [this.options.limits.perAddress];
    if (usernameKey !== undefined) {
      keys.push(`${this.options.prefix}sign-in:user:${usernameKey}`);
      limits.push(this.options.limits.perUsername);
    }
    const member = `${this.now()}:${randomUUID()}`;
    let wait: number;
    try {
      wait = Number(await this.redis.eval(ADMIT_SCRIPT, keys.length, ...keys, this.now(), this.options.limits.windowMs, member, ...limits));
      this.redisBack();
    } catch (error) {
      this.redisLost(error);
      return local;
    }
    if (wait > 0) {
      local.attempt.succeeded(); // not counted here either: the attempt never ran
      return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    }
    return {
      admitted: true,
      attempt: {
        succeeded: () => {
          local.attempt.succeeded();
          Promise.all(keys.map((key) => this.redis.zrem(key, member))).catch((error: unknown) => this.redisLost(error));
        },
      },
    };
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private redisLost(error: unknown): void {
    if (this.redisAway) return;
    this.redisAway = true;
    this.options.log("warn", "auth.throttle_redis_unavailable", { message: describeError(error).slice(0, 200) });
  }

  private redisBack(): void {
    if (!this.redisAway) return;
    this.redisAway = false;
    this.options.log("info", "auth.throttle_redis_back", {});
  }
}
