// The relay benchmark's load generator: one sender, N receiving sockets (spread over one or more servers), a bounded
// window of events in flight; throughput, and delivery latency overall and per server the receivers sat on.
import { performance } from "node:perf_hooks";
import { WebSocket } from "ws";
import { median, round } from "./measure";

export const WARMUP_EVENTS = 200;
export const WINDOW = 16;
const TIMEOUT_MS = 120_000;
export const PLUGIN = "bench.plugin";
export const EVENT = "bench.tick";
export const schema = {
  type: "object",
  properties: { seq: { type: "integer", minimum: 0 }, tag: { type: "string", maxLength: 16 }, data: { type: "string", maxLength: 2048 } },
  required: ["seq", "data"],
  additionalProperties: false,
};
const filler = "x".repeat(960);

export interface Target {
  senderUrl: string;
  /** Receivers take these in turn: with several servers, the sockets are spread evenly over them. */
  receiverUrls: string[];
  /** Frames each socket sends before measuring (identify, join); nothing for the bare relay. */
  senderSetup: (socket: WebSocket) => Promise<void>;
  receiverSetup: (socket: WebSocket) => Promise<void>;
  serverId: string;
}

export interface Latency {
  p50Ms: number;
  p99Ms: number;
}

export interface RunResult extends Latency {
  eventsPerSecond: number;
  deliveriesPerSecond: number;
  /** Latency of the receivers on each of `receiverUrls`, in that order. */
  byReceiverUrl: Latency[];
}

export function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

/** Sends a setup frame and waits for its reply (its content is not needed). */
export function request(ws: WebSocket, frame: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once("message", (data) => resolve(JSON.parse(data.toString())));
    ws.send(JSON.stringify(frame));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function latencyOf(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 50), 2), p99Ms: round(percentile(sorted, 99), 2) };
}

export async function run(target: Target, receivers: number, events: number): Promise<RunResult> {
  const sender = await open(target.senderUrl);
  await target.senderSetup(sender);
  const groupOf = (i: number) => i % target.receiverUrls.length;
  const sockets = await Promise.all(Array.from({ length: receivers }, (_, i) => open(target.receiverUrls[groupOf(i)])));
  for (const socket of sockets) await target.receiverSetup(socket);
  const sentAt = new Map<number, number>();
  const remaining = new Map<number, number>();
  const latencies: number[][] = target.receiverUrls.map(() => []);
  let measuring = false;
  let completed = 0;
  let next = 0;
  const total = WARMUP_EVENTS + events;
  let start = 0;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const sendOne = () => {
    if (next >= total) return;
    const seq = next++;
    if (seq === WARMUP_EVENTS) {
      measuring = true;
      start = performance.now();
    }
    sentAt.set(seq, performance.now());
    remaining.set(seq, receivers);
    sender.send(
      JSON.stringify({
        type: "plugin_event",
        eventId: `e${seq}`,
        serverId: target.serverId,
        pluginId: PLUGIN,
        eventName: EVENT,
        direction: "clientToServer",
        payload: { seq, tag: "bench", data: filler },
      }),
    );
  };
  const seqOf = /"eventId":"e(\d+)"/;
  sockets.forEach((socket, i) => {
    socket.on("message", (data) => {
      const seq = Number(seqOf.exec(data.toString())![1]);
      if (seq >= WARMUP_EVENTS) latencies[groupOf(i)].push(performance.now() - sentAt.get(seq)!);
      const left = remaining.get(seq)! - 1;
      remaining.set(seq, left);
      if (left > 0) return;
      remaining.delete(seq);
      sentAt.delete(seq);
      if (++completed === total) finish();
      else sendOne();
    });
  });
  sender.on("message", (data) => {
    if (!data.toString().includes("plugin_event_accepted")) throw new Error(`sender got ${data.toString().slice(0, 200)}`);
  });
  for (let i = 0; i < WINDOW; i++) sendOne();
  const timeout = setTimeout(() => finish(), TIMEOUT_MS);
  await done;
  clearTimeout(timeout);
  if (!measuring || completed < total) throw new Error(`only ${completed}/${total} events completed`);
  const elapsed = performance.now() - start;
  for (const socket of [sender, ...sockets]) socket.terminate();
  return {
    eventsPerSecond: round((events / elapsed) * 1000, 0),
    deliveriesPerSecond: round(((events * receivers) / elapsed) * 1000, 0),
    ...latencyOf(latencies.flat()),
    byReceiverUrl: latencies.map(latencyOf),
  };
}

/** The median of each figure over several rounds. */
export function medianResult(results: RunResult[]): RunResult {
  const pick = (values: (r: RunResult) => number) => median(results.map(values));
  return {
    eventsPerSecond: pick((r) => r.eventsPerSecond),
    deliveriesPerSecond: pick((r) => r.deliveriesPerSecond),
    p50Ms: pick((r) => r.p50Ms),
    p99Ms: pick((r) => r.p99Ms),
    byReceiverUrl: results[0].byReceiverUrl.map((_, i) => ({
      p50Ms: pick((r) => r.byReceiverUrl[i].p50Ms),
      p99Ms: pick((r) => r.byReceiverUrl[i].p99Ms),
    })),
  };
}
