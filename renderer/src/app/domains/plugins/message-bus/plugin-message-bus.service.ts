// PluginMessageBusService: in-renderer pub/sub between plugins. Topics are shared by every plugin; each message is
// stamped with the plugin that sent it and each subscription is owned by one plugin, so deactivation removes it.
//
// Delivery is synchronous, in subscription order, to subscribers whose channel/peer filters match (a subscriber
// without a filter sees every message of the topic). Payloads are plain JSON, copied and deep-frozen once, so no
// listener can change what another receives. The last message of each topic is retained (bounded) and replayed
// to a subscriber that asks with `replay: true`; the `replay` option has no effect on publish.
import {
  type Disposable,
  type MessageBusMessage,
  type MessageBusOptions,
  PluginMessageBusError,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import { toJsonValue } from "../api/plugin-json-value";
import { type MessageBusTarget, readOptions, requireBusPluginId, requireTopic } from "./message-bus-inputs";
import { RetainedMessages } from "./retained-messages";

export interface MessageBusListenerError {
  pluginId: string;
  topic: string;
  error: unknown;
}

export interface PluginMessageBusOptions {
  maxPayloadBytes?: number;
  maxRetainedTopics?: number;
  maxRetainedBytes?: number;
  maxSubscriptionsPerPlugin?: number;
  /** How deep listeners may publish from inside listeners before the bus refuses (breaks publish loops). */
  maxDispatchDepth?: number;
  onListenerError?: (report: MessageBusListenerError) => void;
}

interface Subscription extends MessageBusTarget {
  pluginId: string;
  topic: string;
  listener: (message: MessageBusMessage) => void;
  active: boolean;
}

export class PluginMessageBusService {
  private readonly byTopic = new Map<string, Set<Subscription>>();
  private readonly byPlugin = new Map<string, Set<Subscription>>();
  private readonly retained: RetainedMessages;
  private depth = 0;

  constructor(private readonly options: PluginMessageBusOptions = {}) {
    this.retained = new RetainedMessages(options.maxRetainedTopics ?? 256, options.maxRetainedBytes ?? 1_048_576);
  }

  publish(fromPluginId: string, topic: string, payload: unknown, options?: MessageBusOptions): void {
    requireBusPluginId(fromPluginId);
    requireTopic(topic);
    const { target } = readOptions(options);
    const checked = toJsonValue(payload, this.options.maxPayloadBytes ?? 65_536);
    if (!checked.ok)
      throw new PluginMessageBusError(
        checked.code === "value_too_large" ? "payload_too_large" : "payload_not_serializable",
        `topic '${topic}': ${checked.message}`,
      );
    const maxDepth = this.options.maxDispatchDepth ?? 8;
    if (this.depth >= maxDepth)
      throw new PluginMessageBusError(
        "dispatch_too_deep",
        `topic '${topic}': listeners published ${maxDepth} levels deep; the bus stops loops here`,
      );
    const message = Object.freeze({ topic, payload: deepFreeze(checked.value), fromPluginId, ...target });
    this.retained.set(message, checked.bytes);
    this.depth++;
    try {
      for (const subscription of [...(this.byTopic.get(topic) ?? [])]) this.deliver(subscription, message);
    } finally {
      this.depth--;
    }
  }

  subscribe(pluginId: string, topic: string, listener: (message: MessageBusMessage) => void, options?: MessageBusOptions): Disposable {
    requireBusPluginId(pluginId);
    requireTopic(topic);
    const { target, replay } = readOptions(options);
    if (typeof listener !== "function") throw new PluginMessageBusError("invalid_listener", "the listener must be a function");
    const owned = this.byPlugin.get(pluginId) ?? new Set<Subscription>();
    const limit = this.options.maxSubscriptionsPerPlugin ?? 1024;
    if (owned.size >= limit)
      throw new PluginMessageBusError("too_many_subscriptions", `plugin '${pluginId}' already has ${limit} subscriptions`);
    const subscription: Subscription = { pluginId, topic, listener, active: true, ...target };
    this.byPlugin.set(pluginId, owned.add(subscription));
    this.byTopic.set(topic, (this.byTopic.get(topic) ?? new Set<Subscription>()).add(subscription));
    const last = replay ? this.retained.get(topic) : undefined;
    if (last) this.deliver(subscription, last);
    return { dispose: () => this.unsubscribe(subscription) };
  }

  /** Deactivation: drops the plugin's subscriptions and the messages it left retained. */
  removeAll(pluginId: string): void {
    for (const subscription of [...(this.byPlugin.get(pluginId) ?? [])]) this.unsubscribe(subscription);
    this.retained.deleteFrom(pluginId);
  }

  subscriberCount(topic: string): number {
    return this.byTopic.get(topic)?.size ?? 0;
  }

  private deliver(subscription: Subscription, message: MessageBusMessage): void {
    if (!subscription.active || !matches(subscription, message)) return;
    try {
      subscription.listener(message);
    } catch (error) {
      this.report({ pluginId: subscription.pluginId, topic: message.topic, error });
    }
  }

  private unsubscribe(subscription: Subscription): void {
    if (!subscription.active) return;
    subscription.active = false;
    removeFrom(this.byTopic, subscription.topic, subscription);
    removeFrom(this.byPlugin, subscription.pluginId, subscription);
  }

  private report(report: MessageBusListenerError): void {
    try {
      this.options.onListenerError?.(report);
    } catch {
      // The reporter is host code; if it fails too, delivery to the other listeners still goes on.
    }
  }
}

function matches(target: MessageBusTarget, message: MessageBusMessage): boolean {
  return (
    (target.channelId === undefined || target.channelId === message.channelId) &&
    (target.peerId === undefined || target.peerId === message.peerId)
  );
}

function removeFrom<T>(index: Map<string, Set<T>>, key: string, item: T): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(item);
  if (set.size === 0) index.delete(key);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
