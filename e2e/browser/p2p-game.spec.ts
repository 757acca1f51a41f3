// The tic-tac-toe example between two people in two Chromium contexts, against the stack `npm start` runs: the
// invitation is a p2pHint event, then every move travels over a WebRTC data channel the two browsers negotiated
// through `p2p_signal` envelopes — and no move ever crosses the websocket, in either direction, for either page.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { silentLogger } from "../../server/src/ops/logger";
import { startBrowserShell, type BrowserShell } from "../../scripts/start/browser-shell";
import { buildRenderer, isRendererBuildStale, rendererBrowserDir } from "../../scripts/start/renderer-build";
import { launchChromium } from "./chromium";

let scratch: string;
let shell: BrowserShell;
let browser: Browser;
let alice: Page;
let bob: Page;
const problems: string[] = [];
/** Every websocket frame either page sent or received, as JSON. */
const frames: { page: string; direction: "sent" | "received"; envelope: { type: string; [key: string]: unknown } }[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), "toju-p2p-game-"));
  const dataDir = path.join(scratch, "data");
  cpSync(path.join(__dirname, "..", "..", "examples", "tic-tac-toe"), path.join(dataDir, "plugins", "tic-tac-toe"), {
    recursive: true,
    filter: (source) => !source.endsWith(".spec.ts"),
  });
  let rendererDir = rendererBrowserDir();
  if (isRendererBuildStale()) {
    await buildRenderer(path.join(scratch, "renderer"));
    rendererDir = rendererBrowserDir(path.join(scratch, "renderer"));
  }
  shell = await startBrowserShell({ dataDir, port: 0, log: silentLogger, rendererDir });
  browser = await launchChromium();
  [alice, bob] = await Promise.all([openPage("alice"), openPage("bob")]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await shell?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function openPage(name: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on("pageerror", (error) => problems.push(`${name}: page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`${name}: console error: ${message.text()}`));
  page.on("websocket", (socket) => {
    socket.on("framesent", ({ payload }) => frames.push({ page: name, direction: "sent", envelope: JSON.parse(String(payload)) }));
    socket.on("framereceived", ({ payload }) => frames.push({ page: name, direction: "received", envelope: JSON.parse(String(payload)) }));
  });
  await page.goto(`${shell.url}/`);
  await page.getByLabel("Username").fill(name);
  await page.getByLabel("Password").fill(`${name} has a good password`);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("banner").getByRole("status").getByText("Connected", { exact: true }).waitFor();
  return page;
}

const plugin = (page: Page) => page.getByRole("region", { name: "Plugins" }).getByRole("listitem", { name: /^Tic-tac-toe / });
const game = (page: Page) => page.getByRole("region", { name: "Tic-tac-toe" });
const cell = (page: Page, name: string) => game(page).getByRole("button", { name, exact: true });

it("lets the admin require the game and both members grant it; it shows as a page tab", async () => {
  await alice.getByRole("button", { name: "Create server" }).click();
  await alice.getByRole("dialog", { name: "Create server" }).getByRole("textbox", { name: "Server name" }).fill("Game night");
  await alice.getByRole("dialog", { name: "Create server" }).getByRole("button", { name: "Create" }).click();
  const serverId = await alice.getByRole("navigation", { name: "Channels" }).getByRole("textbox", { name: "Server ID" }).inputValue();
  await bob.getByRole("button", { name: "Join server" }).click();
  await bob.getByRole("dialog", { name: "Join server" }).getByRole("textbox", { name: "Server ID" }).fill(serverId);
  await bob.getByRole("dialog", { name: "Join server" }).getByRole("button", { name: "Join" }).click();
  await bob.getByRole("navigation", { name: "Channels" }).getByRole("button", { name: "general" }).waitFor();
  // Requiring registers the manifest's `game.invite` p2pHint event on the server.
  await plugin(alice).getByRole("button", { name: "Require on this server" }).click();
  for (const page of [alice, bob]) {
    await plugin(page).getByRole("button", { name: "Grant" }).click();
    await page.getByRole("region", { name: "Plugins" }).getByRole("listitem", { name: "Tic-tac-toe loaded", exact: true }).waitFor();
    await page.getByRole("tab", { name: "Tic-tac-toe" }).click();
  }
});

it("invites with a p2pHint, then plays moves both ways over the data channel to a win", async () => {
  await game(alice).getByRole("button", { name: "Invite bob" }).click();
  await game(bob).getByRole("button", { name: "Accept invitation from alice" }).click();
  await game(alice).getByText("Your move (you are X).").waitFor();
  const moves: [Page, string, Page][] = [
    [alice, "Cell 5", bob],
    [bob, "Cell 1", alice],
    [alice, "Cell 3", bob],
    [bob, "Cell 2", alice],
    [alice, "Cell 7", bob],
  ];
  for (const [player, played, opponent] of moves) {
    await cell(player, played).click();
    await cell(opponent, `${played} ${player === alice ? "X" : "O"}`).waitFor();
  }
  await game(alice).getByRole("status").getByText("You won!").waitFor();
  await game(bob).getByRole("status").getByText("You lost.").waitFor();
});

it("negotiated over the websocket, but no move crossed it", () => {
  const sentTypes = new Set(frames.filter((frame) => frame.direction === "sent").map((frame) => frame.envelope.type));
  expect(sentTypes).toContain("p2p_signal");
  const relayed = frames.filter((frame) => frame.direction === "received" && frame.envelope.type === "p2p_signal");
  expect(relayed.map((frame) => (frame.envelope.signal as { kind: string }).kind)).toEqual(expect.arrayContaining(["offer", "answer"]));
  const invites = frames.filter((frame) => frame.envelope.type === "plugin_event" && frame.envelope.eventName === "game.invite");
  expect(invites.map((frame) => `${frame.page} ${frame.direction}`)).toEqual(["alice sent", "bob received"]);
  const moves = frames.filter(({ envelope }) => /"(cell|move|accept)"/.test(JSON.stringify(envelope)));
  expect(moves).toEqual([]);
});

it("ran without a page error or a console error", () => {
  expect(problems).toEqual([]);
});
