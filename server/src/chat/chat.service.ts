// Stored chat: a channel's paged history, posting (with attachments, or as a plugin user), and attachment files
// (upload into the attachments folder with a database row, download for members only).
import type { FileHandle } from "node:fs/promises";
import { Op, type Transaction } from "sequelize";
import type { Attachment, ChatMessage, ErrorDetail, SendMessageEnvelope, WebSocketErrorCode } from "@toju/generated/types/contract";
import { CodedError } from "@toju/contracts/errors/coded-error";
import type { Database } from "../db/database";
import { AttachmentRow, MessageAttachmentRow, MessageRow } from "../db/models";
import { newEntityId } from "../directory/ids";
import { forbidden, invalidRequest, notFound } from "../http/api-error";
import type { SpooledBody } from "../http/raw-body";
import type { ServerState, ServerStateStore } from "../plugin-support/server-state";
import type { AttachmentStore } from "./attachment-store";

/** Why a `send_message` was refused: the websocket answers it as an `error` envelope. */
export class ChatRefusal extends CodedError<WebSocketErrorCode> {
  override readonly name = "ChatRefusal";

  constructor(
    code: WebSocketErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(code, message);
  }
}

export interface NewAttachment {
  serverId: string;
  channelId: string;
  uploaderId: string;
  name: string;
  upload: SpooledBody;
}

export interface AttachmentDownload {
  attachment: Attachment;
  file: FileHandle;
}

export function attachmentFromRow(row: AttachmentRow): Attachment {
  return { id: row.id, name: row.name, mediaType: row.mediaType, size: row.size, url: `/api/attachments/${row.id}` };
}

function messageFromRow(row: MessageRow, attachments: readonly Attachment[]): ChatMessage {
  const message: ChatMessage = {
    messageId: row.id,
    serverId: row.serverId,
    channelId: row.channelId,
    authorUserId: row.authorUserId,
    content: row.content,
    sentAt: row.sentAt.toISOString(),
  };
  if (row.pluginId !== null) message.pluginId = row.pluginId;
  if (row.authorDisplayName !== null) message.authorDisplayName = row.authorDisplayName;
  if (attachments.length > 0) message.attachments = [...attachments];
  return message;
}

/** The plugin user a message is posted as: refused when the server blocks the plugin. */
function pluginAuthor(state: ServerState, pluginId: string): { pluginId: string; authorDisplayName: string } {
  const requirement = state.requirements.get(pluginId);
  if (requirement?.status === "blocked") throw new ChatRefusal("forbidden", `this server blocks the plugin ${pluginId}`);
  return { pluginId, authorDisplayName: requirement?.manifest?.pluginUser?.displayName ?? pluginId };
}

export class ChatService {
  constructor(
    private readonly db: Database,
    private readonly states: ServerStateStore,
    readonly files: AttachmentStore,
  ) {}

  /** Newest first: at most `limit` messages of the channel older than the message `before`. */
  async listMessages(channelId: string, page: { before?: string; limit: number }): Promise<ChatMessage[]> {
    const where: Record<string | symbol, unknown> = { channelId };
    if (page.before !== undefined) {
      const anchor = await MessageRow.findOne({ where: { id: page.before, channelId }, attributes: ["seq"] });
      if (!anchor)
        throw invalidRequest("`before` names no message of this channel", [
          { path: "/query/before", message: "no such message in this channel" },
        ]);
      where.seq = { [Op.lt]: anchor.seq };
    }
    const rows = await MessageRow.findAll({ where, order: [["seq", "DESC"]], limit: page.limit });
    const attachments = await this.attachmentsOf(rows.map((r) => r.id));
    return rows.map((row) => messageFromRow(row, attachments.get(row.id) ?? []));
  }

  /** Oldest first: at most `limit` messages of the server sent at or after `since` (replayed after a fan-out outage). */
  async messagesSince(serverId: string, since: Date, limit: number): Promise<ChatMessage[]> {
    const rows = await MessageRow.findAll({ where: { serverId, sentAt: { [Op.gte]: since } }, order: [["seq", "ASC"]], limit });
    const attachments = await this.attachmentsOf(rows.map((r) => r.id));
    return rows.map((row) => messageFromRow(row, attachments.get(row.id) ?? []));
  }

