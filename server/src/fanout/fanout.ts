// This instance's end of the fan-out: every broadcast is delivered to the sockets here at once and published on the
// bus for the other instances, which deliver the same bytes to theirs. Announcements of committed changes refresh the
// cached server state before they reach a socket, per server in the order they were published, so no socket hears of
// a change its instance does not yet serve; plugin snapshots are broadcast in increasing revision only.
import { KeyedSerialQueue } from "@toju/contracts/async/serial-queue";
import { describeError } from "@toju/contracts/errors/coded-error";
import type {
  MessageEnvelope,
  P2pSignalEnvelope,
  PluginEventDefinition,
  PluginEventEnvelope,
  PluginRequirementsSnapshot,
  ServerEnvelope,
} from "@toju/generated/types/contract";
import type { ChatService } from "../chat/chat.service";
import type { DirectoryService } from "../directory/directory.service";
import type { Logger } from "../ops/logger";
import type { PluginSupportService } from "../plugin-support/plugin-support.service";
import type { ServerState, ServerStateStore } from "../plugin-support/server-state";
import type { Connection } from "../websocket/connection";
import {
  deliverP2pSignalFrame,
  deliverPluginEventFrame,
  deliverToAudience,
  encodeEnvelope,
  relayedP2pSignalFrame,
  relayedPluginEventFrame,
  type PluginEventRoute,
} from "../websocket/delivery";
import type { SocketRegistry } from "../websocket/socket-registry";
import type { Audience, FanoutBus, FanoutMessage } from "./fanout-bus";
import { PresenceMirror, presenceKey } from "./presence";

/** How many servers' last broadcast revisions are remembered. */
const REVISION_MEMORY = 10_000;
/** After an outage, messages are sent again from this long before it began (instances' clocks may differ a little). */
const REPLAY_CLOCK_MARGIN_MS = 5_000;
/** At most this many messages per server are sent again after an outage; older ones are in the history. */
const REPLAY_LIMIT = 500;

export interface FanoutOptions {
  bus: FanoutBus;
  registry: SocketRegistry;
  services: { directory: DirectoryService; pluginSupport: PluginSupportService; states: ServerStateStore; chat: ChatService };
  log: Logger;
  /** How often this instance says it is alive; an instance silent for three periods is no longer counted. */
  aliveMs?: number;
}

type Announcement = { audience: Audience; envelope: ServerEnvelope };

function routeKey(route: PluginEventRoute): string {
  if (route.direction === "p2pHint" || route.scope === "user") return presenceKey.user(route.targetUserId!);
  return route.scope === "plugin" ? presenceKey.active(route.serverId, route.pluginId) : presenceKey.joined(route.serverId);
}

export class Fanout {
  private readonly bus: FanoutBus;
  private readonly registry: SocketRegistry;
  private readonly states: ServerStateStore;
  private readonly presence = new PresenceMirror();
  /** Per server, messages from other instances whose handling waits for a state reload, and those after them. */
  private readonly ordered = new KeyedSerialQueue<string>();
  private readonly broadcastRevisions = new Map<string, number>();
  private readonly aliveMs: number;
  private readonly timer: NodeJS.Timeout;
  private readonly disposers: (() => void)[] = [];
  private presenceFlushQueued = false;

  constructor(private readonly options: FanoutOptions) {
    this.bus = options.bus;
    this.registry = options.registry;
    this.states = options.services.states;
    this.aliveMs = options.aliveMs ?? 2_000;
    this.registry.onChange((connection, connected) => {
      this.presence.track(connection, connected);
      this.queuePresenceFlush();
    });
    this.bus.subscribe({ message: (message, origin) => this.receive(message, origin), resync: (since) => this.resync(since) });
    this.watchServices(options.services);
    this.timer = setInterval(() => this.tick(), this.aliveMs);
    this.timer.unref();
    this.bus.publish({ kind: "presence_request" });
  }

  /** An accepted plugin event, to every receiver but its sender's socket; returns how many receive it, on every instance. */
  pluginEvent(sender: Connection, envelope: PluginEventEnvelope, definition: PluginEventDefinition, payloadJson: string): number {
    const route: PluginEventRoute = {
      serverId: envelope.serverId,
      pluginId: envelope.pluginId,
      scope: definition.scope,
      direction: envelope.direction,
    };
    if (envelope.targetUserId !== undefined) route.targetUserId = envelope.targetUserId;
    const frame = relayedPluginEventFrame(envelope, definition.scope, sender.userId!, payloadJson);
    const here = deliverPluginEventFrame(this.registry, route, frame, sender);
    this.bus.publish({ kind: "plugin_event", ...route, frame });
    return here + this.presence.remoteCount(routeKey(route));
  }

