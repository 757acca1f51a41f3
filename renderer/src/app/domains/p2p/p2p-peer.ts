// One RTCPeerConnection to one other user, negotiated over the websocket with the "perfect negotiation" pattern: the
// user with the smaller id is polite (yields when both offer at once), so either side may open the first channel.
import type { P2pSignal } from "@toju/generated/types/contract";

export interface PeerSignalling {
  send(signal: P2pSignal): void;
}

export class P2pPeer {
  readonly connection: RTCPeerConnection;
  /** Open or opening data channels by label (the plugin id); ours or the peer's, whichever exists. */
  private readonly channels = new Map<string, RTCDataChannel>();
  private makingOffer = false;
  private ignoreOffer = false;

  constructor(
    readonly peerUserId: string,
    private readonly polite: boolean,
    createConnection: () => RTCPeerConnection,
    private readonly signalling: PeerSignalling,
    private readonly onChannel: (channel: RTCDataChannel) => void,
  ) {
    this.connection = createConnection();
    this.connection.onnegotiationneeded = () => void this.offer();
    this.connection.onicecandidate = ({ candidate }) => {
      if (!candidate) return;
      this.signalling.send({
        kind: "candidate",
        candidate: candidate.candidate,
        ...(candidate.sdpMid != null ? { sdpMid: candidate.sdpMid } : {}),
        ...(candidate.sdpMLineIndex != null ? { sdpMLineIndex: candidate.sdpMLineIndex } : {}),
      });
    };
    this.connection.ondatachannel = ({ channel }) => this.adopt(channel);
  }

  /** The channel of `label`, created (and the connection negotiated) when none exists yet. */
  channel(label: string): RTCDataChannel {
    const existing = this.channels.get(label);
    if (existing && (existing.readyState === "open" || existing.readyState === "connecting")) return existing;
    return this.adopt(this.connection.createDataChannel(label, { ordered: true }));
  }

  async receive(signal: P2pSignal): Promise<void> {
    if (signal.kind === "candidate") {
      try {
        await this.connection.addIceCandidate({ candidate: signal.candidate, sdpMid: signal.sdpMid, sdpMLineIndex: signal.sdpMLineIndex });
      } catch (error) {
        if (!this.ignoreOffer) throw error;
      }
      return;
    }
    const collision = signal.kind === "offer" && (this.makingOffer || this.connection.signalingState !== "stable");
    this.ignoreOffer = !this.polite && collision;
    if (this.ignoreOffer) return;
    await this.connection.setRemoteDescription({ type: signal.kind, sdp: signal.sdp });
    if (signal.kind === "offer") {
      await this.connection.setLocalDescription();
      const answer = this.connection.localDescription;
      if (answer) this.signalling.send({ kind: "answer", sdp: answer.sdp });
    }
  }

  /** After the websocket came back: restart ICE when the path between the two devices was lost meanwhile. */
  renegotiateIfBroken(): void {
    const state = this.connection.connectionState;
    if (state === "failed" || state === "disconnected") this.connection.restartIce();
  }

  /**
   * A channel is still waiting and the two devices have not connected: start ICE over with fresh candidates. Signals
   * can be lost on the way (a websocket that reconnected mid-negotiation, a relay that refused a burst of candidates),
   * and a host name a device could not resolve is never asked again; a restart gathers and exchanges everything anew.
   */
  restartIceIfStalled(): void {
    // A path that ICE already found is left alone (the secure handshake on top of it may just be slow).
    const ice = this.connection.iceConnectionState;
    if (ice === "new" || ice === "checking" || ice === "disconnected" || ice === "failed") this.connection.restartIce();
  }

  /** The connection's states, for a reason a person can act on ("connection connecting, ICE checking, …"). */
  describeState(): string {
    const { connectionState, iceConnectionState, iceGatheringState, signalingState } = this.connection;
    return `connection ${connectionState}, ICE ${iceConnectionState} (gathering ${iceGatheringState}), signalling ${signalingState}`;
  }

  get broken(): boolean {
    return this.connection.connectionState === "failed" || this.connection.connectionState === "closed";
  }

  close(): void {
    for (const channel of this.channels.values()) channel.close();
    this.channels.clear();
    this.connection.close();
  }

  private async offer(): Promise<void> {
    try {
      this.makingOffer = true;
      await this.connection.setLocalDescription();
      // Sent as the type it really is: an offer, unless a remote offer was applied first and this became the answer.
      const description = this.connection.localDescription;
      if (description?.type === "offer" || description?.type === "answer")
        this.signalling.send({ kind: description.type, sdp: description.sdp });
    } finally {
      this.makingOffer = false;
    }
  }

  private adopt(channel: RTCDataChannel): RTCDataChannel {
    const current = this.channels.get(channel.label);
    // Both sides may open the same label at once: keep the one already open, else the newest.
    if (!current || current.readyState !== "open") this.channels.set(channel.label, channel);
    this.onChannel(channel);
    return this.channels.get(channel.label)!;
  }
}
