// The plugin API end to end, two people in two Chromium contexts against the stack `npm start` runs (server, desktop
// bridge, built renderer) with the poll, dice roller and tic-tac-toe examples in the plugins folder: a requirement the
// admin sets shows live on the member's page; poll votes travel both ways; a vote breaking the event's schema is refused
// and reaches nobody; the dice roller posts as its plugin user; the game's moves go over a data channel and never over
// the websocket; a plugin the admin blocks stops on the member's page; a plugin installed from a loopback URL loads with
// the right hash and is refused with a wrong one. Screenshots of the key screens go to test-results/plugin-api-two-users.
// It lives beside the postgres-tier flows but runs once, in the node project (jest.config.js ignores it for postgres).
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import WebSocket from "ws";
import type { ServerEnvelope } from "../generated/types/contract";
import { eventually } from "../server/src/testing/harness";
import { createAccount, createServer, joinServer } from "./support/chat-steps";
import { bridgeCall, FAILED_REQUEST, recordFrames, watchForProblems, type Frame } from "./support/page-watch";
import { helloModule, servePlugin, startLoopbackHost, type LoopbackHost } from "./support/remote-plugins";
import { examplePlugins, startTestStack, type TestStack } from "./support/test-stack";

const REPO_ROOT = path.join(__dirname, "..");
const SCREENSHOTS = path.join(REPO_ROOT, "test-results", "plugin-api-two-users");
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let stack: TestStack;
let alice: Page;
let bob: Page;
let pluginHost: LoopbackHost;
let serverId: string;
const problems: string[] = [];
/** Bridge calls the desktop refused on purpose (Chromium logs each failed request as a console error). */
const refusedCalls: string[] = [];
/** Every websocket frame either page sent or received: together, everything the server saw from the pages. */
const frames: Frame[] = [];
/** Main-frame navigations per page: a live update must not come from a reload. */
const navigations = { alice: 0, bob: 0 };
const screenshots: string[] = [];

beforeAll(async () => {
  // Screenshots of an earlier run must not pass for this one's.
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A loopback plugin host: `remote-hello` whose module matches its hash, `tampered` whose module does not.
  pluginHost = await startLoopbackHost();
  const remoteModule = helloModule("the loopback host");
  servePlugin(pluginHost, "remote-hello", { id: "remote-hello", title: "Remote hello", module: remoteModule });
  servePlugin(pluginHost, "tampered", {
    id: "tampered",
    title: "Tampered",
    module: `${remoteModule}// changed after hashing\n`,
    hashed: remoteModule,
  });
  stack = await startTestStack("plugin-api-two-users", examplePlugins("poll", "dice-roller", "tic-tac-toe", "link-preview"));
  [alice, bob] = await Promise.all([openPage("alice"), openPage("bob")]);
}, 240_000);

afterAll(async () => {
  await stack?.stop();
  await pluginHost?.close();
});

async function openPage(name: "alice" | "bob"): Promise<Page> {
  const page = await (await stack.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await watchForProblems(page, problems, { label: name, refused: { match: FAILED_REQUEST, calls: refusedCalls, name: bridgeCall } });
  page.on("framenavigated", (frame) => frame === page.mainFrame() && (navigations[name] += 1));
  recordFrames(page, name, frames);
  await page.goto(`${stack.shell.url}/`);
  await createAccount(page, name);
  return page;
}

const manager = (page: Page) => page.getByRole("region", { name: "Plugins" });
const plugin = (page: Page, title: string) => manager(page).getByRole("listitem", { name: new RegExp(`^${title} `) });
const pluginIs = (page: Page, title: string, state: string) =>
  manager(page)
    .getByRole("listitem", { name: `${title} ${state}`, exact: true })
    .waitFor();
const badge = (page: Page, title: string) => plugin(page, title).locator(".requirement-badge");
const adminButton = (title: string, name: string) =>
  plugin(alice, title)
    .getByRole("group", { name: `Requirement of ${title} on this server` })
    .getByRole("button", { name, exact: true });
const composer = (page: Page) => page.getByRole("textbox", { name: "Message" });
const messages = (page: Page) => page.getByRole("region", { name: "Messages" });
const poll = (page: Page) => page.getByRole("region", { name: "Polls" }).getByRole("region", { name: "Lunch?" });
const vote = (page: Page, answer: string) => poll(page).getByRole("button", { name: `Vote ${answer}` });
const game = (page: Page) => page.getByRole("region", { name: "Tic-tac-toe" });
const cell = (page: Page, name: string) => game(page).getByRole("button", { name, exact: true });
const text = async (locator: ReturnType<Page["locator"]>) => (await locator.textContent())?.replace(/\s+/g, " ").trim();

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  screenshots.push(name);
}