  /** A stored chat message, to every joined socket but the sender's. */
  chatMessage(sender: Connection, message: MessageEnvelope): void {
    const frame = encodeEnvelope(message);
    deliverToAudience(this.registry, message.serverId, "joined", frame, sender);
    this.bus.publish({ kind: "chat_message", serverId: message.serverId, frame });
  }

  p2pSignal(sourceUserId: string, envelope: P2pSignalEnvelope): void {
    const frame = relayedP2pSignalFrame(sourceUserId, envelope);
    deliverP2pSignalFrame(this.registry, envelope.serverId, envelope.targetUserId, frame);
    this.bus.publish({ kind: "p2p_signal", serverId: envelope.serverId, targetUserId: envelope.targetUserId, frame });
  }

  close(): void {
    clearInterval(this.timer);
    this.disposers.forEach((dispose) => dispose());
  }

  private watchServices({ directory, pluginSupport }: FanoutOptions["services"]): void {
    const subscriptions = [
      pluginSupport.onSnapshotChanged((snapshot) => {
        this.announceSnapshot(snapshot);
        this.bus.publish({ kind: "snapshot", snapshot });
      }),
      directory.on("memberJoined", ({ serverId, member }) =>
        this.serverChanged(serverId, { audience: "joined", envelope: { type: "member_joined", serverId, userId: member.userId, member } }),
      ),
      directory.on("memberLeft", ({ serverId, userId }) =>
        this.serverChanged(serverId, { audience: "joined", envelope: { type: "member_left", serverId, userId } }, userId),
      ),
      directory.on("channelCreated", ({ serverId, channel }) =>
        this.serverChanged(serverId, { audience: "watchers", envelope: { type: "channel_created", serverId, channel } }),
      ),
      directory.on("membershipChanged", ({ serverId }) => this.serverChanged(serverId)),
    ];
    this.disposers.push(() => subscriptions.forEach((subscription) => subscription.dispose()));
  }

  /** A committed directory change (this instance's state is already refreshed): announced here, then elsewhere. */
  private serverChanged(serverId: string, announcement?: Announcement, leftUserId?: string): void {
    const frame = announcement && encodeEnvelope(announcement.envelope);
    this.applyServerChange(serverId, announcement?.audience, frame, leftUserId);
    this.bus.publish({ kind: "server_changed", serverId, audience: announcement?.audience, frame, leftUserId });
  }

  private applyServerChange(
    serverId: string,
    audience: Audience | undefined,
    frame: Buffer | undefined,
    leftUserId: string | undefined,
  ): void {
    if (audience && frame) deliverToAudience(this.registry, serverId, audience, frame);
    if (leftUserId) for (const connection of this.registry.socketsOf(leftUserId)) this.registry.unjoin(connection, serverId);
  }

  /** `plugin_requirements_changed` with the newest snapshot this instance holds, unless its watchers already have it. */
  private announceSnapshot(snapshot: PluginRequirementsSnapshot): void {
    const state = this.states.applySnapshot(snapshot);
    const newest = state && state.revision > snapshot.revision ? state.snapshot : snapshot;
    const last = this.broadcastRevisions.get(snapshot.serverId);
    if (last !== undefined && newest.revision <= last) return;
    this.broadcastRevisions.delete(snapshot.serverId);
    this.broadcastRevisions.set(snapshot.serverId, newest.revision);
    for (const serverId of this.broadcastRevisions.keys()) {
      if (this.broadcastRevisions.size <= REVISION_MEMORY) break;
      this.broadcastRevisions.delete(serverId);
    }
    const envelope: ServerEnvelope = { type: "plugin_requirements_changed", serverId: snapshot.serverId, snapshot: newest };
    deliverToAudience(this.registry, snapshot.serverId, "watchers", encodeEnvelope(envelope));
  }

  private receive(message: FanoutMessage, origin: string): void {
    const now = Date.now();
    this.presence.seen(origin, now);
    switch (message.kind) {
      case "presence":
        return this.presence.apply(origin, message.counts, message.full, now);
      case "presence_request":
        return this.bus.publish({ kind: "presence", full: true, counts: this.presence.full() });
      case "alive":
        return;
      case "resync":
        return this.reloadCaches(message.since);
      case "plugin_event":
        return this.inOrder(message.serverId, () => void deliverPluginEventFrame(this.registry, message, message.frame));
      case "chat_message":
        return this.inOrder(message.serverId, () => deliverToAudience(this.registry, message.serverId, "joined", message.frame));
      case "p2p_signal":
        return this.inOrder(message.serverId, () =>
          deliverP2pSignalFrame(this.registry, message.serverId, message.targetUserId, message.frame),
        );
      case "snapshot":
        return this.inOrder(message.snapshot.serverId, () => this.announceSnapshot(message.snapshot));
      case "server_changed":
        return this.inOrder(message.serverId, () => this.remoteServerChange(message));
    }
  }

