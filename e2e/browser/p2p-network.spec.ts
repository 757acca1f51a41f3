// P2P in real Chromium, two browser contexts: data channels open over host candidates with signals relayed by the
// test (as the websocket relays them), each plugin hears only its own frames, payloads never pass the relay, and a
// peer that never answers gives P2pUnavailableError in time, and a first attempt whose candidates were lost recovers
// through an ICE restart.
import path from "node:path";
import { serveBundlePage, type BundlePage } from "../support/bundle-page";
import type { Browser, Page } from "playwright-core";
import type { P2pSignal } from "../../generated/types/contract";
import { launchChromium } from "./chromium";

interface P2pProbe {
  p2p: {
    start(userId: string, openTimeoutMs: number): void;
    deliver(sourceUserId: string, signal: P2pSignal): void;
    send(pluginId: string, peer: string, payload: unknown): Promise<{ ok: boolean; name?: string; code?: string; message?: string }>;
    received(): { pluginId: string; fromUserId: string; payload: unknown }[];
  };
}

let server: BundlePage;
let browser: Browser;
let url: string;
const relayed: { from: string; to: string; signal: P2pSignal }[] = [];

beforeAll(async () => {
  server = await serveBundlePage(path.join(__dirname, "p2p-network-entry.ts"));
  url = server.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Which signals reach the other page: `false` drops every one (a peer that never answers). */
type RelayRule = boolean | ((from: string, signal: P2pSignal) => boolean);

/** Two users in two contexts, their signals relayed by the test as `relay` says. */
async function pair(openTimeoutMs = 10_000, relay: RelayRule = true): Promise<{ alice: Page; bob: Page; close(): Promise<void> }> {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [alice, bob] = await Promise.all(contexts.map((context) => context.newPage()));
  const pages: Record<string, Page> = { alice, bob };
  for (const [name, page] of Object.entries(pages)) {
    await page.exposeFunction("tojuRelaySignal", async (target: string, signal: P2pSignal) => {
      relayed.push({ from: name, to: target, signal });
      if (relay === true || (relay !== false && relay(name, signal)))
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
    if (!a.ok || !b.ok) console.log(relayed.map((r) => `${r.from} → ${r.to}: ${r.signal.kind}`).join("\n"));
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
    const refused = await send(alice, "game", "bob", { hello: 1 });
    expect(refused).toMatchObject({ ok: false, name: "P2pUnavailableError", code: "p2p_unavailable" });
    // The reason says how far the connection got, so a person (or a bug report) can tell where it stopped.
    expect(refused.message).toMatch(
      /^no direct channel to user 'bob' opened within 2 s \(connection \w+, ICE \w+ \(gathering \w+\), signalling [\w-]+\)$/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  } finally {
    await close();
  }
});

it("recovers from a first attempt whose candidates were all lost, by restarting ICE halfway through the time limit", async () => {
  relayed.length = 0;
  // Every candidate of each user's first ICE credentials is dropped: those two devices can never find each other.
  const firstUfrag = new Map<string, string>();
  const ufragOf = (candidate: string) => /ufrag (\S+)/.exec(candidate)?.[1] ?? "";
  const { alice, bob, close } = await pair(6000, (from, signal) => {
    if (signal.kind !== "candidate") return true;
    if (!firstUfrag.has(from)) firstUfrag.set(from, ufragOf(signal.candidate));
    return ufragOf(signal.candidate) !== firstUfrag.get(from);
  });
  try {
    const started = Date.now();
    expect(await send(alice, "game", "bob", "after a restart")).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
    await bob.waitForFunction(() => (window as unknown as P2pProbe).p2p.received().length > 0);
    expect(await receivedBy(bob)).toEqual([{ pluginId: "game", fromUserId: "alice", payload: "after a restart" }]);
    expect(relayed.filter((r) => r.signal.kind === "offer").length).toBeGreaterThanOrEqual(2);
  } finally {
    await close();
  }
});
