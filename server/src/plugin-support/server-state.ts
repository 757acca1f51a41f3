// In-memory view of one server (members, channels, requirements, event definitions, revision), loaded from the
// database and refreshed after every committed change; the websocket hot path reads only this.
import type { ValidateFunction } from "ajv";
import type { Membership, PluginEventDefinition, PluginRequirement, PluginRequirementsSnapshot } from "@toju/generated/types/contract";
import { LruMap } from "../caching/lru-map";
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

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function loadServerState(serverId: string): Promise<ServerState | undefined> {
  const server = await ServerRow.findByPk(serverId);
  if (!server) return undefined;
  const where = { serverId };
  const [channels, members, requirements, events] = await Promise.all([
    ChannelRow.findAll({
      where,
      order: [
        ["createdAt", "ASC"],
        ["id", "ASC"],
      ],
    }),
    MembershipRow.findAll({ where }),
    PluginRequirementRow.findAll({ where }),
    PluginEventDefinitionRow.findAll({ where }),
  ]);
  const requirementList = requirements.map(requirementFromRow).sort((a, b) => byCode(a.pluginId, b.pluginId));
  const eventList = events.map(eventDefinitionFromRow).sort((a, b) => byCode(a.pluginId, b.pluginId) || byCode(a.eventName, b.eventName));
  return {
    id: server.id,
    name: server.name,
    ownerId: server.ownerId,
    revision: server.pluginRevision,
    channels: new Map(channels.map((c) => [c.id, c.name])),
    members: new Map(members.map((m) => [m.userId, membershipFromRow(m)])),
    requirements: new Map(requirementList.map((r) => [r.pluginId, r])),
    events: new Map(eventList.map((definition) => [eventKey(definition.pluginId, definition.eventName), { definition }])),
    snapshot: { serverId: server.id, revision: server.pluginRevision, requirements: requirementList, events: eventList },
  };
}

/** Both maps keep at most `capacity` servers; a forgotten one is loaded again on its next use. */
export class ServerStateStore {
  private readonly states: LruMap<string, Promise<ServerState | undefined>>;
  /** The settled, current state of each loaded server, for synchronous reads on the websocket hot path. */
  private readonly ready: LruMap<string, ServerState>;

  constructor(capacity: number) {
    this.states = new LruMap(capacity);
    this.ready = new LruMap(capacity);
  }

  peek(serverId: string): ServerState | undefined {
    return this.ready.get(serverId);
  }

  private track(serverId: string, loading: Promise<ServerState | undefined>): Promise<ServerState | undefined> {
    this.states.set(serverId, loading);
    loading.then(
      (state) => {
        if (this.states.get(serverId) !== loading) return;
        if (state) this.ready.set(serverId, state);
        else this.states.delete(serverId);
      },
      () => this.states.get(serverId) === loading && this.states.delete(serverId),
    );
    return loading;
  }

  /** The server's state, or undefined for an unknown server (unknown ids are not cached). */
  get(serverId: string): Promise<ServerState | undefined> {
    const cached = this.states.get(serverId);
    if (cached) return cached;
    return this.track(serverId, loadServerState(serverId));
  }

  /** Reloads after a committed change; call inside `Database.exclusive` so reloads land in commit order. */
  async refresh(serverId: string): Promise<ServerState | undefined> {
    const state = await this.track(serverId, loadServerState(serverId));
    if (state) this.ready.set(serverId, state);
    return state;
  }
}
