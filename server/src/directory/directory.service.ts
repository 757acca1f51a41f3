// The server directory: servers (create, list, view), channels, memberships (join, leave, permissions), members with
// their roles, and the signed-in user's profile. Joins, leaves and new channels are announced to listeners (the
// websocket endpoint) once committed.
import { Op, UniqueConstraintError } from "sequelize";
import type {
  Channel,
  CreateChannelRequest,
  CreateServerRequest,
  Member,
  MemberPermissions,
  Membership,
  Server,
  ServerSummary,
  UserProfile,
} from "@toju/generated/types/contract";
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import { describeError } from "@toju/contracts/errors/coded-error";
import { quota } from "@toju/generated/types/constants";
import type { Database } from "../db/database";
import { ChannelRow, MembershipRow, ServerRow, UserRow } from "../db/models";
import { conflict, forbidden, notFound, quotaExceeded } from "../http/api-error";
import type { Logger } from "../ops/logger";
import { membershipFromRow, type ServerState, type ServerStateStore } from "../plugin-support/server-state";
import { channelNameKey } from "./channel-names";
import { newEntityId } from "./ids";
import { rolesOf } from "./roles";

export interface DirectoryEvents {
  memberJoined: { serverId: string; member: Member };
  memberLeft: { serverId: string; userId: string };
  channelCreated: { serverId: string; channel: Channel };
  /** A member's permissions changed (nothing is announced to sockets; other instances reload the server). */
  membershipChanged: { serverId: string; userId: string };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class DirectoryService {
  private readonly events: TypedEmitter<DirectoryEvents>;

  constructor(
    private readonly db: Database,
    private readonly states: ServerStateStore,
    log: Logger,
  ) {
    // A failing listener (a broadcast) must not fail the change that already committed.
    this.events = new TypedEmitter((error) => log("error", "directory.listener_failed", { message: describeError(error).slice(0, 200) }));
  }

  on<K extends keyof DirectoryEvents>(type: K, listener: (event: DirectoryEvents[K]) => void): Subscription {
    return this.events.on(type, listener);
  }

  async createServer(ownerId: string, request: CreateServerRequest): Promise<Server> {
    const server: Server = { id: newEntityId(), name: request.name, ownerId, channels: [{ id: newEntityId(), name: "general" }] };
    await this.db.exclusive(async () => {
      await this.db.transaction(async (transaction) => {
        if ((await ServerRow.count({ where: { ownerId }, transaction })) >= quota.serversOwnedPerUser)
          throw quotaExceeded(`a user owns at most ${quota.serversOwnedPerUser} servers`);
        const now = new Date();
        await ServerRow.create({ id: server.id, name: server.name, ownerId, pluginRevision: 0, createdAt: now }, { transaction });
        await ChannelRow.create(
          { id: server.channels[0].id, serverId: server.id, name: "general", nameKey: channelNameKey("general"), createdAt: now },
          { transaction },
        );
        await MembershipRow.create(
          { serverId: server.id, userId: ownerId, owner: true, manageServer: true, joinedAt: now },
          { transaction },
        );
      });
      await this.states.refresh(server.id);
    });
    return server;
  }

  /** The caller's servers, by name. */
  async listServers(userId: string): Promise<ServerSummary[]> {
    const memberships = await MembershipRow.findAll({ where: { userId }, attributes: ["serverId"] });
    const servers = await ServerRow.findAll({ where: { id: { [Op.in]: memberships.map((m) => m.serverId) } } });
    return servers
      .map((s) => ({ id: s.id, name: s.name, ownerId: s.ownerId }))
      .sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()) || byText(a.id, b.id));
  }

  serverOf(state: ServerState): Server {
    return { id: state.id, name: state.name, ownerId: state.ownerId, channels: [...state.channels].map(([id, name]) => ({ id, name })) };
  }

  async profile(userId: string): Promise<UserProfile> {
    const user = await UserRow.findByPk(userId, { attributes: ["id", "username"] });
    if (!user) throw notFound("unknown user");
    return { id: user.id, username: user.username };
  }

  /** Joining twice returns the same membership; a new membership is announced as `memberJoined`. */
  async join(serverId: string, userId: string): Promise<Membership> {
    const existing = (await this.states.get(serverId))?.members.get(userId);
    if (existing) return existing;
    const { membership, state } = await this.db.exclusive(async () => {
      const row = await this.db
        .transaction(async (transaction) => {
          const found = await MembershipRow.findOne({ where: { serverId, userId }, transaction });
          if (found) return undefined;
          return MembershipRow.create({ serverId, userId, owner: false, manageServer: false, joinedAt: new Date() }, { transaction });
        })
        .catch((error: unknown) => {
          // The same join committed at the same time (another request, or another instance): it is the membership.
          if (error instanceof UniqueConstraintError) return undefined;
          throw error;
        });
      const state = await this.states.refresh(serverId);
      return { membership: row && membershipFromRow(row), state };
    });
    if (!membership) {
      const current = state?.members.get(userId);
      if (!current) throw notFound("unknown server");
      return current;
    }
    if (state) this.events.emit("memberJoined", { serverId, member: (await this.membersOf(state, [userId]))[0] });
    return membership;
  }

  /** Ends the caller's membership (the owner cannot leave: 409) and announces `memberLeft`. */
  async leave(serverId: string, userId: string): Promise<void> {
    await this.db.exclusive(async () => {
      await this.db.transaction(async (transaction) => {
        const found = await MembershipRow.findOne({ where: { serverId, userId }, transaction });
        if (!found) throw forbidden("only members of this server may do this");
        if (found.owner) throw conflict("the owner cannot leave their server");
        await found.destroy({ transaction });
      });
      await this.states.refresh(serverId);
    });
    this.events.emit("memberLeft", { serverId, userId });
  }

  async setPermissions(serverId: string, userId: string, permissions: MemberPermissions): Promise<Membership> {
    const membership = await this.db.exclusive(async () => {
      const row = await this.db.transaction(async (transaction) => {
        const found = await MembershipRow.findOne({ where: { serverId, userId }, transaction });
        if (!found) throw notFound("the user is not a member of this server");
        found.manageServer = permissions.manageServer;
        return found.save({ transaction });
      });
      await this.states.refresh(serverId);
      return membershipFromRow(row);
    });
    this.events.emit("membershipChanged", { serverId, userId });
    return membership;
  }

  /** A new channel, its name unique in the server without regard to case (409), within the quota (403); announced as `channelCreated`. */
  async createChannel(serverId: string, request: CreateChannelRequest): Promise<Channel> {
    const channel: Channel = { id: newEntityId(), name: request.name };
    const nameKey = channelNameKey(request.name);
    const taken = () => conflict(`this server already has a channel named ${JSON.stringify(request.name)}`);
    await this.db.exclusive(async () => {
      try {
        await this.db.transaction(async (transaction) => {
          if (await ChannelRow.findOne({ where: { serverId, nameKey }, transaction })) throw taken();
          if ((await ChannelRow.count({ where: { serverId }, transaction })) >= quota.channelsPerServer)
            throw quotaExceeded(`a server has at most ${quota.channelsPerServer} channels`);
          await ChannelRow.create({ ...channel, serverId, nameKey, createdAt: new Date() }, { transaction });
        });
      } catch (error) {
        throw error instanceof UniqueConstraintError ? taken() : error;
      }
      await this.states.refresh(serverId);
    });
    this.events.emit("channelCreated", { serverId, channel });
    return channel;
  }

  /** The server's members (all, or those of `userIds`) with their user names and roles, by user name. */
  async membersOf(state: ServerState, userIds: readonly string[] = [...state.members.keys()]): Promise<Member[]> {
    const users = await UserRow.findAll({ where: { id: { [Op.in]: [...userIds] } }, attributes: ["id", "username"] });
    return users
      .flatMap((user) => {
        const membership = state.members.get(user.id);
        return membership ? [{ userId: user.id, username: user.username, roles: rolesOf(membership) }] : [];
      })
      .sort((a, b) => byText(a.username.toLowerCase(), b.username.toLowerCase()) || byText(a.userId, b.userId));
  }
}
