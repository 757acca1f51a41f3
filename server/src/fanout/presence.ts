// Who can receive what, counted per instance: this instance's sockets by user, by joined server and by active plugin,
// and the same counts as the other instances last reported them. `plugin_event_accepted.deliveredTo` adds the
// receivers on other instances from these mirrors, so the sender's instance answers at once, without asking them.
import type { Connection } from "../websocket/connection";

export const presenceKey = {
  /** Identified sockets of a user (`user` scope and `p2pHint` go to all of them). */
  user: (userId: string) => `u\u0000${userId}`,
  /** Sockets joined to a server (`server` and `channel` scope). */
  joined: (serverId: string) => `j\u0000${serverId}`,
  /** Sockets joined to a server that listed the plugin as active (`plugin` scope). */
  active: (serverId: string, pluginId: string) => `a\u0000${serverId}\u0000${pluginId}`,
};

function keysOf(connection: Connection): string[] {
  if (!connection.userId) return [];
  const keys = [presenceKey.user(connection.userId)];
  for (const serverId of connection.joined) {
    keys.push(presenceKey.joined(serverId));
    for (const pluginId of connection.activePlugins.get(serverId) ?? []) keys.push(presenceKey.active(serverId, pluginId));
  }
  return keys;
}

interface RemoteCounts {
  counts: Map<string, number>;
  seenAt: number;
}

export class PresenceMirror {
  private readonly local = new Map<string, number>();
  private readonly counted = new WeakMap<Connection, string[]>();
  private readonly changed = new Set<string>();
  private readonly remote = new Map<string, RemoteCounts>();

  /** Recounts one socket after the registry changed it (`connected` false once it is gone). */
  track(connection: Connection, connected: boolean): void {
    const before = this.counted.get(connection) ?? [];
    const after = connected ? keysOf(connection) : [];
    if (after.length === 0) this.counted.delete(connection);
    else this.counted.set(connection, after);
    const next = new Set(after);
    for (const key of before) if (!next.has(key)) this.add(key, -1);
    const previous = new Set(before);
    for (const key of after) if (!previous.has(key)) this.add(key, 1);
  }

  /** Counts that changed since the last call, with their current values (0: none left). */
  takeChanges(): [string, number][] {
    const changes: [string, number][] = [...this.changed].map((key) => [key, this.local.get(key) ?? 0]);
    this.changed.clear();
    return changes;
  }

  hasChanges(): boolean {
    return this.changed.size > 0;
  }

  /** Every count of this instance. */
  full(): [string, number][] {
    this.changed.clear();
    return [...this.local];
  }

  /** How many sockets on the other instances a key counts. */
  remoteCount(key: string): number {
    let total = 0;
    for (const instance of this.remote.values()) total += instance.counts.get(key) ?? 0;
    return total;
  }

  /** Another instance spoke (any message): it stays counted. */
  seen(origin: string, now: number): void {
    const instance = this.remote.get(origin);
    if (instance) instance.seenAt = now;
  }

  apply(origin: string, counts: [string, number][], full: boolean, now: number): void {
    let instance = this.remote.get(origin);
    if (!instance || full) this.remote.set(origin, (instance = { counts: new Map(), seenAt: now }));
    instance.seenAt = now;
    for (const [key, count] of counts) {
      if (count > 0) instance.counts.set(key, count);
      else instance.counts.delete(key);
    }
  }

  /** Forgets instances silent since `before` (stopped or killed) and, with `all`, every other instance. */
  expire(before: number, all = false): void {
    for (const [origin, instance] of this.remote) if (all || instance.seenAt < before) this.remote.delete(origin);
  }

  private add(key: string, delta: number): void {
    const count = (this.local.get(key) ?? 0) + delta;
    if (count > 0) this.local.set(key, count);
    else this.local.delete(key);
    this.changed.add(key);
  }
}
