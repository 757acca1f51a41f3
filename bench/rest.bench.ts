// `npm run bench -- rest`: GET /api/servers/{id}/plugins (auth, path check, server lookup, the snapshot's cached
// serialisation) against a bare Express route returning the same JSON, in the same run; then the ETag path (the same
// request with If-None-Match: 304, no body). Servers in child processes, a bounded keep-alive load loop.
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startServingChild, stopChild, type ServingChild } from "./child-server";
import { median, round } from "./measure";
import { jsonApi } from "./json-api";

const CONCURRENCY = 16;
const REQUESTS = 6000;
const WARMUP = 500;
const ROUNDS = 3;

// ---- child processes ----

async function serveFull(): Promise<void> {
  const { startSignalingServer } = await import("../server/src/signaling-server");
  const dir = mkdtempSync(path.join(tmpdir(), "toju-bench-rest-"));
  const server = await startSignalingServer({ port: 0, databaseUrl: `sqlite:${path.join(dir, "toju.sqlite")}`, log: () => undefined });
  const call = jsonApi(server.url);
  const user = await call("POST", "/api/auth/register", { username: "bench-user", password: "bench password" });
  const s = await call("POST", "/api/servers", { name: "Bench" }, user.token);
  for (let i = 0; i < 5; i++) {
    await call(
      "PUT",
      `/api/servers/${s.id}/plugins/plugin-${i}.bench/requirement`,
      { status: "optional", versionRange: "^1.0.0", installUrl: `https://example.com/p${i}` },
      user.token,
    );
    for (let j = 0; j < 2; j++) {
      await call(
        "PUT",
        `/api/servers/${s.id}/plugins/plugin-${i}.bench/events/event-${j}.tick`,
        { direction: "clientToServer", scope: "server", schema: { type: "object", properties: { n: { type: "integer" } } } },
        user.token,
      );
    }
  }
  process.on("SIGTERM", () => server.close().then(() => (rmSync(dir, { recursive: true, force: true }), process.exit(0))));
  console.log(JSON.stringify({ port: server.port, token: user.token, path: `/api/servers/${s.id}/plugins` }));
}

async function serveBare(body: string): Promise<void> {
  const express = (await import("express")).default;
  const app = express();
  const snapshot = JSON.parse(body);
  app.get("/api/servers/:serverId/plugins", (_req, res) => {
    res.json(snapshot);
  });
  const server = app.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: (server.address() as { port: number }).port })));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

// ---- parent ----

interface Reply {
  status: number;
  body: string;
  etag?: string;
}

function get(agent: Agent, port: number, urlPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: urlPath, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), etag: res.headers.etag }));
    });
    req.on("error", reject);
    req.end();
  });
}

interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

async function load(port: number, urlPath: string, headers: Record<string, string> = {}, expected = 200): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let issued = 0;
  let start = 0;
  const worker = async () => {
    while (issued < WARMUP + REQUESTS) {
      const n = issued++;
      if (n === WARMUP) start = performance.now();
      const t0 = performance.now();
      const res = await get(agent, port, urlPath, headers);
      if (res.status !== expected) throw new Error(`status ${res.status}: ${res.body.slice(0, 200)}`);
      if (n >= WARMUP) latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - start;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: round((latencies.length / elapsed) * 1000, 0),
    p50Ms: round(latencies[Math.floor(latencies.length * 0.5)], 2),
    p99Ms: round(latencies[Math.floor(latencies.length * 0.99)], 2),
  };
}

function medianOf(results: LoadResult[]): LoadResult {
  const pick = (key: keyof LoadResult) => median(results.map((r) => r[key]));
  return { requestsPerSecond: pick("requestsPerSecond"), p50Ms: pick("p50Ms"), p99Ms: pick("p99Ms") };
}

async function main(): Promise<void> {
  const full = await startServingChild<{ port: number; path: string; token: string }>(__filename, ["full"]);
  let bare: ServingChild | undefined;
  try {
    const agent = new Agent({ keepAlive: false });
    const auth = { authorization: `Bearer ${full.info.token}` };
    const snapshot = await get(agent, full.info.port, full.info.path, auth);
    if (!snapshot.etag) throw new Error("the snapshot has no ETag");
    const conditional = { ...auth, "if-none-match": snapshot.etag };
    bare = await startServingChild(__filename, ["bare", snapshot.body]);
    console.log(
      `rest: GET ${full.info.path.replace(/servers\/[^/]+/, "servers/{id}")} (${snapshot.body.length} bytes), concurrency ${CONCURRENCY}, ${REQUESTS} requests after ${WARMUP} warm-up, median of ${ROUNDS} alternating rounds`,
    );
    const fulls: LoadResult[] = [];
    const bares: LoadResult[] = [];
    const notModified: LoadResult[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      bares.push(await load(bare.info.port, full.info.path));
      fulls.push(await load(full.info.port, full.info.path, auth));
      notModified.push(await load(full.info.port, full.info.path, conditional, 304));
    }
    const measured = medianOf(fulls);
    const baseline = medianOf(bares);
    const etag = medianOf(notModified);
    const ratio = round(measured.requestsPerSecond / baseline.requestsPerSecond, 3);
    const etagRatio = round(etag.requestsPerSecond / baseline.requestsPerSecond, 3);
    console.log(
      `  full: ${measured.requestsPerSecond} req/s, p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms  (200, cached serialisation)`,
    );
    console.log(
      `  etag: ${etag.requestsPerSecond} req/s, p50 ${etag.p50Ms} ms, p99 ${etag.p99Ms} ms  (If-None-Match → 304)  → ratio ${etagRatio}`,
    );
    console.log(`  bare: ${baseline.requestsPerSecond} req/s, p50 ${baseline.p50Ms} ms, p99 ${baseline.p99Ms} ms  → ratio ${ratio}`);
    console.log(
      JSON.stringify({
        bench: "rest",
        full: measured,
        etag: { ...etag, ratio: etagRatio },
        baseline,
        requests: REQUESTS,
        concurrency: CONCURRENCY,
        rounds: ROUNDS,
        ratio,
      }),
    );
  } finally {
    await stopChild(full.child);
    if (bare) await stopChild(bare.child);
  }
}

const serveIndex = process.argv.indexOf("--serve");
if (serveIndex >= 0) {
  const started = process.argv[serveIndex + 1] === "full" ? serveFull() : serveBare(process.argv[serveIndex + 2]);
  started.catch((error) => (console.error(error), process.exit(1)));
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
