// The minimal server directory: create a server (with its `general` channel), join it, set a member's permissions.
import type { CreateServerRequest, MemberPermissions, Membership, Server } from "@toju/generated/types/contract";
import type { Database } from "../db/database";
import { ChannelRow, MembershipRow, ServerRow } from "../db/models";
import { notFound } from "../http/api-error";
import { membershipFromRow, type ServerStateStore } from "../plugin-support/server-state";
import { newEntityId } from "./ids";

export class DirectoryService {
  constructor(
    private readonly db: Database,
    private readonly states: ServerStateStore,
  ) {}

  async createServer(ownerId: string, request: CreateServerRequest): Promise<Server> {
    const server: Server = { id: newEntityId(), name: request.name, ownerId, channels: [{ id: newEntityId(), name: "general" }] };
    await this.db.exclusive(async () => {
      await this.db.transaction(async (transaction) => {
        const now = new Date();
        await ServerRow.create({ id: server.id, name: server.name, ownerId, pluginRevision: 0, createdAt: now }, { transaction });
        await ChannelRow.create({ id: server.channels[0].id, serverId: server.id, name: "general" }, { transaction });
        await MembershipRow.create(
          { serverId: server.id, userId: ownerId, owner: true, manageServer: true, joinedAt: now },
          { transaction },
        );
      });
      await this.states.refresh(server.id);
    });
    return server;
  }

  /** Joining twice returns the same membership. */
  async join(serverId: string, userId: string): Promise<Membership> {
    const existing = (await this.states.get(serverId))?.members.get(userId);
    if (existing) return existing;
    return this.db.exclusive(async () => {
      const row = await this.db.transaction(async (transaction) => {
        const found = await MembershipRow.findOne({ where: { serverId, userId }, transaction });
        return (
          found ?? MembershipRow.create({ serverId, userId, owner: false, manageServer: false, joinedAt: new Date() }, { transaction })
        );
      });
      await this.states.refresh(serverId);
      return membershipFromRow(row);
    });
  }

  async setPermissions(serverId: string, userId: string, permissions: MemberPermissions): Promise<Membership> {
    return this.db.exclusive(async () => {
      const row = await this.db.transaction(async (transaction) => {
        const found = await MembershipRow.findOne({ where: { serverId, userId }, transaction });
        if (!found) throw notFound("the user is not a member of this server");
        found.manageServer = permissions.manageServer;
        return found.save({ transaction });
      });
      await this.states.refresh(serverId);
      return membershipFromRow(row);
    });
  }
}
