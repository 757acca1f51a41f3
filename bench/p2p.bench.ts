// `npm run bench -- p2p`: round trips of a 1 KiB payload between two Chromium contexts over a WebRTC data channel
// (P2pNetwork), against the same payload relayed through the signaling server's websocket (a `user`-scope
// plugin_event each way) in the same run. Human lines, then one JSON line.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { serveBundlePage } from "../e2e/support/bundle-page";
import { WebSocket } from "ws";
import type { P2pSignal } from "../generated/types/contract";
import { launchChromium } from "../e2e/browser/chromium";
import { startServingChild, stopChild } from "./child-server";
import { median, round } from "./measure";
import { jsonApi } from "./json-api";

const ROUND_TRIPS = 500;
const WARMUP = 50;
const PAYLOAD = { note: "x".repeat(1000) };
const PLUGIN = "bench.p2p";
const EVENT = "bench.echo";

interface ServerInfo {
  port: number;
  tokens: [string, string];
  userIds: [string, string];
  serverId: string;
}

async function serve(): Promise<void> {
  const { startSignalingServer } = await import("../server/src/signaling-server");
  const dir = mkdtempSync(path.join(tmpdir(), "toju-bench-p2p-"));
  const server = await startSignalingServer({
    port: 0,
    databaseUrl: `sqlite:${path.join(dir, "toju.sqlite")}`,
    pluginEventRate: 0,
    log: () => undefined,
  });
  const call = jsonApi(server.url);
  const a = await call("POST", "/api/auth/register", { username: "bench-alice", password: "bench password" });
  const b = await call("POST", "/api/auth/register", { username: "bench-bob", password: "bench password" });
  const s = await call("POST", "/api/servers", { name: "Bench" }, a.token);
  await call("POST", `/api/servers/${s.id}/members`, {}, b.token);
  await call("PUT", `/api/servers/${s.id}/plugins/${PLUGIN}/events/${EVENT}`, { direction: "clientToServer", scope: "user" }, a.token);
  process.on("SIGTERM", () => server.close().then(() => (rmSync(dir, { recursive: true, force: true }), process.exit(0))));
  console.log(JSON.stringify({ port: server.port, tokens: [a.token, b.token], userIds: [a.user.id, b.user.id], serverId: s.id }));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Two sockets joined to the server; B echoes every event back to A; A measures each round trip. */
async function websocketRoundTrips(info: ServerInfo): Promise<number[]> {
  const open = async (token: string) => {
    const socket = new WebSocket(`ws://127.0.0.1:${info.port}/ws`);
    await new Promise((resolve) => socket.once("open", resolve));
    const send = (frame: unknown) => socket.send(JSON.stringify(frame));
    send({ type: "identify", token });
    send({ type: "join_server", serverId: info.serverId });
    await new Promise<void>((resolve) => socket.on("message", (data) => JSON.parse(data.toString()).type === "server_joined" && resolve()));
    return { socket, send };
  };
  const [alice, bob] = [await open(info.tokens[0]), await open(info.tokens[1])];
  const event = (eventId: string, target: string) => ({
    type: "plugin_event",
    eventId,
    serverId: info.serverId,
    pluginId: PLUGIN,
    eventName: EVENT,
    direction: "clientToServer",
    targetUserId: target,
    payload: PAYLOAD,
  });
  bob.socket.on("message", (data) => {
    const frame = JSON.parse(data.toString());
    if (frame.type === "plugin_event") bob.send(event(`r${frame.eventId}`, info.userIds[0]));
  });
  const times: number[] = [];
  for (let i = 0; i < WARMUP + ROUND_TRIPS; i += 1) {
    const started = performance.now();
    const back = new Promise<void>((resolve) => {
      const onMessage = (data: Buffer) => {
        const frame = JSON.parse(data.toString());
        if (frame.type === "plugin_event") {
          alice.socket.off("message", onMessage);
          resolve();
        }
      };
      alice.socket.on("message", onMessage);
    });
    alice.send(event(`e${i}`, info.userIds[1]));
    await back;
    if (i >= WARMUP) times.push(performance.now() - started);
  }
  alice.socket.close();
  bob.socket.close();
  return times;
}

async function dataChannelRoundTrips(): Promise<number[]> {
  const http = await serveBundlePage(path.join(__dirname, "..", "e2e", "browser", "p2p-network-entry.ts"));
  const browser = await launchChromium();
  try {
    const pages = Object.fromEntries(
      await Promise.all(["alice", "bob"].map(async (name) => [name, await (await browser.newContext()).newPage()] as const)),
    );
    type Probe = {
      p2p: {
        start(id: string, ms: number): void;
        deliver(from: string, s: P2pSignal): void;
        pingPong(peer: string, n: number, p: unknown): Promise<number[]>;
      };
    };
    for (const [name, page] of Object.entries(pages)) {
      await page.exposeFunction("tojuRelaySignal", (target: string, signal: P2pSignal) =>
        pages[target].evaluate(([from, s]) => (window as unknown as Probe).p2p.deliver(from, s), [name, signal] as const),
      );
      await page.goto(http.url);
      await page.waitForFunction(() => "p2p" in window);
      await page.evaluate((id) => (window as unknown as Probe).p2p.start(id, 10_000), name);
    }
    const times = await pages.alice.evaluate(([n, payload]) => (window as unknown as Probe).p2p.pingPong("bob", n, payload), [
      WARMUP + ROUND_TRIPS,
      PAYLOAD,
    ] as const);
    return times.slice(WARMUP);
  } finally {
    await browser.close();
    await http.close();
  }
}

async function main(): Promise<void> {
  const { child, info } = await startServingChild<ServerInfo>(__filename, []);
  try {
    const ws = await websocketRoundTrips(info);
    const p2p = await dataChannelRoundTrips();
    const summary = (times: number[]) => ({
      p50: round(median(times), 3),
      p99: round(percentile(times, 99), 3),
      perSecond: round(1000 / median(times), 0),
    });
    const direct = summary(p2p);
    const relayed = summary(ws);
    console.log(`data channel:   round trip p50 ${direct.p50} ms, p99 ${direct.p99} ms (${direct.perSecond} round trips/s)`);
    console.log(`websocket relay: round trip p50 ${relayed.p50} ms, p99 ${relayed.p99} ms (${relayed.perSecond} round trips/s)`);
    console.log(
      JSON.stringify({
        bench: "p2p",
        roundTrips: ROUND_TRIPS,
        payloadBytes: JSON.stringify(PAYLOAD).length,
        dataChannel: direct,
        websocketRelay: relayed,
        ratio: round(relayed.p50 / direct.p50, 2),
      }),
    );
  } finally {
    await stopChild(child);
  }
}

if (process.argv.includes("--serve")) void serve();
else void main();
