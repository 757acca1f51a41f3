// ChannelMessagesService: the open channel's messages, oldest first: the newest page when the channel opens, older
// pages on demand (history on scroll), live `message` envelopes, and a refresh after a reconnect closes the gap.
import { DestroyRef, Injectable, effect, inject, signal, untracked } from "@angular/core";
import { describeError } from "@toju/contracts/errors/coded-error";
import type { Attachment, ChatMessage } from "@toju/generated/types/contract";
import { TOJU_REST, TOJU_SOCKET } from "../connection/connection.tokens";
import { ChatSessionService } from "./chat-session.service";

/** Messages per history page. */
export const MESSAGE_PAGE_SIZE = 50;

@Injectable({ providedIn: "root" })
export class ChannelMessagesService {
  private readonly session = inject(ChatSessionService);
  private readonly rest = inject(TOJU_REST);
  private readonly socket = inject(TOJU_SOCKET);
  private readonly list = signal<ChatMessage[]>([]);
  private readonly loadingFirst = signal(false);
  private readonly loadingMore = signal(false);
  private readonly more = signal(false);
  private readonly problem = signal<string | undefined>(undefined);
  /** Attachments of every message seen in this session, for `attachments.get`. */
  private readonly attachments = new Map<string, Attachment>();
  private place?: { serverId: string; channelId: string };

  /** The open channel's messages, oldest first. */
  readonly messages = this.list.asReadonly();
  readonly loading = this.loadingFirst.asReadonly();
  readonly loadingOlder = this.loadingMore.asReadonly();
  /** Older messages exist on the server. */
  readonly hasOlder = this.more.asReadonly();
  readonly error = this.problem.asReadonly();

  constructor() {
    effect(() => {
      const serverId = this.session.currentServer()?.id;
      const channelId = this.session.currentChannelId();
      untracked(() => void this.open(serverId, channelId));
    });
    let wasConnected = false;
    const watching = [
      this.socket.on("message", (message) => this.receive(message)),
      this.socket.onStateChange((state) => {
        if (state === "connected" && wasConnected) void this.refresh();
        if (state === "connected") wasConnected = true;
        if (state === "signed-out") wasConnected = false;
      }),
    ];
    inject(DestroyRef).onDestroy(() => watching.forEach((subscription) => subscription.dispose()));
  }

  /** Loads the page before the oldest message shown; does nothing while loading or when there is none. */
  async loadOlder(): Promise<void> {
    const place = this.place;
    const oldest = this.list()[0];
    if (!place || !oldest || !this.more() || this.loadingMore()) return;
    this.loadingMore.set(true);
    try {
      const page = await this.rest.listMessages(place.serverId, place.channelId, { before: oldest.messageId, limit: MESSAGE_PAGE_SIZE });
      if (this.place !== place) return;
      this.merge(page);
      this.more.set(page.length === MESSAGE_PAGE_SIZE);
    } catch (error) {
      if (this.place === place) this.problem.set(`Older messages could not be loaded: ${describeError(error)}`);
    } finally {
      if (this.place === place) this.loadingMore.set(false);
    }
  }

  /** Posts to the open channel; resolves with the stored message. Rejects with `SocketRequestError`. */
  async send(content: string, attachmentIds: readonly string[] = [], asPluginId?: string, channelId?: string): Promise<ChatMessage> {
    const serverId = this.session.currentServer()?.id;
    const target = channelId ?? this.session.currentChannelId();
    if (!serverId || !target) throw new Error("no channel is open");
    const reply = await this.socket.request({
      type: "send_message",
      serverId,
      channelId: target,
      content,
      ...(attachmentIds.length > 0 ? { attachmentIds: [...attachmentIds] } : {}),
      ...(asPluginId ? { asPluginId } : {}),
    });
    if (reply.type !== "message") throw new Error(`the server answered send_message with ${reply.type}`);
    const { type: _type, requestId: _requestId, ...message } = reply;
    return message;
  }

  /** An attachment of a message this session has seen. */
  attachment(attachmentId: string): Attachment | undefined {
    return this.attachments.get(attachmentId);
  }

  private async open(serverId: string | undefined, channelId: string | undefined): Promise<void> {
    if (this.place?.serverId === serverId && this.place?.channelId === channelId) return;
    const place = serverId && channelId ? { serverId, channelId } : undefined;
    this.place = place;
    this.list.set([]);
    this.more.set(false);
    this.problem.set(undefined);
    this.loadingMore.set(false);
    if (!place) return this.loadingFirst.set(false);
    this.loadingFirst.set(true);
    try {
      const page = await this.rest.listMessages(place.serverId, place.channelId, { limit: MESSAGE_PAGE_SIZE });
      if (this.place !== place) return;
      this.merge(page);
      this.more.set(page.length === MESSAGE_PAGE_SIZE);
    } catch (error) {
      if (this.place === place) this.problem.set(`Messages could not be loaded: ${describeError(error)}`);
    } finally {
      if (this.place === place) this.loadingFirst.set(false);
    }
  }

  /** The newest page again, merged: what arrived while the connection was down. */
  private async refresh(): Promise<void> {
    const place = this.place;
    if (!place) return;
    try {
      const page = await this.rest.listMessages(place.serverId, place.channelId, { limit: MESSAGE_PAGE_SIZE });
      if (this.place === place) this.merge(page);
    } catch (error) {
      if (this.place === place) this.problem.set(`Messages could not be refreshed: ${describeError(error)}`);
    }
  }

  private receive(envelope: ChatMessage & { type: "message"; requestId?: string }): void {
    const { type: _type, requestId: _requestId, ...message } = envelope;
    this.remember([message]);
    if (this.place?.serverId === message.serverId && this.place.channelId === message.channelId) this.merge([message]);
  }

  private merge(incoming: readonly ChatMessage[]): void {
    this.remember(incoming);
    const byId = new Map(this.list().map((message) => [message.messageId, message]));
    for (const message of incoming) byId.set(message.messageId, message);
    this.list.set([...byId.values()].sort(chronological));
  }

  private remember(messages: readonly ChatMessage[]): void {
    for (const message of messages) for (const attachment of message.attachments ?? []) this.attachments.set(attachment.id, attachment);
  }
}

function chronological(a: ChatMessage, b: ChatMessage): number {
  return Date.parse(a.sentAt) - Date.parse(b.sentAt) || a.messageId.localeCompare(b.messageId);
}
