// P2P in real Chromium, two browser contexts: data channels open over host candidates with signals relayed by the
// test (as the websocket relays them), each plugin hears only its own frames, payloads never pass the relay, and a
// peer that never answers gives P2pUnavailableError in time.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { bundleForBrowser } from "../support/browser-bundle";
import type { Browser, Page } from "playwright-core";
import type { P2pSignal } from "../../generated/types/contract";
import { launchChromium } from "./chromium";

interface P2pProbe {
  p2p: {
    start(userId: string, openTimeoutMs: number): void;
    deliver(sourceUserId: string, signal: P2pSignal): void;
    send(pluginId: string, peer: string, payload: unknown): Promise<{ ok: boolean; name?: string; code?: string }>;
    received(): { pluginId: string; fromUserId: string; payload: unknown }[];
  };
}

let server: Server;
let browser: Browser;
let url: string;
const relayed: { from: string; to: string; signal: P2pSignal }[] = [];

beforeAll(async () => {
  const { script } = await bundleForBrowser(path.join(__dirname, "p2p-network-entry.ts"));
  server = createServer((req, res) => {
    if (req.url === "/p2p.js") return res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    if (req.url === "/")
      return res.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><script type="module" src="/p2p.js"></script>');
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Two users in two contexts; `relay` false drops every signal (a peer that never answers). */
async function pair(openTimeoutMs = 10_000, relay = true): Promise<{ alice: Page; bob: Page; close(): Promise<void> }> {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [alice, bob] = await Promise.all(contexts.map((context) => context.newPage()));
  const pages: Record<string, Page> = { alice, bob };
  for (const [name, page] of Object.entries(pages)) {
    await page.exposeFunction("tojuRelaySignal", async (target: string, signal: P2pSignal) => {
      relayed.push({ from: name, to: target, signal });
      if (relay)
        await pages[target]?.evaluate(([from, s]) => (window as unknown as P2pProbe).p2p.deliver(from, s), [name, signal] as const);
    });
    await page.goto(url);
    await page.waitForFunction(() => "p2p" in window);
    await page.evaluate(([id, ms]) => (window as unknown as P2pProbe).p2p.start(id, ms), [name, openTimeoutMs] as const);
  }
  return { alice, bob, close: async () => void (await Promise.all(contexts.map((context) => context.close()))) };
}

const send = (page: Page, pluginId: string, peer: string, payload: unknown) =>
  page.evaluate(([p, to, body]) => (window as unknown as P2pProbe).p2p.send(p, to, body), [pluginId, peer, payload] as const);
const receivedBy = (page: Page) => page.evaluate(() => (window as unknown as P2pProbe).p2p.received());

it("opens a data channel lazily and delivers frames both ways, to the sending plugin's listeners only", async () => {
  relayed.length = 0;
  const { alice, bob, close } = await pair();
  try {
    expect(await send(alice, "game", "bob", { move: 4, secret: "only-between-us" })).toEqual({ ok: true });
    await bob.waitForFunction(() => (window as unknown as P2pProbe).p2p.received().length > 0);
    expect(await receivedBy(bob)).toEqual([{ pluginId: "game", fromUserId: "alice", payload: { move: 4, secret: "only-between-us" } }]);
    expect(await send(bob, "game", "alice", { move: 0 })).toEqual({ ok: true });
    await alice.waitForFunction(() => (window as unknown as P2pProbe).p2p.received().length > 0);
    expect(await receivedBy(alice)).toEqual([{ pluginId: "game", fromUserId: "bob", payload: { move: 0 } }]);
    expect(relayed.map((r) => r.signal.kind)).toContain("offer");
    expect(JSON.stringify(relayed)).not.toContain("only-between-us");
  } finally {
    await close();
  }
});

it("survives both users opening at the same moment (one connection, every frame delivered)", async () => {
  const { alice, bob, close } = await pair();
  try {
    const [a, b] = await Promise.all([send(alice, "game", "bob", "from alice"), send(bob, "other", "alice", "from bob")]);
    expect([a, b]).toEqual([{ ok: true }, { ok: true }]);
    await bob.waitForFunction(() => (window as unknown as P2pProbe).p2p.received().length > 0);
    await alice.waitForFunction(() => (window as unknown as P2pProbe).p2p.received().length > 0);
    expect(await receivedBy(bob)).toEqual([{ pluginId: "game", fromUserId: "alice", payload: "from alice" }]);
    expect(await receivedBy(alice)).toEqual([{ pluginId: "other", fromUserId: "bob", payload: "from bob" }]);
  } finally {
    await close();
  }
});

it("refuses a frame over 64 KiB before anything is sent, and a peer that never answers in time", async () => {
  const { alice, close } = await pair(1500, false);
  try {
    expect(await send(alice, "game", "bob", "x".repeat(70_000))).toMatchObject({ ok: false, code: "value_too_large" });
    const started = Date.now();
    expect(await send(alice, "game", "bob", { hello: 1 })).toEqual({ ok: false, name: "P2pUnavailableError", code: "p2p_unavailable" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  } finally {
    await close();
  }
});
