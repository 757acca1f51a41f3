// `npm run bench -- relay`: plugin_event through the full server path (envelope validation, membership, definition,
// payload schema, delivery) against a bare `ws` relay (parse + broadcast) in the same run; servers run in a child process.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { WebSocket, WebSocketServer } from "ws";
import { startServingChild, stopChild } from "./child-server";
import { median, round } from "./measure";

const RECEIVER_COUNTS = [10, 100];
const EVENTS: Record<number, number> = { 10: 4000, 100: 1000 };
const WARMUP_EVENTS = 200;
const WINDOW = 16;
/** Alternating rounds per configuration; the median of each figure is reported (2 shared cores are noisy). */
const ROUNDS = 3;
const TIMEOUT_MS = 120_000;
const PLUGIN = "bench.plugin";
const EVENT = "bench.tick";
const schema = {
  type: "object",
  properties: { seq: { type: "integer", minimum: 0 }, tag: { type: "string", maxLength: 16 }, data: { type: "string", maxLength: 2048 } },
  required: ["seq", "data"],
  additionalProperties: false,
};
const filler = "x".repeat(960);

interface Target {
  url: string;
  /** Frames each socket sends before measuring (identify, join); empty for the bare relay. */
  setup: (socket: WebSocket) => Promise<void>;
  serverId: string;
}

// ---- child process: one server (full or bare), prints {"port":…} then runs until killed ----

