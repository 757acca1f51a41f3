// `npm run bench -- fanout`: an admin's requirement change (REST PUT) reaching 200 connected sockets as
// `plugin_requirements_changed`, measured from the PUT to each socket's frame, against a bare `ws` server that
// broadcasts a frame of the same size to 200 sockets when it receives an HTTP request, in the same run.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { WebSocket, WebSocketServer } from "ws";
import { startServingChild, stopChild } from "./child-server";
import { median, round } from "./measure";

const SOCKETS = 200;
const CHANGES = 40;
const WARMUP = 5;
const TIMEOUT_MS = 60_000;

interface FullInfo {
  port: number;
  adminToken: string;
  viewerToken: string;
  serverId: string;
}

async function serveFull(): Promise<void> {
  const { startSignalingServer } = await import("../server/src/signaling-server");
  const dir = mkdtempSync(path.join(tmpdir(), "toju-bench-fanout-"));
  const server = await startSignalingServer({
    port: 0,
    databaseUrl: `sqlite:${path.join(dir, "toju.sqlite")}`,
    pluginEventRate: 0,
    log: () => undefined,
  });
  const post = async (url: string, body: unknown, token?: string) =>
    (
      await fetch(`${server.url}${url}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })
    ).json();
  const admin = await post("/api/auth/register", { username: "bench-admin", password: "bench password" });
  const viewer = await post("/api/auth/register", { username: "bench-viewer", password: "bench password" });
  const s = await post("/api/servers", { name: "Bench" }, admin.token);
  process.on("SIGTERM", () => server.close().then(() => (rmSync(dir, { recursive: true, force: true }), process.exit(0))));
  console.log(JSON.stringify({ port: server.port, adminToken: admin.token, viewerToken: viewer.token, serverId: s.id }));
}

/** The baseline: `POST /broadcast` sends one pre-serialised frame of `bytes` to every socket. */
function serveBare(): void {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  http.on("request", (req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const frame = Buffer.from(JSON.stringify({ type: "plugin_requirements_changed", snapshot: body }));
      for (const client of wss.clients) client.send(frame, { binary: false });
      res.writeHead(200).end("{}");
    });
  });
  http.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: (http.address() as { port: number }).port })));
  process.on("SIGTERM", () => wss.close(() => process.exit(0)));
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Resolves with the frame's size in bytes once a frame of `type` arrives. */
function awaitType(socket: WebSocket, type: string): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      if (data.toString().includes(`"type":"${type}"`)) {
        socket.off("message", onMessage);
        resolve(data.length);
      }
    };
    socket.on("message", onMessage);
  });
}

/** Triggers `changes` broadcasts one after another; the latency from each trigger to each socket's frame, and the largest frame. */
async function measure(sockets: WebSocket[], trigger: (i: number) => Promise<void>): Promise<{ latencies: number[]; frameBytes: number }> {
  const latencies: number[] = [];
  let frameBytes = 0;
  for (let i = 0; i < WARMUP + CHANGES; i += 1) {
    const started = performance.now();
    const arrivals = sockets.map((socket) =>
      awaitType(socket, "plugin_requirements_changed").then((bytes) => {
        frameBytes = Math.max(frameBytes, bytes);
        return performance.now() - started;
      }),
    );
    await trigger(i);
    const all = await Promise.race([
      Promise.all(arrivals),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("broadcast timed out")), TIMEOUT_MS)),
    ]);
    if (i >= WARMUP) latencies.push(...all);
  }
  return { latencies, frameBytes };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const full = await startServingChild<FullInfo>(__filename, ["full"]);
  const bare = await startServingChild(__filename, ["bare"]);
  try {
    const sockets = await Promise.all(Array.from({ length: SOCKETS }, () => open(`ws://127.0.0.1:${full.info.port}/ws`)));
    for (const socket of sockets) {
      socket.send(JSON.stringify({ type: "identify", token: full.info.viewerToken }));
      const viewed = awaitType(socket, "server_viewed");
      socket.send(JSON.stringify({ type: "view_server", serverId: full.info.serverId }));
      await viewed;
    }
    const fullRun = await measure(sockets, async (i) => {
      const res = await fetch(
        `http://127.0.0.1:${full.info.port}/api/servers/${full.info.serverId}/plugins/bench.plugin-${i % 5}/requirement`,
        {
          method: "PUT",
          headers: { "content-type": "application/json", authorization: `Bearer ${full.info.adminToken}` },
          body: JSON.stringify({ status: i % 2 ? "required" : "recommended" }),
        },
      );
      if (!res.ok) throw new Error(`PUT answered ${res.status}`);
      await res.arrayBuffer();
    });
    for (const socket of sockets) socket.terminate();
    const bareSockets = await Promise.all(Array.from({ length: SOCKETS }, () => open(`ws://127.0.0.1:${bare.info.port}/`)));
    // The baseline broadcasts a frame as large as the server's largest snapshot frame.
    const bareRun = await measure(bareSockets, async () => {
      const res = await fetch(`http://127.0.0.1:${bare.info.port}/broadcast`, {
        method: "POST",
        body: "x".repeat(fullRun.frameBytes - 60),
      });
      await res.arrayBuffer();
    });
    for (const socket of bareSockets) socket.terminate();
    const figures = (latencies: number[]) => ({ p50Ms: round(median(latencies), 2), p99Ms: round(percentile(latencies, 99), 2) });
    const server = figures(fullRun.latencies);
    const baseline = figures(bareRun.latencies);
    console.log(`requirement change → ${SOCKETS} sockets: p50 ${server.p50Ms} ms, p99 ${server.p99Ms} ms (${CHANGES} changes)`);
    console.log(`bare ws broadcast   → ${SOCKETS} sockets: p50 ${baseline.p50Ms} ms, p99 ${baseline.p99Ms} ms`);
    console.log(`(frames of up to ${fullRun.frameBytes} bytes; the server's figure includes the PUT's database write)`);
    console.log(
      JSON.stringify({
        bench: "fanout",
        sockets: SOCKETS,
        changes: CHANGES,
        frameBytes: fullRun.frameBytes,
        server,
        bareBroadcast: baseline,
        ratio: round(baseline.p50Ms / server.p50Ms, 2),
      }),
    );
  } finally {
    await stopChild(full.child);
    await stopChild(bare.child);
  }
}

const role = process.argv[process.argv.indexOf("--serve") + 1];
if (process.argv.includes("--serve")) void (role === "bare" ? serveBare() : serveFull());
else void main();