  private remoteServerChange(message: Extract<FanoutMessage, { kind: "server_changed" }>): Promise<void> | void {
    const apply = () => this.applyServerChange(message.serverId, message.audience, message.frame, message.leftUserId);
    if (!this.states.has(message.serverId)) return apply();
    return this.states.refresh(message.serverId).then(apply, (error: unknown) => {
      // Not served stale: the next read loads the server again.
      this.states.forget(message.serverId);
      this.failed(error);
      apply();
    });
  }

  /** Runs at once when nothing of this server is waiting, else after what is; a reload keeps later messages waiting. */
  private inOrder(serverId: string, handle: () => Promise<void> | void): void {
    if (this.ordered.has(serverId)) {
      this.ordered.run(serverId, handle).catch((error: unknown) => this.failed(error));
      return;
    }
    try {
      const pending = handle();
      if (pending) this.ordered.run(serverId, () => pending).catch((error: unknown) => this.failed(error));
    } catch (error) {
      this.failed(error);
    }
  }

  /** The link to the other instances was down from `since`: cached states and their presence may be stale. */
  private resync(since: number): void {
    this.presence.expire(0, true);
    this.bus.publish({ kind: "presence", full: true, counts: this.presence.full() });
    this.bus.publish({ kind: "presence_request" });
    this.reloadCaches(since);
  }

  /**
   * Forgets every cached server and catches this instance's watchers up with what they may have missed: the members,
   * departures and channels the reloaded state shows beside the one they last heard of, then the newest snapshot.
   * Then the chat messages stored since the link went down (`since`), which may repeat some a socket already has: a
   * message's id tells. Plugin events and P2P signals of the outage are not sent again.
   */
  private reloadCaches(since: number): void {
    const watched = this.registry.watchedServers();
    const heard = new Map<string, ServerState>();
    for (const serverId of watched) {
      const state = this.states.peek(serverId);
      if (state) heard.set(serverId, state);
    }
    this.states.clear();
    for (const serverId of watched) {
      this.inOrder(serverId, async () => {
        const state = await this.states.get(serverId);
        if (!state) return;
        const before = heard.get(serverId);
        if (before) await this.announceDirectoryChanges(before, state);
        this.announceSnapshot(state.snapshot);
        if (Number.isFinite(since)) await this.replayMessages(serverId, since);
      });
    }
  }

  /** The server's messages stored since `since`, oldest first, to this instance's joined sockets. */
  private async replayMessages(serverId: string, since: number): Promise<void> {
    const messages = await this.options.services.chat.messagesSince(serverId, new Date(since - REPLAY_CLOCK_MARGIN_MS), REPLAY_LIMIT);
    for (const message of messages) deliverToAudience(this.registry, serverId, "joined", encodeEnvelope({ type: "message", ...message }));
  }

  /** `member_joined`, `member_left` and `channel_created` to this instance's sockets for what changed between two states. */
  private async announceDirectoryChanges(before: ServerState, after: ServerState): Promise<void> {
    const serverId = after.id;
    const announce = (audience: Audience, envelope: ServerEnvelope) =>
      deliverToAudience(this.registry, serverId, audience, encodeEnvelope(envelope));
    for (const [id, name] of after.channels) {
      if (!before.channels.has(id)) announce("watchers", { type: "channel_created", serverId, channel: { id, name } });
    }
    const joined = [...after.members.keys()].filter((userId) => !before.members.has(userId));
    if (joined.length > 0) {
      for (const member of await this.options.services.directory.membersOf(after, joined)) {
        announce("joined", { type: "member_joined", serverId, userId: member.userId, member });
      }
    }
    for (const userId of before.members.keys()) {
      if (after.members.has(userId)) continue;
      announce("joined", { type: "member_left", serverId, userId });
      for (const connection of this.registry.socketsOf(userId)) this.registry.unjoin(connection, serverId);
    }
  }

  private queuePresenceFlush(): void {
    if (this.presenceFlushQueued) return;
    this.presenceFlushQueued = true;
    // A microtask: after every change one frame makes, before its reply goes out.
    queueMicrotask(() => {
      this.presenceFlushQueued = false;
      if (this.presence.hasChanges()) this.bus.publish({ kind: "presence", full: false, counts: this.presence.takeChanges() });
    });
  }

  private tick(): void {
    this.bus.publish({ kind: "alive" });
    this.presence.expire(Date.now() - 3 * this.aliveMs);
  }

  private failed(error: unknown): void {
    this.options.log("error", "fanout.delivery_failed", { message: describeError(error).slice(0, 200) });
  }
}