async function serveFull(): Promise<void> {
  const { startSignalingServer } = await import("../server/src/signaling-server");
  const dir = mkdtempSync(path.join(tmpdir(), "toju-bench-relay-"));
  const server = await startSignalingServer({
    port: 0,
    databaseUrl: `sqlite:${path.join(dir, "toju.sqlite")}`,
    pluginEventRate: 0,
    log: () => undefined,
  });
  const post = async (url: string, body: unknown, token?: string, method = "POST") => {
    const res = await fetch(`${server.url}${url}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return res.json();
  };
  const sender = await post("/api/auth/register", { username: "bench-sender", password: "bench password" });
  const receiver = await post("/api/auth/register", { username: "bench-receiver", password: "bench password" });
  const s = await post("/api/servers", { name: "Bench" }, sender.token);
  await post(
    `/api/servers/${s.id}/plugins/${PLUGIN}/events/${EVENT}`,
    { direction: "clientToServer", scope: "server", schema },
    sender.token,
    "PUT",
  );
  process.on("SIGTERM", () => server.close().then(() => (rmSync(dir, { recursive: true, force: true }), process.exit(0))));
  console.log(JSON.stringify({ port: server.port, senderToken: sender.token, receiverToken: receiver.token, serverId: s.id }));
}

function serveBare(): void {
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1", maxPayload: 1024 * 1024 });
  wss.on("connection", (socket) => {
    socket.on("message", (data) => {
      const envelope = JSON.parse(data.toString());
      // Encoded once, like the real server, so the ratio isolates the cost of the checks.
      const frame = Buffer.from(
        JSON.stringify({ ...envelope, requestId: undefined, scope: "server", sourceUserId: "bare", sentAt: new Date().toISOString() }),
      );
      let deliveredTo = 0;
      for (const client of wss.clients) {
        if (client === socket) continue;
        client.send(frame, { binary: false });
        deliveredTo++;
      }
      socket.send(JSON.stringify({ type: "plugin_event_accepted", eventId: envelope.eventId, deliveredTo }));
    });
  });
  wss.on("listening", () => console.log(JSON.stringify({ port: (wss.address() as { port: number }).port })));
  process.on("SIGTERM", () => wss.close(() => process.exit(0)));
}

// ---- parent: load generator ----

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
}

/** Sends a setup frame and waits for its reply (its content is not needed). */
function request(ws: WebSocket, frame: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once("message", (data) => resolve(JSON.parse(data.toString())));
    ws.send(JSON.stringify(frame));
  });
}

interface RunResult {
  eventsPerSecond: number;
  deliveriesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(target: Target, senderSetup: (ws: WebSocket) => Promise<void>, receivers: number, events: number): Promise<RunResult> {
  const sender = await open(target.url);
  await senderSetup(sender);
  const sockets = await Promise.all(Array.from({ length: receivers }, () => open(target.url)));
  for (const socket of sockets) await target.setup(socket);
  const sentAt = new Map<number, number>();
  const remaining = new Map<number, number>();
  const latencies: number[] = [];
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
  for (const socket of sockets) {
    socket.on("message", (data) => {
      const seq = Number(seqOf.exec(data.toString())![1]);
      if (seq >= WARMUP_EVENTS) latencies.push(performance.now() - sentAt.get(seq)!);
      const left = remaining.get(seq)! - 1;
      remaining.set(seq, left);
      if (left > 0) return;
      remaining.delete(seq);
      sentAt.delete(seq);
      if (++completed === total) finish();
      else sendOne();
    });
  }
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
  latencies.sort((a, b) => a - b);
  return {
    eventsPerSecond: round((events / elapsed) * 1000, 0),
    deliveriesPerSecond: round(((events * receivers) / elapsed) * 1000, 0),
    p50Ms: round(percentile(latencies, 50), 2),
    p99Ms: round(percentile(latencies, 99), 2),
  };
}

function medianResult(results: RunResult[]): RunResult {
  const pick = (key: keyof RunResult) => median(results.map((r) => r[key]));
  return {
    eventsPerSecond: pick("eventsPerSecond"),
    deliveriesPerSecond: pick("deliveriesPerSecond"),
    p50Ms: pick("p50Ms"),
    p99Ms: pick("p99Ms"),
  };
}

async function main(): Promise<void> {
  const full = await startServingChild<{ port: number; senderToken: string; receiverToken: string; serverId: string }>(__filename, [
    "full",
  ]);
  const bare = await startServingChild(__filename, ["bare"]);
  const results: Record<string, unknown> = {};
  const ratios: number[] = [];
  try {
    const identifyJoin = (token: string) => async (ws: WebSocket) => {
      await request(ws, { type: "identify", token });
      await request(ws, { type: "join_server", serverId: full.info.serverId });
    };
    const fullTarget: Target = {
      url: `ws://127.0.0.1:${full.info.port}/ws`,
      setup: identifyJoin(full.info.receiverToken),
      serverId: full.info.serverId,
    };
    const bareTarget: Target = { url: `ws://127.0.0.1:${bare.info.port}`, setup: async () => undefined, serverId: "bare" };
    console.log(
      `relay: 1 sender, ~1 KB payload with a schema, window ${WINDOW}, ${WARMUP_EVENTS} warm-up events, median of ${ROUNDS} alternating rounds; servers in child processes`,
    );
    for (const receivers of RECEIVER_COUNTS) {
      const baselines: RunResult[] = [];
      const fulls: RunResult[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        baselines.push(await run(bareTarget, async () => undefined, receivers, EVENTS[receivers]));
        fulls.push(await run(fullTarget, identifyJoin(full.info.senderToken), receivers, EVENTS[receivers]));
      }
      const baseline = medianResult(baselines);
      const measured = medianResult(fulls);
      const ratio = round(measured.eventsPerSecond / baseline.eventsPerSecond, 3);
      ratios.push(ratio);
      console.log(
        `  N=${receivers}: full ${measured.eventsPerSecond} events/s (${measured.deliveriesPerSecond} deliveries/s), p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms`,
      );
      console.log(
        `  N=${receivers}: bare ${baseline.eventsPerSecond} events/s (${baseline.deliveriesPerSecond} deliveries/s), p50 ${baseline.p50Ms} ms, p99 ${baseline.p99Ms} ms  → ratio ${ratio}`,
      );
      results[`n${receivers}`] = { full: measured, baseline, ratio, events: EVENTS[receivers], rounds: ROUNDS };
    }
  } finally {
    await stopChild(full.child);
    await stopChild(bare.child);
  }
  console.log(JSON.stringify({ bench: "relay", ...results, ratio: Math.min(...ratios) }));
}

const serveIndex = process.argv.indexOf("--serve");
if (serveIndex >= 0) {
  if (process.argv[serveIndex + 1] === "full") serveFull().catch((error) => (console.error(error), process.exit(1)));
  else serveBare();
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
