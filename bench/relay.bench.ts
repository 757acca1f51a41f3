// `npm run bench -- relay`: plugin_event through the full server path (envelope validation, membership, definition,
// payload schema, delivery) against a bare `ws` relay (parse + broadcast) in the same run; servers run in child processes.
// `npm run bench -- relay -- --instances 2`: the full path on two instances sharing PostgreSQL and Redis (receivers
// spread over both) against one of them alone (every socket on it), same run, and the latency the Redis hop adds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { WebSocketServer, type WebSocket } from "ws";
import { createPostgresDatabase, dropPostgresDatabase } from "../server/src/testing/test-databases";
import { startServingChild, stopChild, type ServingChild } from "./child-server";
import { round } from "./measure";
import { EVENT, PLUGIN, WARMUP_EVENTS, WINDOW, medianResult, request, run, schema, type RunResult, type Target } from "./relay-load";

const RECEIVER_COUNTS = [10, 100];
const EVENTS: Record<number, number> = { 10: 4000, 100: 1000 };
/** Alternating rounds per configuration; the median of each figure is reported (2 shared cores are noisy). */
const ROUNDS = 3;

interface FullOptions {
  databaseUrl?: string;
  redisUrl?: string;
  redisPrefix?: string;
  /** Registers the users, the server and the event definition (one instance of a deployment does it). */
  setup: boolean;
}

interface FullInfo {
  port: number;
  senderToken: string;
  receiverToken: string;
  serverId: string;
}

// ---- child processes: one server (full or bare), prints {"port":…} then runs until killed ----

async function serveFull(options: FullOptions): Promise<void> {
  const { startSignalingServer } = await import("../server/src/signaling-server");
  const dir = mkdtempSync(path.join(tmpdir(), "toju-bench-relay-"));
  const server = await startSignalingServer({
    port: 0,
    databaseUrl: options.databaseUrl ?? `sqlite:${path.join(dir, "toju.sqlite")}`,
    attachmentsDir: path.join(dir, "attachments"),
    redisUrl: options.redisUrl,
    redisPrefix: options.redisPrefix,
    pluginEventRate: 0,
    log: () => undefined,
  });
  process.on("SIGTERM", () => server.close().then(() => (rmSync(dir, { recursive: true, force: true }), process.exit(0))));
  if (!options.setup) return console.log(JSON.stringify({ port: server.port }));
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

const wsUrl = (port: number) => `ws://127.0.0.1:${port}/ws`;

function identifyJoin(token: string, serverId: string) {
  return async (ws: WebSocket) => {
    await request(ws, { type: "identify", token });
    await request(ws, { type: "join_server", serverId });
  };
}

function fullTarget(info: FullInfo, senderPort: number, receiverPorts: number[]): Target {
  return {
    senderUrl: wsUrl(senderPort),
    receiverUrls: receiverPorts.map(wsUrl),
    senderSetup: identifyJoin(info.senderToken, info.serverId),
    receiverSetup: identifyJoin(info.receiverToken, info.serverId),
    serverId: info.serverId,
  };
}

const describe = (r: RunResult) =>
  `${r.eventsPerSecond} events/s (${r.deliveriesPerSecond} deliveries/s), p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`;
const figures = ({ byReceiverUrl: _, ...rest }: RunResult) => rest;

/** Alternating rounds of each configuration, their medians. */
async function compare(configs: Target[], receivers: number): Promise<RunResult[]> {
  const rounds: RunResult[][] = configs.map(() => []);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [c, target] of configs.entries()) rounds[c].push(await run(target, receivers, EVENTS[receivers]));
  }
  return rounds.map(medianResult);
}

