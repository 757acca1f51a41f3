// Bundled for the P2P browser test: a P2pNetwork whose signals go through the test (standing in for the websocket).
import type { P2pSignal } from "../../generated/types/contract";
import { P2pNetwork } from "../../renderer/src/app/domains/p2p/p2p-network";

interface RelayWindow {
  /** Exposed by the test: hands a signal to the other page. */
  tojuRelaySignal(targetUserId: string, signal: P2pSignal): Promise<void>;
}

const listeners = new Set<(sourceUserId: string, signal: P2pSignal) => void>();
const received: { pluginId: string; fromUserId: string; payload: unknown }[] = [];
let self = "";
let network: P2pNetwork | undefined;

(window as unknown as { p2p: unknown }).p2p = {
  start(userId: string, openTimeoutMs: number) {
    self = userId;
    network = new P2pNetwork({
      selfUserId: () => self,
      openTimeoutMs,
      createConnection: () => new RTCPeerConnection(),
      transport: {
        send: (target, signal) => void (window as unknown as RelayWindow).tojuRelaySignal(target, signal),
        onSignal: (listener) => {
          listeners.add(listener);
          return { dispose: () => void listeners.delete(listener) };
        },
      },
    });
    for (const pluginId of ["game", "other"]) network.onMessage(pluginId, (message) => received.push({ pluginId, ...message }));
    // The benchmark's echo plugin: whatever arrives goes straight back.
    network.onMessage("echo", (message) => void network!.send("echo-reply", message.fromUserId, message.payload));
  },
  /** Sends `count` payloads to the peer's echo plugin one after another; the round-trip time of each, in ms. */
  async pingPong(peer: string, count: number, payload: unknown): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const started = performance.now();
      const back = new Promise<void>((resolve) => {
        const subscription = network!.onMessage("echo-reply", () => {
          subscription.dispose();
          resolve();
        });
      });
      await network!.send("echo", peer, { i, payload });
      await back;
      times.push(performance.now() - started);
    }
    return times;
  },
  deliver(sourceUserId: string, signal: P2pSignal) {
    for (const listener of listeners) listener(sourceUserId, signal);
  },
  async send(pluginId: string, peer: string, payload: unknown) {
    try {
      await network!.send(pluginId, peer, payload);
      return { ok: true };
    } catch (error) {
      return { ok: false, name: (error as Error).name, code: (error as { code?: string }).code, message: (error as Error).message };
    }
  },
  received: () => received,
};
