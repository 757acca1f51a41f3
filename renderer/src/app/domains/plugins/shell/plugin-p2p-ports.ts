// Host ports of `p2p`: one P2pNetwork per signed-in user, whose signals travel as `p2p_signal` envelopes of the open
// server over the renderer's one websocket. Switching server closes every connection, signing out ends the network,
// and after the websocket comes back (and the open server is joined again) broken connections restart ICE. A plugin
// hears only the frames of its own data channel.
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import { P2pUnavailableError, PluginHostNotConnectedError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { Server, UserProfile } from "@toju/generated/types/contract";
import { validateEntityId } from "@toju/generated/validators/index";
import type { TojuSocketClient } from "../../connection/websocket-client";
import { P2pNetwork, type P2pMessage } from "../../p2p/p2p-network";
import type { HostPorts } from "../api/plugin-host-ports";

export interface PluginP2pSource {
  user(): UserProfile | undefined;
  server(): Server | undefined;
  socket: Pick<TojuSocketClient, "post" | "on" | "onStateChange">;
  /** A new RTCPeerConnection, with the ICE servers the operator configured (none by default). */
  createConnection(): RTCPeerConnection;
  /** How long a channel may take to open before `send` rejects; 10 s by default. */
  openTimeoutMs?: number;
  /** A connection problem, for the log. */
  report(message: string, error?: unknown): void;
  /** A plugin's listener threw: the plugin's problem, never the host's. */
  reportListenerError(pluginId: string, error: unknown): void;
}

interface UserNetwork {
  userId: string;
  serverId: string | undefined;
  network: P2pNetwork;
  /** The plugins whose channel frames this network hands on. */
  heard: Map<string, Subscription>;
}

export class PluginP2pPorts {
  private current?: UserNetwork;
  private readonly messages = new TypedEmitter<Record<string, P2pMessage>>();
  private readonly subscriptions = new Map<string, Set<Subscription>>();
  private readonly watching: Subscription[];
  private dropped = false;
  private renegotiateOnRejoin = false;

  constructor(private readonly source: PluginP2pSource) {
    const rejoined = ({ serverId }: { serverId: string }) => {
      if (!this.renegotiateOnRejoin || serverId !== this.current?.serverId) return;
      this.renegotiateOnRejoin = false;
      this.current.network.renegotiate();
    };
    this.watching = [
      source.socket.onStateChange((state) => {
        if (state === "reconnecting" || state === "offline") this.dropped = true;
        if (state === "connected" && this.dropped) [this.dropped, this.renegotiateOnRejoin] = [false, true];
      }),
      // Signals reach this socket again only once it has joined (or viewed) the open server anew.
      source.socket.on("server_joined", rejoined),
      source.socket.on("server_viewed", rejoined),
    ];
    this.follow();
  }

  readonly ports: HostPorts["p2p"] = {
    send: (pluginId, peerUserId, payload) => this.send(pluginId, peerUserId, payload),
    onMessage: (pluginId, listener) => this.onMessage(pluginId, listener),
  };

  /** The session changed: another user gets a network of their own; another server (or none) closes every connection. */
  follow(): void {
    const userId = this.source.user()?.id;
    const serverId = this.source.server()?.id;
    if (this.current && this.current.userId !== userId) this.endNetwork();
    if (userId === undefined) return;
    if (!this.current) this.current = this.startNetwork(userId, serverId);
    else if (this.current.serverId !== serverId) {
      this.current.network.closeAll();
      this.current.serverId = serverId;
    }
  }

  /** Ends every subscription of the plugin: a stopped plugin hears nothing, whatever it forgot to dispose. */
  removeAll(pluginId: string): void {
    for (const subscription of this.subscriptions.get(pluginId) ?? []) subscription.dispose();
    this.subscriptions.delete(pluginId);
  }

  dispose(): void {
    this.watching.forEach((subscription) => subscription.dispose());
    this.endNetwork();
    this.messages.clear();
  }

  private async send(pluginId: string, peerUserId: string, payload: unknown): Promise<void> {
    if (!this.source.user() || !this.source.server()) throw new PluginHostNotConnectedError("p2p.send");
    if (!validateEntityId(peerUserId)) throw new P2pUnavailableError(String(peerUserId).slice(0, 64), "p2p.send needs a member's user id");
    this.follow();
    await this.current!.network.send(pluginId, peerUserId, payload);
  }

  private onMessage(pluginId: string, listener: (message: P2pMessage) => void): Subscription {
    if (typeof listener !== "function") throw new TypeError("p2p.onMessage needs a listener function");
    const heard = this.messages.on(pluginId, (message) => {
      try {
        listener({ ...message });
      } catch (error) {
        this.source.reportListenerError(pluginId, error);
      }
    });
    if (this.current) this.hear(this.current, pluginId);
    let set = this.subscriptions.get(pluginId);
    if (!set) this.subscriptions.set(pluginId, (set = new Set()));
    const subscription: Subscription = {
      dispose: () => {
        heard.dispose();
        this.subscriptions.get(pluginId)?.delete(subscription);
      },
    };
    set.add(subscription);
    return subscription;
  }

  private startNetwork(userId: string, serverId: string | undefined): UserNetwork {
    const network = new P2pNetwork({
      selfUserId: () => userId,
      createConnection: () => this.source.createConnection(),
      openTimeoutMs: this.source.openTimeoutMs,
      onProblem: (message, error) => this.source.report(message, error),
      transport: {
        send: (targetUserId, signal) => {
          const openServer = this.current?.network === network ? this.current.serverId : undefined;
          const sent =
            openServer !== undefined && this.source.socket.post({ type: "p2p_signal", serverId: openServer, targetUserId, signal });
          if (!sent) this.source.report(`a ${signal.kind} signal to ${targetUserId} could not be sent: no open server connection`);
        },
        onSignal: (listener) =>
          this.source.socket.on("p2p_signal", (envelope) => {
            if (this.current?.network === network && envelope.serverId === this.current.serverId)
              listener(envelope.sourceUserId, envelope.signal);
          }),
      },
    });
    const started: UserNetwork = { userId, serverId, network, heard: new Map() };
    for (const pluginId of this.subscriptions.keys()) this.hear(started, pluginId);
    return started;
  }

  private hear(current: UserNetwork, pluginId: string): void {
    if (!current.heard.has(pluginId))
      current.heard.set(
        pluginId,
        current.network.onMessage(pluginId, (message) => this.messages.emit(pluginId, message)),
      );
  }

  private endNetwork(): void {
    this.current?.network.dispose();
    this.current = undefined;
  }
}
