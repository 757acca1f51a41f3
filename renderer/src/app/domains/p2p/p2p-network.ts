// P2P between plugin instances: one peer connection per pair of users, one ordered data channel per plugin (label =
// plugin id), opened lazily on the first send. Each plugin hears only its own channel's frames. When no channel opens
// within the time limit, the send is refused with P2pUnavailableError; nothing is ever relayed through the server.
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import { P2pUnavailableError, PluginApiArgumentError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { P2pSignal } from "@toju/generated/types/contract";
import { decodeP2pFrame, encodeP2pFrame } from "./p2p-frame";
import { P2pPeer } from "./p2p-peer";

export const P2P_OPEN_TIMEOUT_MS = 10_000;

/** How signals reach the other user: the websocket's `p2p_signal` envelope, on the open server. */
export interface P2pSignalTransport {
  send(targetUserId: string, signal: P2pSignal): void;
  onSignal(listener: (sourceUserId: string, signal: P2pSignal) => void): Subscription;
}

export interface P2pNetworkOptions {
  transport: P2pSignalTransport;
  /** The signed-in user; the smaller of two ids is the polite peer. */
  selfUserId(): string | undefined;
  /** A new RTCPeerConnection (host candidates only unless an operator configured ICE servers). */
  createConnection(): RTCPeerConnection;
  openTimeoutMs?: number;
  onProblem?(message: string, error?: unknown): void;
}

export interface P2pMessage {
  fromUserId: string;
  payload: unknown;
}

export class P2pNetwork {
  private readonly peers = new Map<string, P2pPeer>();
  private readonly messages = new TypedEmitter<Record<string, P2pMessage>>((error) => this.problem("a p2p listener threw", error));
  private readonly signals: Subscription;

  constructor(private readonly options: P2pNetworkOptions) {
    this.signals = options.transport.onSignal((sourceUserId, signal) => {
      this.peerOf(sourceUserId)
        ?.receive(signal)
        .catch((error: unknown) => this.problem(`a signal from ${sourceUserId} could not be applied`, error));
    });
  }

  /** Sends `payload` to the same plugin on `peerUserId`'s device; resolves once the frame is handed to the channel. */
  async send(pluginId: string, peerUserId: string, payload: unknown): Promise<void> {
    const frame = encodeP2pFrame(payload);
    if (!frame.ok) throw new PluginApiArgumentError(frame.code, pluginId, "p2p.send", frame.reason);
    const peer = this.peerOf(peerUserId);
    if (!peer) throw new P2pUnavailableError(peerUserId, "p2p needs a signed-in user and another member to talk to");
    const channel = peer.channel(pluginId);
    await this.whenOpen(channel, peer);
    channel.send(frame.text);
  }

  onMessage(pluginId: string, listener: (message: P2pMessage) => void): Subscription {
    return this.messages.on(pluginId, listener);
  }

  /** The websocket reconnected: connections that lost their path restart ICE. */
  renegotiate(): void {
    for (const peer of this.peers.values()) peer.renegotiateIfBroken();
  }

  /** Signed out, or left the server: every connection closes. */
  closeAll(): void {
    for (const peer of this.peers.values()) peer.close();
    this.peers.clear();
  }

  dispose(): void {
    this.signals.dispose();
    this.closeAll();
    this.messages.clear();
  }

  private peerOf(peerUserId: string): P2pPeer | undefined {
    const self = this.options.selfUserId();
    if (!self || peerUserId === self) return undefined;
    let peer = this.peers.get(peerUserId);
    if (peer?.broken) {
      peer.close();
      peer = undefined;
    }
    if (!peer) {
      peer = new P2pPeer(
        peerUserId,
        self < peerUserId,
        () => this.options.createConnection(),
        { send: (signal) => this.options.transport.send(peerUserId, signal) },
        (channel) => this.listen(peerUserId, channel),
      );
      this.peers.set(peerUserId, peer);
    }
    return peer;
  }

  private listen(peerUserId: string, channel: RTCDataChannel): void {
    channel.addEventListener("message", (event: MessageEvent) => {
      const frame = decodeP2pFrame(event.data);
      if (frame) this.messages.emit(channel.label, { fromUserId: peerUserId, payload: frame.payload });
      else this.problem(`a malformed or oversized frame from ${peerUserId} on ${channel.label} was dropped`);
    });
  }

  /** Resolves when `channel` opens; halfway through the time limit a connection that has not formed restarts ICE once. */
  private whenOpen(channel: RTCDataChannel, peer: P2pPeer): Promise<void> {
    if (channel.readyState === "open") return Promise.resolve();
    const timeoutMs = this.options.openTimeoutMs ?? P2P_OPEN_TIMEOUT_MS;
    const peerUserId = peer.peerUserId;
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        clearTimeout(retry);
        channel.removeEventListener("open", onOpen);
        channel.removeEventListener("close", onClose);
        if (error) reject(error);
        else resolve();
      };
      const onOpen = () => done();
      const onClose = () => done(new P2pUnavailableError(peerUserId, `the channel to user '${peerUserId}' closed before it opened`));
      const retry = setTimeout(() => peer.restartIceIfStalled(), timeoutMs / 2);
      const timer = setTimeout(
        () =>
          done(
            new P2pUnavailableError(
              peerUserId,
              `no direct channel to user '${peerUserId}' opened within ${Math.round(timeoutMs / 1000)} s (${peer.describeState()})`,
            ),
          ),
        timeoutMs,
      );
      channel.addEventListener("open", onOpen);
      channel.addEventListener("close", onClose);
    });
  }

  private problem(message: string, error?: unknown): void {
    this.options.onProblem?.(message, error);
  }
}
