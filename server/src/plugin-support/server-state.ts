// In-memory view of one server (members, channels, requirements, event definitions, revision), loaded from the
// database; the websocket hot path reads only this. It is refreshed after every committed change, here or on another
// instance (announced through the fan-out bus), never goes back to an older revision, and holds a bounded number of
// servers (least recently used first out; an evicted server is simply loaded again).
import type { ValidateFunction } from "ajv";
import type { Transaction } from "sequelize";
import type { Membership, PluginEventDefinition, PluginRequirement, PluginRequirementsSnapshot } from "@toju/generated/types/contract";
import type { Database } from "../db/database";
import { ChannelRow, MembershipRow, PluginEventDefinitionRow, PluginRequirementRow, ServerRow } from "../db/models";

interface LoadedEventDefinition {
  definition: PluginEventDefinition;
  /** Compiled on first use, once per definition revision. */
  validate?: ValidateFunction;
}

export interface ServerState {
  id: string;
  name: string;
  ownerId: string;
  revision: number;
  /** Channel id → name, in creation order. */
  channels: Map<string, string>;
  members: Map<string, Membership>;
  requirements: Map<string, PluginRequirement>;
  events: Map<string, LoadedEventDefinition>;
  snapshot: PluginRequirementsSnapshot;
}

export const eventKey = (pluginId: string, eventName: string): string => `${pluginId}\u0000${eventName}`;

export function requirementFromRow(row: PluginRequirementRow): PluginRequirement {
  const requirement: PluginRequirement = {
    pluginId: row.pluginId,
    status: row.status as PluginRequirement["status"],
    updatedAt: row.updatedAt.toISOString(),
  };
  if (row.versionRange !== null) requirement.versionRange = row.versionRange;
  if (row.installUrl !== null) requirement.installUrl = row.installUrl;
  if (row.sourceUrl !== null) requirement.sourceUrl = row.sourceUrl;
  if (row.manifestJson !== null) requirement.manifest = JSON.parse(row.manifestJson);
  return requirement;
}

export function eventDefinitionFromRow(row: PluginEventDefinitionRow): PluginEventDefinition {
  const definition: PluginEventDefinition = {
    pluginId: row.pluginId,
    eventName: row.eventName,
    direction: row.direction as PluginEventDefinition["direction"],
    scope: row.scope as PluginEventDefinition["scope"],
    maxPayloadBytes: row.maxPayloadBytes,
    updatedAt: row.updatedAt.toISOString(),
  };
  if (row.schemaJson !== null) definition.schema = JSON.parse(row.schemaJson);
  return definition;
}

export function membershipFromRow(row: MembershipRow): Membership {
  return {
    serverId: row.serverId,
    userId: row.userId,
    owner: row.owner,
    permissions: { manageServer: row.owner || row.manageServer },
    joinedAt: row.joinedAt.toISOString(),
  };
}

// Code-unit order, the same on every database (collations differ between sqlite and PostgreSQL).
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The server's requirements and events at `revision`, read in `transaction` (which must hold the revision steady). */
export async function loadPluginSnapshot(
  serverId: string,
  revision: number,
  transaction: Transaction,
): Promise<PluginRequirementsSnapshot> {
  const where = { serverId };
  const requirements = await PluginRequirementRow.findAll({ where, transaction });
  const events = await PluginEventDefinitionRow.findAll({ where, transaction });
  return {
    serverId,
    revision,
    requirements: requirements.map(requirementFromRow).sort((a, b) => byCode(a.pluginId, b.pluginId)),
    events: events.map(eventDefinitionFromRow).sort((a, b) => byCode(a.pluginId, b.pluginId) || byCode(a.eventName, b.eventName)),
  };
}

function withSnapshot(
  state: Omit<ServerState, "requirements" | "events" | "snapshot" | "revision">,
  snapshot: PluginRequirementsSnapshot,
): ServerState {
  return {
    ...state,
    revision: snapshot.revision,
    requirements: new Map(snapshot.requirements.map((r) => [r.pluginId, r])),
    events: new Map(snapshot.events.map((definition) => [eventKey(definition.pluginId, definition.eventName), { definition }])),
    snapshot,
  };
}

async function loadServerState(db: Database, serverId: string): Promise<ServerState | undefined> {
  return db.consistentRead(async (transaction) => {
    const server = await ServerRow.findByPk(serverId, { transaction });
    if (!server) return undefined;
    const where = { serverId };
    const channels = await ChannelRow.findAll({ where, transaction });
    const members = await MembershipRow.findAll({ where, transaction });
    const snapshot = await loadPluginSnapshot(serverId, server.pluginRevision, transaction);
    channels.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || byCode(a.id, b.id));
    const directory = {
      id: server.id,
      name: server.name,
      ownerId: server.ownerId,
      channels: new Map(channels.map((c) => [c.id, c.name])),
      members: new Map(members.map((m) => [m.userId, membershipFromRow(m)])),
    };
    return withSnapshot(directory, snapshot);
  });
}