async function grant(page: Page, title: string): Promise<void> {
  await plugin(page, title).getByRole("button", { name: "Grant" }).click();
  await pluginIs(page, title, "loaded");
}

async function run(page: Page, line: string): Promise<void> {
  await composer(page).fill(line);
  await composer(page).press("Enter");
  // The composer empties once the command it ran has settled.
  const textbox = await composer(page).elementHandle();
  await page.waitForFunction((element) => (element as HTMLTextAreaElement).value === "", textbox);
}

it("lets alice create a server that bob joins; the poll alice requires shows as required on bob's page at once", async () => {
  serverId = await createServer(alice, "Plugin club");
  await joinServer(bob, serverId);
  await manager(bob).getByText("Requirements of Plugin club are shown beside each plugin.").waitFor();
  await plugin(bob, "Poll").waitFor();
  await expect(badge(bob, "Poll").count()).resolves.toBe(0);
  const bobNavigations = navigations.bob;

  await adminButton("Poll", "Require on this server").click();
  // Nobody granted the poll yet, so the badge says it is required and not running.
  await badge(bob, "Poll").getByText("Required by this server, not running", { exact: true }).waitFor();
  expect(navigations.bob).toBe(bobNavigations);
  const pushed = frames.filter((frame) => frame.page === "bob" && frame.envelope.type === "plugin_requirements_changed");
  expect(pushed.length).toBeGreaterThan(0);
  await shot(bob, "01-bob-sees-poll-required");
  // The admin's four buttons wrap inside the plugin's card rather than spilling out of it.
  const card = (await plugin(alice, "Poll").boundingBox())!;
  const buttons = await plugin(alice, "Poll").getByRole("group", { name: "Requirement of Poll on this server" }).getByRole("button").all();
  expect(buttons).toHaveLength(4);
  for (const button of buttons) {
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
  }
});

it("runs the poll on both pages once granted; a poll alice starts reaches bob and each vote shows on the other page", async () => {
  for (const page of [alice, bob]) {
    await grant(page, "Poll");
    await badge(page, "Poll").getByText("Required by this server", { exact: true }).waitFor();
  }
  await run(alice, "/poll Lunch? | Pizza | Sushi");
  await vote(bob, "Sushi").getByText("Sushi (0)").waitFor();
  await vote(alice, "Pizza").click();
  await vote(bob, "Pizza").getByText("Pizza (1)").waitFor();
  await vote(bob, "Sushi").click();
  await vote(alice, "Sushi").getByText("Sushi (1)").waitFor();
  // Each page shows its own vote once the server accepted it, which may be after the other page heard of it.
  for (const page of [alice, bob]) {
    for (const answer of ["Pizza", "Sushi"]) await vote(page, answer).getByText(`${answer} (1)`).waitFor();
    await expect(poll(page).getByRole("button").allTextContents()).resolves.toEqual(["Pizza (1)", "Sushi (1)"]);
  }
  await expect(vote(alice, "Pizza").getAttribute("aria-pressed")).resolves.toBe("true");
  await expect(vote(bob, "Sushi").getAttribute("aria-pressed")).resolves.toBe("true");
  await shot(alice, "02-alice-poll-votes");
  await shot(bob, "03-bob-poll-votes");
});

