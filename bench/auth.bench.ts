// `npm run bench -- auth`: an honest sign-in (and creating a server) while 100 wrong-password sign-ins arrive at once,
// against the same with no flood, in the same run; the server runs in a child process. Two floods: 100 attempts on one
// user name from one address (what throttling refuses), and 100 from 100 addresses on 100 names (what it cannot tell
// from honest traffic, so only bounded hashing concurrency keeps the honest sign-in fast).
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startServingChild, stopChild } from "./child-server";
import { round } from "./measure";

const WAVES = 15;
const FLOOD = 100;
const HONEST_ADDRESS = "127.0.0.2";
const PASSWORD = "bench password";

// ---- child process ----

async function serve(): Promise<void> {
  const { startSignalingServer } = await import("../server/src/signaling-server");
  const dir = mkdtempSync(path.join(tmpdir(), "toju-bench-auth-"));
  const { readConfig } = await import("../server/src/config");
  const server = await startSignalingServer({
    port: 0,
    databaseUrl: `sqlite:${path.join(dir, "toju.sqlite")}`,
    passwordHashConcurrency: readConfig().passwordHashConcurrency,
    log: () => undefined,
  });
  process.on("SIGTERM", () => server.close().then(() => (rmSync(dir, { recursive: true, force: true }), process.exit(0))));
  console.log(JSON.stringify({ port: server.port }));
}

// ---- parent ----

let port = 0;

function post(url: string, body: unknown, options: { token?: string; from?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: url,
        localAddress: options.from,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(text),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (res) => {
        let received = "";
        res.on("data", (chunk: Buffer) => (received += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: received }));
      },
    );
    req.on("error", reject);
    req.end(text);
  });
}

async function timed(call: () => Promise<{ status: number }>, expected: number): Promise<number> {
  const started = performance.now();
  const { status } = await call();
  if (status !== expected) throw new Error(`expected ${expected}, got ${status}`);
  return performance.now() - started;
}

interface Figures {
  loginP50Ms: number;
  loginP99Ms: number;
  createServerP50Ms: number;
  createServerP99Ms: number;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))], 1);
};

let serverCount = 0;

/** `WAVES` times: fire the flood (if any), and meanwhile sign in honestly and create a server; wait for everything. */
async function measure(flood: (wave: number) => Promise<unknown>[]): Promise<Figures> {
  const logins: number[] = [];
  const creations: number[] = [];
  const honest = JSON.parse((await post("/api/auth/login", { username: "honest", password: PASSWORD }, { from: HONEST_ADDRESS })).body);
  for (let wave = 0; wave < WAVES; wave++) {
    const attempts = flood(wave);
    logins.push(await timed(() => post("/api/auth/login", { username: "honest", password: PASSWORD }, { from: HONEST_ADDRESS }), 200));
    creations.push(
      await timed(() => post("/api/servers", { name: `S${++serverCount}` }, { token: honest.token, from: HONEST_ADDRESS }), 201),
    );
    await Promise.all(attempts);
  }
  return {
    loginP50Ms: percentile(logins, 50),
    loginP99Ms: percentile(logins, 99),
    createServerP50Ms: percentile(creations, 50),
    createServerP99Ms: percentile(creations, 99),
  };
}

const describe = (label: string, f: Figures) =>
  console.log(
    `  ${label}: login p50 ${f.loginP50Ms} ms, p99 ${f.loginP99Ms} ms; create server p50 ${f.createServerP50Ms} ms, p99 ${f.createServerP99Ms} ms`,
  );

async function main(): Promise<void> {
  const child = await startServingChild(__filename, ["auth"]);
  port = child.info.port;
  try {
    await post("/api/auth/register", { username: "honest", password: PASSWORD }, { from: HONEST_ADDRESS });
    await post("/api/auth/register", { username: "victim", password: PASSWORD }, { from: HONEST_ADDRESS });
    console.log(
      `auth: ${WAVES} waves of ${FLOOD} concurrent wrong-password sign-ins; an honest client (${HONEST_ADDRESS}) signs in and creates a server during each`,
    );
    const quiet = await measure(() => []);
    describe("no flood", quiet);
    const oneSource = await measure(() =>
      Array.from({ length: FLOOD }, () =>
        post("/api/auth/login", { username: "victim", password: "wrong password" }, { from: "127.0.0.1" }),
      ),
    );
    describe("flood on one name from one address", oneSource);
    const distributed = await measure((wave) =>
      Array.from({ length: FLOOD }, (_, i) =>
        post(
          "/api/auth/login",
          { username: `nobody${wave}-${i}`, password: "wrong password" },
          { from: `127.0.${1 + (wave % 50)}.${i + 1}` },
        ),
      ),
    );
    describe(`flood from ${FLOOD} addresses on ${FLOOD} names`, distributed);
    const ratio = round(quiet.loginP50Ms / oneSource.loginP50Ms, 3);
    console.log(`  → ratio (honest login p50, no flood / flood) ${ratio}`);
    console.log(
      JSON.stringify({
        bench: "auth",
        waves: WAVES,
        flood: FLOOD,
        noFlood: quiet,
        flood1: oneSource,
        floodDistributed: distributed,
        ratio,
      }),
    );
  } finally {
    await stopChild(child.child);
  }
}

if (process.argv.includes("--serve")) serve().catch((error) => (console.error(error), process.exit(1)));
else
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
