// Failed sign-ins per user name and per client address in a sliding window. An attempt is counted when it arrives
// and taken back when it succeeds, so only failures count and concurrent attempts cannot all slip past the limit.
import { isIPv6 } from "node:net";
import { LruMap } from "../caching/lru-map";

export interface SignInLimits {
  perUsername: number;
  perAddress: number;
  windowMs: number;
}

/** Keys (user names or addresses) remembered per counter; the least recently used are forgotten beyond this. */
const TRACKED_KEYS = 100_000;

class SlidingWindowCounter {
  private readonly hits = new LruMap<string, number[]>(TRACKED_KEYS);

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until `key` may count another attempt (0: it may now). */
  waitFor(key: string, now: number): number {
    const recent = this.recent(key, now);
    return recent.length < this.limit ? 0 : recent[0] + this.windowMs - now;
  }

  count(key: string, now: number): void {
    this.hits.set(key, [...this.recent(key, now), now]);
  }

  takeBack(key: string, at: number): void {
    const list = this.hits.get(key);
    const index = list?.indexOf(at) ?? -1;
    if (list && index >= 0) list.splice(index, 1);
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }
}

/** A counted attempt: `succeeded()` takes it back. */
export interface SignInAttempt {
  succeeded(): void;
}

export type Admission = { admitted: true; attempt: SignInAttempt } | { admitted: false; retryAfterSeconds: number };

/** What the auth service asks before a sign-in or a registration: this instance's counters, or those shared in Redis. */
export interface SignInGate {
  admit(addressKey: string, usernameKey?: string): Admission | Promise<Admission>;
  close?(): Promise<void>;
}

export class SignInThrottle implements SignInGate {
  private readonly byUsername: SlidingWindowCounter;
  private readonly byAddress: SlidingWindowCounter;

  constructor(
    limits: SignInLimits,
    private readonly now: () => number = Date.now,
  ) {
    this.byUsername = new SlidingWindowCounter(limits.perUsername, limits.windowMs);
    this.byAddress = new SlidingWindowCounter(limits.perAddress, limits.windowMs);
  }

  /** Counts a sign-in (`usernameKey` set) or a registration against its limits, or says how long to wait. */
  admit(addressKey: string, usernameKey?: string): Admission {
    const now = this.now();
    const wait = Math.max(
      this.byAddress.waitFor(addressKey, now),
      usernameKey === undefined ? 0 : this.byUsername.waitFor(usernameKey, now),
    );
    if (wait > 0) return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    this.byAddress.count(addressKey, now);
    if (usernameKey !== undefined) this.byUsername.count(usernameKey, now);
    return {
      admitted: true,
      attempt: {
        succeeded: () => {
          this.byAddress.takeBack(addressKey, now);
          if (usernameKey !== undefined) this.byUsername.takeBack(usernameKey, now);
        },
      },
    };
  }
}

/** Who a request comes from, for counting: an IPv4 address, or the /64 of an IPv6 one (a host usually holds a whole /64). */
export function clientAddressKey(address: string | undefined): string {
  if (!address) return "unknown";
  const plain = address.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1];
  if (!isIPv6(plain)) return plain;
  const [head, tail] = plain.split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