/** A websocket of alice's own, outside her page, joined to the server: another window of hers, as the server sees it. */
async function aliceElsewhere() {
  // The renderer's socket is out of reach of page scripts.
  const login = await fetch(`${stack.shell.url}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "alice", password: "alice has a good password" }),
  });
  expect(login.status).toBe(200);
  const { token } = (await login.json()) as { token: string };
  const socket = new WebSocket(`${stack.shell.url.replace(/^http/, "ws")}/ws`);
  const received: ServerEnvelope[] = [];
  const waiting = new Map<string, (envelope: ServerEnvelope) => void>();
  socket.on("message", (data) => {
    const envelope = JSON.parse(String(data)) as ServerEnvelope;
    received.push(envelope);
    const key = "eventId" in envelope && envelope.type !== "plugin_event" ? envelope.eventId : envelope.requestId;
    if (key) waiting.get(key)?.(envelope);
  });
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  const request = (envelope: Record<string, unknown>, key: string) =>
    new Promise<ServerEnvelope>((resolve) => {
      waiting.set(key, resolve);
      socket.send(JSON.stringify(envelope));
    });
  expect(await request({ type: "identify", token, requestId: "id1" }, "id1")).toMatchObject({ type: "identified" });
  expect(await request({ type: "join_server", serverId, requestId: "join1" }, "join1")).toMatchObject({ type: "server_joined" });
  const created = frames.find((frame) => frame.direction === "sent" && frame.envelope.eventName === "poll.created")!.envelope;
  const vote = (eventId: string, payload: unknown) =>
    request(
      {
        type: "plugin_event",
        eventId,
        serverId,
        pluginId: "poll",
        eventName: "poll.voted",
        direction: "clientToServer",
        channelId: created.channelId,
        payload,
      },
      eventId,
    );
  return { socket, received, vote, pollId: (created.payload as { pollId: string }).pollId };
}

/** Resolves once both pages received the relayed event `eventId`: whatever was relayed before it has arrived too. */
const relayedToBoth = (eventId: string) =>
  eventually(
    async () => frames.filter((frame) => frame.direction === "received" && frame.envelope.eventId === eventId).map((frame) => frame.page),
    (pages) => pages.includes("alice") && pages.includes("bob"),
  );

it("refuses a vote that breaks the poll.voted schema (schema_mismatch), and no page receives it", async () => {
  // The plugin itself never sends a vote its manifest's schema refuses, so a socket of alice's own does.
  const elsewhere = await aliceElsewhere();
  try {
    const refused = await elsewhere.vote("badvote1", { pollId: elsewhere.pollId, option: "Sushi twice" });
    expect(refused).toMatchObject({ type: "plugin_event_rejected", eventId: "badvote1", code: "schema_mismatch" });
    expect((refused as { details?: { path: string }[] }).details).toContainEqual(expect.objectContaining({ path: "/payload/option" }));
    // A valid vote for a poll nobody has (the plugin ignores it), sent after it, shows nothing was relayed late.
    expect(await elsewhere.vote("okvote1", { pollId: "feedfacefeedface", option: 0 })).toMatchObject({
      type: "plugin_event_accepted",
      eventId: "okvote1",
    });
    await relayedToBoth("okvote1");
  } finally {
    elsewhere.socket.close();
  }
  expect(frames.filter((frame) => frame.text.includes("Sushi twice"))).toEqual([]);
  expect(elsewhere.received.filter((envelope) => envelope.type === "plugin_event")).toEqual([]);
  for (const page of [alice, bob]) {
    await expect(poll(page).getByRole("button").allTextContents()).resolves.toEqual(["Pizza (1)", "Sushi (1)"]);
  }
});

it("counts alice once when she changes her vote from another window, on her page as on bob's", async () => {
  const elsewhere = await aliceElsewhere();
  try {
    expect(await elsewhere.vote("revote1", { pollId: elsewhere.pollId, option: 1 })).toMatchObject({ type: "plugin_event_accepted" });
    await relayedToBoth("revote1");
  } finally {
    elsewhere.socket.close();
  }
  for (const page of [alice, bob]) await vote(page, "Pizza").getByText("Pizza (0)").waitFor();
  for (const page of [alice, bob]) {
    await expect(poll(page).getByRole("button").allTextContents()).resolves.toEqual(["Pizza (0)", "Sushi (2)"]);
  }
});

it("posts bob's /roll 2d6 and alice's Roll dice action as the Dice Roller plugin user on both pages", async () => {
  // The server names plugin users from the requirement's manifest, so the admin requires the dice roller first.
  await adminButton("Dice roller", "Require on this server").click();
  await badge(bob, "Dice roller").getByText("Required by this server, not running", { exact: true }).waitFor();
  for (const page of [alice, bob]) await grant(page, "Dice roller");

  await run(bob, "/roll 2d6");
  await alice.getByRole("group", { name: "Plugin actions for the composer" }).getByRole("button", { name: "Roll dice" }).click();
  for (const roller of ["bob", "alice"]) {
    for (const page of [alice, bob]) {
      const posted = messages(page)
        .getByRole("listitem")
        .filter({ hasText: new RegExp(`${roller} rolled 2d6: \\d+ \\+ \\d+ = \\d+`) });
      await posted.waitFor();
      await expect(posted.locator(".author").textContent()).resolves.toBe("Dice Roller");
      await expect(posted.locator(".badge").textContent()).resolves.toBe("plugin");
    }
  }
  const delivered = frames.filter((frame) => frame.direction === "received" && frame.envelope.type === "message");
  // Both rolls reached both pages as the plugin user's messages (the order the pages got them in may vary).
  expect(delivered.map(({ page, envelope }) => `${page}: ${envelope.pluginId} as ${envelope.authorDisplayName}`).sort()).toEqual([
    "alice: dice-roller as Dice Roller",
    "alice: dice-roller as Dice Roller",
    "bob: dice-roller as Dice Roller",
    "bob: dice-roller as Dice Roller",
  ]);
  // The command line itself never left as a message of bob's.
  const sent = frames.filter((frame) => frame.direction === "sent" && frame.envelope.type === "send_message");
  expect(sent.map(({ page, envelope }) => [page, envelope.asPluginId])).toEqual([
    ["bob", "dice-roller"],
    ["alice", "dice-roller"],
  ]);
  await shot(bob, "04-bob-dice-roller-messages");
});

it("plays tic-tac-toe over a data channel: invitation by p2pHint, then moves both ways to a win", async () => {
  await adminButton("Tic-tac-toe", "Require on this server").click();
  for (const page of [alice, bob]) {
    await grant(page, "Tic-tac-toe");
    await page.getByRole("tab", { name: "Tic-tac-toe" }).click();
  }
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
  await shot(alice, "05-alice-tic-tac-toe-won");
  await shot(bob, "06-bob-tic-tac-toe-lost");

  const sentTypes = new Set(frames.filter((frame) => frame.direction === "sent").map((frame) => frame.envelope.type));
  expect(sentTypes).toContain("p2p_signal");
  const relayed = frames.filter((frame) => frame.direction === "received" && frame.envelope.type === "p2p_signal");
  expect(relayed.map((frame) => (frame.envelope.signal as { kind: string }).kind)).toEqual(expect.arrayContaining(["offer", "answer"]));
  const invites = frames.filter((frame) => frame.envelope.type === "plugin_event" && frame.envelope.eventName === "game.invite");
  expect(invites.map((frame) => `${frame.page} ${frame.direction}`)).toEqual(["alice sent", "bob received"]);
  // Moves and the acceptance are `{ type: "move", cell }` / `{ type: "accept" }` data-channel messages.
  expect(frames.filter((frame) => /"(cell|move|accept)"/.test(frame.text))).toEqual([]);
  for (const page of [alice, bob]) await page.getByRole("tab", { name: "Chat" }).click();
});

it("previews links in messages for both, and each person's link-preview settings change only their own previews", async () => {
  for (const page of [alice, bob]) await grant(page, "Link preview");
  const previewOf = (page: Page, text: string) =>
    messages(page).getByRole("listitem").filter({ hasText: text }).getByRole("region", { name: "Link preview" });
  await composer(alice).fill("Start here: https://docs.example.org/guide/start");
  await composer(alice).press("Enter");
  for (const page of [alice, bob]) {
    const card = previewOf(page, "Start here").getByRole("link");
    await card.waitFor();
    await expect(card.getAttribute("href")).resolves.toBe("https://docs.example.org/guide/start");
    await expect(text(card)).resolves.toContain("docs.example.org");
    await expect(text(card)).resolves.toContain("/guide/start");
  }
  // Bob turns previews off for example.org in the form the shell draws from the manifest's settings schema.
  const settings = bob.getByRole("region", { name: "Link preview settings" });
  await settings.getByRole("textbox", { name: "Sites without previews" }).fill("example.org");
  await settings.getByRole("button", { name: "Save" }).click();
  await settings.getByRole("status").getByText("Saved.").waitFor();
  // The preview already on bob's screen goes at once; alice's stays.
  await previewOf(bob, "Start here").getByRole("link").waitFor({ state: "detached" });
  await expect(previewOf(alice, "Start here").getByRole("link").count()).resolves.toBe(1);
  await composer(alice).fill("News: https://www.example.org/news and https://toju.test/changelog");
  await composer(alice).press("Enter");
  await previewOf(alice, "News:").first().waitFor();
  await expect(previewOf(alice, "News:").count()).resolves.toBe(2);
  await previewOf(bob, "News:")
    .getByRole("link", { name: /toju\.test/ })
    .waitFor();
  await expect(previewOf(bob, "News:").getByRole("link").allTextContents()).resolves.toEqual([expect.stringContaining("toju.test")]);
  await shot(bob, "07-bob-link-previews");
});

it("stops the poll on bob's page, without a reload, when alice blocks it on the server", async () => {
  const bobNavigations = navigations.bob;
  await adminButton("Poll", "Block").click();
  await pluginIs(bob, "Poll", "blocked");
  await badge(bob, "Poll").getByText("Blocked by this server", { exact: true }).waitFor();
  await expect(text(plugin(bob, "Poll").locator(".reason"))).resolves.toBe('This server does not allow "Poll".');
  await bob.getByRole("region", { name: "Polls" }).waitFor({ state: "detached" });
  await composer(bob).fill("/poll Dinner? | Soup | Salad");
  await composer(bob).press("Enter");
  await bob
    .locator("form.composer")
    .getByRole("alert")
    .getByText(/^No command \/poll\./)
    .waitFor();
  await composer(bob).fill("");
  expect(navigations.bob).toBe(bobNavigations);
  await pluginIs(alice, "Poll", "blocked");
  await shot(bob, "08-bob-poll-blocked");
});

it("installs a plugin from a loopback URL with the right hash after alice allows its origin; it is granted and loads", async () => {
  await manager(alice).getByRole("textbox", { name: "Plugin URL" }).fill(`${pluginHost.origin}/remote-hello/toju-plugin.json`);
  await manager(alice).getByRole("form", { name: "Install from a URL" }).getByRole("button", { name: "Install", exact: true }).click();
  const dialog = alice.getByRole("dialog", { name: `Allow plugins from ${pluginHost.origin}?` });
  await dialog.waitFor();
  await shot(alice, "09-alice-origin-dialog");
  await dialog.getByRole("button", { name: "Allow" }).click();
  await pluginIs(alice, "Remote hello", "blocked");
  await plugin(alice, "Remote hello").getByRole("dialog", { name: "Remote hello" }).getByRole("button", { name: "Grant" }).click();
  await pluginIs(alice, "Remote hello", "loaded");
  await alice.getByRole("region", { name: "Remote hello" }).getByText("Hello from the loopback host").waitFor();
  expect(existsSync(path.join(stack.dataDir, "plugins", "remote-hello", "bundle.js"))).toBe(true);
  await shot(alice, "10-alice-installed-from-url");
});

it("refuses a plugin whose module does not match its hash, saying why; it is neither listed nor loaded", async () => {
  await manager(alice).getByRole("textbox", { name: "Plugin URL" }).fill(`${pluginHost.origin}/tampered/toju-plugin.json`);
  await manager(alice).getByRole("form", { name: "Install from a URL" }).getByRole("button", { name: "Install", exact: true }).click();
  // The origin is allowed already, so no dialog this time.
  const alert = manager(alice).getByRole("alert").filter({ hasText: "tampered" });
  await alert.waitFor();
  await expect(text(alert)).resolves.toMatch(
    /^Installing .*\/tampered\/toju-plugin\.json failed\. Integrity check failed \(bundle\.integrity\): /,
  );
  await expect(text(alert)).resolves.toContain("does not match its integrity hash");
  await expect(plugin(alice, "Tampered").count()).resolves.toBe(0);
  await expect(alice.getByRole("region", { name: "Tampered" }).count()).resolves.toBe(0);
  expect(existsSync(path.join(stack.dataDir, "plugins", "tampered"))).toBe(false);
  await shot(alice, "11-alice-integrity-refused");
});

it("saved a screenshot of every key screen as a PNG", () => {
  expect(screenshots).toHaveLength(11);
  for (const name of screenshots) {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    expect(statSync(file).size).toBeGreaterThan(PNG_SIGNATURE.length);
    expect(readFileSync(file).subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)).toBe(true);
  }
});

it("ran without a page error or a console error", () => {
  expect(problems).toEqual([]);
  // The one install the desktop refused on purpose: the wrong hash.
  expect(refusedCalls).toEqual(["alice: installPluginFromUrl"]);
});
