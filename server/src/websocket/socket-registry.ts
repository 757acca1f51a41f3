// Who is connected, joined or viewing where; answers "which sockets receive this" for every delivery scope, and tells
// listeners (the fan-out's presence counts) about every change.
import type { Connection } from "./connection";

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set?.delete(value) && set.size === 0) map.delete(key);
}

const none: ReadonlySet<Connection> = new Set();

/** A connection's user, servers or active plugins changed; `connected` is false once it is gone. */
export type RegistryListener = (connection: Connection, connected: boolean) => void;

export class SocketRegistry {
  readonly all = new Set<Connection>();
  private readonly byUser = new Map<string, Set<Connection>>();
  private readonly joined = new Map<string, Set<Connection>>();
  private readonly viewing = new Map<string, Set<Connection>>();
  private readonly listeners: RegistryListener[] = [];

  onChange(listener: RegistryListener): void {
    this.listeners.push(listener);
  }

  private changed(connection: Connection): void {
    const connected = this.all.has(connection);
    for (const listener of this.listeners) listener(connection, connected);
  }

  add(connection: Connection): void {
    this.all.add(connection);
  }

  identified(connection: Connection, userId: string): void {
    connection.userId = userId;
    addTo(this.byUser, userId, connection);
    this.changed(connection);
  }

  join(connection: Connection, serverId: string): void {
    connection.joined.add(serverId);
    addTo(this.joined, serverId, connection);
    this.changed(connection);
  }

  view(connection: Connection, serverId: string): void {
    connection.viewing.add(serverId);
    addTo(this.viewing, serverId, connection);
  }

  /** The socket stops receiving the server's chat and plugin events (its user is no longer a member); viewing stays. */
  unjoin(connection: Connection, serverId: string): void {
    connection.joined.delete(serverId);
    connection.activePlugins.delete(serverId);
    removeFrom(this.joined, serverId, connection);
    this.changed(connection);
  }

  setActivePlugins(connection: Connection, serverId: string, pluginIds: readonly string[]): void {
    connection.activePlugins.set(serverId, new Set(pluginIds));
    this.changed(connection);
  }

  leave(connection: Connection, serverId: string): void {
    connection.joined.delete(serverId);
    connection.viewing.delete(serverId);
    connection.activePlugins.delete(serverId);
    removeFrom(this.joined, serverId, connection);
    removeFrom(this.viewing, serverId, connection);
    this.changed(connection);
  }

  remove(connection: Connection): void {
    for (const serverId of [...connection.joined, ...connection.viewing]) this.leave(connection, serverId);
    if (connection.userId) removeFrom(this.byUser, connection.userId, connection);
    this.all.delete(connection);
    this.changed(connection);
  }

  joinedTo(serverId: string): ReadonlySet<Connection> {
    return this.joined.get(serverId) ?? none;
  }

  viewersOf(serverId: string): ReadonlySet<Connection> {
    return this.viewing.get(serverId) ?? none;
  }

  /** Servers some socket here is joined to or viewing. */
  watchedServers(): Set<string> {
    return new Set([...this.joined.keys(), ...this.viewing.keys()]);
  }

  socketsOf(userId: string): ReadonlySet<Connection> {
    return this.byUser.get(userId) ?? none;
  }
}
