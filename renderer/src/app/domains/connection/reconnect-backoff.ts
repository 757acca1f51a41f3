// How long the websocket client waits before its next attempt: exponential, jittered, capped at 30 s.

export interface BackoffPolicy {
  /** The ceiling of the first attempt's wait. */
  baseMs: number;
  /** No wait is ever longer. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, capMs: 30_000 };

/**
 * Attempt `n` (from 1) waits between half and all of `min(cap, base · 2^(n-1))`: the fixed half keeps a client from
 * hammering a server that just went down, the random half spreads the clients that lost it at the same moment.
 */
export function reconnectDelay(attempt: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(attempt, 1) - 1, 32));
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (jitter * ceiling) / 2);
}