async function againstBareRelay(): Promise<void> {
  const full = await startServingChild<FullInfo>(__filename, ["full", JSON.stringify({ setup: true })]);
  const bare = await startServingChild(__filename, ["bare"]);
  const results: Record<string, unknown> = {};
  const ratios: number[] = [];
  try {
    const bareTarget: Target = {
      senderUrl: `ws://127.0.0.1:${bare.info.port}`,
      receiverUrls: [`ws://127.0.0.1:${bare.info.port}`],
      senderSetup: async () => undefined,
      receiverSetup: async () => undefined,
      serverId: "bare",
    };
    console.log(
      `relay: 1 sender, ~1 KB payload with a schema, window ${WINDOW}, ${WARMUP_EVENTS} warm-up events, median of ${ROUNDS} alternating rounds; servers in child processes`,
    );
    for (const receivers of RECEIVER_COUNTS) {
      const [baseline, measured] = await compare([bareTarget, fullTarget(full.info, full.info.port, [full.info.port])], receivers);
      const ratio = round(measured.eventsPerSecond / baseline.eventsPerSecond, 3);
      ratios.push(ratio);
      console.log(`  N=${receivers}: full ${describe(measured)}`);
      console.log(`  N=${receivers}: bare ${describe(baseline)}  → ratio ${ratio}`);
      results[`n${receivers}`] = { full: figures(measured), baseline: figures(baseline), ratio, events: EVENTS[receivers], rounds: ROUNDS };
    }
  } finally {
    await stopChild(full.child);
    await stopChild(bare.child);
  }
  console.log(JSON.stringify({ bench: "relay", ...results, ratio: Math.min(...ratios) }));
}

async function acrossInstances(count: number): Promise<void> {
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const databaseUrl = await createPostgresDatabase();
  const shared = { databaseUrl, redisUrl, redisPrefix: `bench-${process.pid}:` };
  const instances: ServingChild<FullInfo>[] = [];
  const results: Record<string, unknown> = {};
  const ratios: number[] = [];
  try {
    instances.push(await startServingChild<FullInfo>(__filename, ["full", JSON.stringify({ ...shared, setup: true })]));
    for (let i = 1; i < count; i++) {
      instances.push(await startServingChild<FullInfo>(__filename, ["full", JSON.stringify({ ...shared, setup: false })]));
    }
    const info = instances[0].info;
    const ports = instances.map((instance) => instance.info.port);
    console.log(
      `relay --instances ${count}: PostgreSQL + Redis (${redisUrl}); 1 sender on instance 1, receivers spread over all ${count} vs all on instance 1 (the others up, idle); ~1 KB payload with a schema, window ${WINDOW}, median of ${ROUNDS} alternating rounds`,
    );
    for (const receivers of RECEIVER_COUNTS) {
      const [one, many] = await compare([fullTarget(info, ports[0], [ports[0]]), fullTarget(info, ports[0], ports)], receivers);
      const [local, ...remote] = many.byReceiverUrl;
      const hop = {
        p50Ms: round(Math.max(...remote.map((r) => r.p50Ms)) - local.p50Ms, 2),
        p99Ms: round(Math.max(...remote.map((r) => r.p99Ms)) - local.p99Ms, 2),
      };
      const ratio = round(many.eventsPerSecond / one.eventsPerSecond, 3);
      ratios.push(ratio);
      console.log(`  N=${receivers}: 1 instance   ${describe(one)}`);
      console.log(`  N=${receivers}: ${count} instances  ${describe(many)}  → ratio ${ratio}`);
      console.log(
        `  N=${receivers}: receivers on the sender's instance p50 ${local.p50Ms} ms, p99 ${local.p99Ms} ms; on the others (through Redis) p50 ${remote.map((r) => r.p50Ms).join("/")} ms, p99 ${remote.map((r) => r.p99Ms).join("/")} ms → the hop adds p50 ${hop.p50Ms} ms, p99 ${hop.p99Ms} ms`,
      );
      results[`n${receivers}`] = {
        oneInstance: figures(one),
        instances: { ...figures(many), local, remote },
        redisHop: hop,
        ratio,
        events: EVENTS[receivers],
        rounds: ROUNDS,
      };
    }
  } finally {
    for (const instance of instances) await stopChild(instance.child);
    await dropPostgresDatabase(databaseUrl);
  }
  console.log(JSON.stringify({ bench: "relay", instances: count, ...results, ratio: Math.min(...ratios) }));
}

function instancesArgument(): number {
  const at = process.argv.indexOf("--instances");
  if (at < 0) return 1;
  const count = Number(process.argv[at + 1]);
  if (!Number.isInteger(count) || count < 1 || count > 4) throw new Error("--instances takes 1 to 4");
  return count;
}

const serveIndex = process.argv.indexOf("--serve");
if (serveIndex >= 0) {
  if (process.argv[serveIndex + 1] === "full")
    serveFull(JSON.parse(process.argv[serveIndex + 2])).catch((error) => (console.error(error), process.exit(1)));
  else serveBare();
} else {
  const count = instancesArgument();
  (count > 1 ? acrossInstances(count) : againstBareRelay()).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