/** `loaded`'s directory part with the newer of the two plugin parts (same revision: the cached one, compiled schemas and all). */
function keepNewerPlugins(loaded: ServerState, cached: ServerState | undefined): ServerState {
  if (!cached || loaded.revision > cached.revision) return loaded;
  return { ...loaded, revision: cached.revision, requirements: cached.requirements, events: cached.events, snapshot: cached.snapshot };
}

interface Entry {
  ready?: ServerState;
  /** The newest load; older ones hand their callers its result. */
  loading?: Promise<ServerState | undefined>;
  generation: number;
  loadedAt: number;
}

export class ServerStateStore {
  /** In recency order: the first entry is the least recently used. */
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly db: Database,
    /** How many servers this instance keeps in memory (`SERVER_STATE_CACHE_SIZE`). */
    private readonly limit: number,
    /**
     * Whether other instances write to the same database (a shared fan-out bus). Their changes reach this cache through
     * the bus, a few milliseconds after they commit; `current` closes that window for reads a client may order after a
     * write acknowledged elsewhere.
     */
    private readonly sharedDatabase = false,
  ) {}

  /** The settled, current state of a loaded server, for synchronous reads on the websocket hot path. */
  peek(serverId: string): ServerState | undefined {
    const entry = this.entries.get(serverId);
    if (entry?.ready) this.touch(serverId, entry);
    return entry?.ready;
  }

  /** The server's state, or undefined for an unknown server (unknown ids are not cached). Waits for a reload in flight. */
  get(serverId: string): Promise<ServerState | undefined> {
    const entry = this.entries.get(serverId);
    if (!entry) return this.load(serverId);
    this.touch(serverId, entry);
    return entry.loading ?? Promise.resolve(entry.ready);
  }

  /**
   * The server's state with plugin data at least as new as the last committed change, wherever it was made: alone on
   * its database the cache is that already; beside other instances one primary-key read of the revision tells whether
   * a change committed elsewhere has not reached this cache yet, and reloads if so.
   */
  async current(serverId: string): Promise<ServerState | undefined> {
    const state = await this.get(serverId);
    if (!state || !this.sharedDatabase) return state;
    const row = await ServerRow.findByPk(serverId, { attributes: ["pluginRevision"] });
    return row && row.pluginRevision > state.revision ? this.refresh(serverId) : state;
  }

  /** Reloads after a committed change (here or on another instance); resolves to a state at least as new as that change. */
  refresh(serverId: string): Promise<ServerState | undefined> {
    return this.load(serverId);
  }

  /** A state loaded at most `maxAgeMs` ago: before refusing a caller on cached data that another instance may have changed. */
  async revalidate(serverId: string, maxAgeMs: number): Promise<ServerState | undefined> {
    const entry = this.entries.get(serverId);
    if (entry?.loading) return entry.loading;
    if (entry?.ready && Date.now() - entry.loadedAt <= maxAgeMs) return entry.ready;
    return this.load(serverId);
  }

  /**
   * Installs a committed snapshot into a loaded server when it is newer than the one held; returns the state held
   * afterwards (undefined when the server is not loaded: its next load reads the database).
   */
  applySnapshot(snapshot: PluginRequirementsSnapshot): ServerState | undefined {
    const entry = this.entries.get(snapshot.serverId);
    if (!entry?.ready) return undefined;
    if (snapshot.revision > entry.ready.revision) entry.ready = withSnapshot(entry.ready, snapshot);
    return entry.ready;
  }

  /** Whether the server is cached (loaded or loading). */
  has(serverId: string): boolean {
    return this.entries.has(serverId);
  }

  /** Forgets one server: its next read loads it again. */
  forget(serverId: string): void {
    this.entries.delete(serverId);
  }

  /** Forgets every server: after invalidations may have been missed (the bus was disconnected). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private touch(serverId: string, entry: Entry): void {
    this.entries.delete(serverId);
    this.entries.set(serverId, entry);
  }

  private load(serverId: string): Promise<ServerState | undefined> {
    let entry = this.entries.get(serverId);
    if (!entry) {
      entry = { generation: 0, loadedAt: 0 };
      this.entries.set(serverId, entry);
      this.evict();
    } else this.touch(serverId, entry);
    const owner = entry;
    const generation = ++owner.generation;
    const loading: Promise<ServerState | undefined> = loadServerState(this.db, serverId).then(
      (state) => {
        const current = this.entries.get(serverId) === owner;
        // A newer load started since: its result (settled or still to come) is the answer.
        if (current && owner.generation !== generation) return owner.loading ?? owner.ready;
        if (!current) return state && keepNewerPlugins(state, owner.ready);
        owner.loading = undefined;
        if (!state) {
          this.entries.delete(serverId);
          return undefined;
        }
        owner.ready = keepNewerPlugins(state, owner.ready);
        owner.loadedAt = Date.now();
        return owner.ready;
      },
      (error: unknown) => {
        if (this.entries.get(serverId) === owner && owner.generation === generation) {
          owner.loading = undefined;
          if (!owner.ready) this.entries.delete(serverId);
        }
        throw error;
      },
    );
    owner.loading = loading;
    return loading;
  }

  private evict(): void {
    for (const serverId of this.entries.keys()) {
      if (this.entries.size <= this.limit) return;
      this.entries.delete(serverId);
    }
  }
}