  /**
   * Stores a message once every check passed, in this order: content or attachments, membership, channel, plugin
   * user, then each attachment (uploaded by the sender to this channel, not attached yet). Throws `ChatRefusal`.
   */
  async postMessage(senderId: string, envelope: SendMessageEnvelope, state: ServerState): Promise<ChatMessage> {
    const ids = envelope.attachmentIds ?? [];
    if (envelope.content.length === 0 && ids.length === 0)
      throw new ChatRefusal("invalid_envelope", "a message needs content or attachments", [{ path: "/content", message: "empty" }]);
    const repeated = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (repeated >= 0)
      throw new ChatRefusal("invalid_envelope", "an attachment is listed twice", [
        { path: `/attachmentIds/${repeated}`, message: "listed twice" },
      ]);
    if (!state.members.has(senderId)) throw new ChatRefusal("not_member", "you are not a member of this server");
    if (!state.channels.has(envelope.channelId)) throw new ChatRefusal("not_found", "unknown channel");
    const author = envelope.asPluginId === undefined ? undefined : pluginAuthor(state, envelope.asPluginId);
    const { row, attachments } = await this.db.write(async (transaction) => {
      const attachments = await this.claimAttachments(ids, senderId, envelope.channelId, transaction);
      const row = await MessageRow.create(
        {
          id: newEntityId(),
          serverId: state.id,
          channelId: envelope.channelId,
          authorUserId: senderId,
          content: envelope.content,
          sentAt: new Date(),
          pluginId: author?.pluginId ?? null,
          authorDisplayName: author?.authorDisplayName ?? null,
        },
        { transaction },
      );
      await MessageAttachmentRow.bulkCreate(
        ids.map((attachmentId, position) => ({ attachmentId, messageId: row.id, position })),
        { transaction },
      );
      return { row, attachments };
    });
    return messageFromRow(row, attachments);
  }

  /** Keeps a spooled upload: its row and its file under a random name, in one transaction (the file goes if the row does). */
  async storeAttachment(input: NewAttachment): Promise<Attachment> {
    const storedName = this.files.newStoredName();
    try {
      const row = await this.db.write(async (transaction) => {
        const created = await AttachmentRow.create(
          {
            id: newEntityId(),
            serverId: input.serverId,
            channelId: input.channelId,
            uploaderId: input.uploaderId,
            name: input.name,
            mediaType: input.upload.mediaType,
            size: input.upload.size,
            storedName,
            createdAt: new Date(),
          },
          { transaction },
        );
        await this.files.keep(input.upload.file, storedName);
        return created;
      });
      return attachmentFromRow(row);
    } catch (error) {
      await this.files.discard(storedName);
      throw error;
    }
  }

  /** The attachment and its open file: 404 when unknown, 403 unless the user is a member of its server. */
  async openAttachment(attachmentId: string, userId: string): Promise<AttachmentDownload> {
    const row = await AttachmentRow.findByPk(attachmentId);
    if (!row) throw notFound("unknown attachment");
    const state = await this.states.get(row.serverId);
    if (!state?.members.has(userId)) throw forbidden("only members of the attachment's server may download it");
    const file = await this.files.openStored(row.storedName);
    if (!file) throw notFound("the attachment's file is missing");
    return { attachment: attachmentFromRow(row), file };
  }

  private async claimAttachments(
    ids: readonly string[],
    senderId: string,
    channelId: string,
    transaction: Transaction,
  ): Promise<Attachment[]> {
    if (ids.length === 0) return [];
    const rows = new Map((await AttachmentRow.findAll({ where: { id: { [Op.in]: [...ids] } }, transaction })).map((r) => [r.id, r]));
    const used = new Set(
      (
        await MessageAttachmentRow.findAll({ where: { attachmentId: { [Op.in]: [...ids] } }, attributes: ["attachmentId"], transaction })
      ).map((l) => l.attachmentId),
    );
    return ids.map((id, i) => {
      const row = rows.get(id);
      const path = `/attachmentIds/${i}`;
      if (!row || row.channelId !== channelId)
        throw new ChatRefusal("invalid_envelope", "an attachment was not uploaded to this channel", [
          { path, message: "no such upload in this channel" },
        ]);
      if (row.uploaderId !== senderId)
        throw new ChatRefusal("forbidden", "an attachment was uploaded by someone else", [{ path, message: "uploaded by another user" }]);
      if (used.has(id))
        throw new ChatRefusal("invalid_envelope", "an attachment is already attached to a message", [
          { path, message: "already attached" },
        ]);
      return attachmentFromRow(row);
    });
  }

  private async attachmentsOf(messageIds: readonly string[]): Promise<Map<string, Attachment[]>> {
    const byMessage = new Map<string, Attachment[]>();
    if (messageIds.length === 0) return byMessage;
    const links = await MessageAttachmentRow.findAll({ where: { messageId: { [Op.in]: [...messageIds] } }, order: [["position", "ASC"]] });
    if (links.length === 0) return byMessage;
    const rows = await AttachmentRow.findAll({ where: { id: { [Op.in]: links.map((l) => l.attachmentId) } } });
    const attachments = new Map(rows.map((r) => [r.id, attachmentFromRow(r)]));
    for (const link of links) {
      const attachment = attachments.get(link.attachmentId);
      if (!attachment) continue;
      byMessage.set(link.messageId, [...(byMessage.get(link.messageId) ?? []), attachment]);
    }
    return byMessage;
  }
}
