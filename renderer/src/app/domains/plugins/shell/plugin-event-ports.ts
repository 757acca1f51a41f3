// Host ports of `events`: a publish is a `plugin_event` that settles on the server's verdict (accepted, or refused
// with its rejection code); a subscription receives the events the server relays for that plugin from the open
// server. Listeners live on the renderer's one websocket client, so a reconnect leaves a gap, never a second copy.
import type { Subscription } from "@toju/contracts/async/typed-emitter";
import {
  PluginApiArgumentError,
  PluginEventRejectedError,
  PluginHostNotConnectedError,
  PluginServerError,
  type PluginEvent,
  type PublishEventOptions,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginEventDirection, PluginRequirementsSnapshot, Server, UserProfile } from "@toju/generated/types/contract";
import { SocketRequestError } from "../../connection/socket-request-error";
import type { TojuSocketClient } from "../../connection/websocket-client";
import type { HostPorts } from "../api/plugin-host-ports";
import { toJsonValue } from "../api/plugin-json-value";
import { toPluginError } from "./server-call-errors";

export interface PluginEventSource {
  user(): UserProfile | undefined;
  server(): Server | undefined;
  channelId(): string | undefined;
  requirements(): PluginRequirementsSnapshot | undefined;
  socket: Pick<TojuSocketClient, "request" | "on">;
  /** A fresh id for `eventId` (the server echoes it on its verdict). */
  newEventId(): string;
  /** A plugin's listener threw: the plugin's problem, never the host's. */
  reportListenerError(pluginId: string, error: unknown): void;
}

interface Target {
  channelId?: string;
  targetUserId?: string;
}

export class PluginEventPorts {
  private readonly subscriptions = new Map<string, Set<Subscription>>();

  constructor(private readonly source: PluginEventSource) {}

  readonly ports: HostPorts["events"] = {
    publish: (pluginId, eventName, payload, options) =>
      this.publish("events.publish", pluginId, eventName, "clientToServer", payload, this.targetOf(pluginId, eventName, options)),
    publishP2pHint: (pluginId, eventName, targetUserId, payload) =>
      this.publish("events.publishP2pHint", pluginId, eventName, "p2pHint", payload, { targetUserId }),
    subscribe: (pluginId, eventName, listener) => this.subscribe(pluginId, eventName, listener as (event: PluginEvent) => void),
  };

  /** Ends every subscription of the plugin: a stopped plugin receives nothing, whatever it forgot to dispose. */
  removeAll(pluginId: string): void {
    for (const subscription of this.subscriptions.get(pluginId) ?? []) subscription.dispose();
    this.subscriptions.delete(pluginId);
  }

  private async publish(
    method: string,
    pluginId: string,
    eventName: string,
    direction: PluginEventDirection,
    payload: unknown,
    target: Target,
  ): Promise<void> {
    const server = this.source.user() ? this.source.server() : undefined;
    if (!server) throw new PluginHostNotConnectedError(method);
    const checked = toJsonValue(payload);
    if (!checked.ok) throw new PluginApiArgumentError(checked.code, pluginId, method, `the payload is refused: ${checked.message}`);
    let reply;
    try {
      reply = await this.source.socket.request({
        type: "plugin_event",
        eventId: this.source.newEventId(),
        serverId: server.id,
        pluginId,
        eventName,
        direction,
        ...(target.channelId !== undefined ? { channelId: target.channelId } : {}),
        ...(target.targetUserId !== undefined ? { targetUserId: target.targetUserId } : {}),
        payload: checked.value,
      });
    } catch (error) {
      // The client refused to send an envelope the contract forbids: the server would have said the same.
      if (error instanceof SocketRequestError && error.code === "invalid_envelope")
        throw new PluginEventRejectedError("invalid_envelope", eventName, error.message, error.details);
      throw toPluginError(method, error);
    }
    if (reply.type === "plugin_event_rejected") throw new PluginEventRejectedError(reply.code, eventName, reply.message, reply.details);
    if (reply.type !== "plugin_event_accepted") throw new PluginServerError("internal", method, `the server answered with ${reply.type}`);
  }

  /** A `channel`-scoped event the caller sends without a channel goes to the open channel. */
  private targetOf(pluginId: string, eventName: string, options: PublishEventOptions | undefined): Target {
    const definition = this.source.requirements()?.events.find((e) => e.pluginId === pluginId && e.eventName === eventName);
    const channelId = options?.channelId ?? (definition?.scope === "channel" ? this.source.channelId() : undefined);
    return { channelId, targetUserId: options?.targetUserId };
  }

  private subscribe(pluginId: string, eventName: string, listener: (event: PluginEvent) => void): Subscription {
    if (typeof listener !== "function") throw new TypeError("events.subscribe needs a listener function");
    const relayed = this.source.socket.on("plugin_event", (envelope) => {
      if (envelope.pluginId !== pluginId || envelope.eventName !== eventName || envelope.serverId !== this.source.server()?.id) return;
      const { type: _type, requestId: _requestId, ...event } = envelope;
      try {
        listener(structuredClone(event));
      } catch (error) {
        this.source.reportListenerError(pluginId, error);
      }
    });
    let set = this.subscriptions.get(pluginId);
    if (!set) this.subscriptions.set(pluginId, (set = new Set()));
    const subscription: Subscription = {
      dispose: () => {
        relayed.dispose();
        this.subscriptions.get(pluginId)?.delete(subscription);
      },
    };
    set.add(subscription);
    return subscription;
  }
}
