// The connected chat shell as `npm start` serves it, in two Chromium contexts (two people), driven by the names people
// see: accounts, a server and its ID, joining by that ID, live messages both ways, history paged on scroll, an
// attachment downloaded through the authenticated route, the connection state, a reload that keeps the session, log out.
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import WebSocket from "ws";
import type { ServerEnvelope } from "../../generated/types/contract";
import { silentLogger } from "../../server/src/ops/logger";
import { startBrowserShell } from "../../scripts/start/browser-shell";
import { createAccount, createServer, joinServer } from "../support/chat-steps";
import { watchForProblems } from "../support/page-watch";
import { startTestStack, type TestStack } from "../support/test-stack";

let stack: TestStack;
let alice: Page;
let bob: Page;
let serverId: string;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

beforeAll(async () => {
  stack = await startTestStack("chat-shell");
  [alice, bob] = await Promise.all([openPage(), openPage()]);
}, 120_000);

afterAll(() => stack?.stop());

async function openPage(): Promise<Page> {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  // While the server is down, Chromium reports each failed websocket attempt on the console: expected, not a problem.
  await watchForProblems(page, problems, { expected: [/WebSocket connection to .* failed/] });
  await page.goto(`${stack.shell.url}/`);
  return page;
}

const messages = (page: Page) => page.getByRole("region", { name: "Messages" });
const connection = (page: Page) => page.getByRole("banner").getByRole("status");

async function send(page: Page, text: string) {
  const composer = page.getByRole("textbox", { name: "Message" });
  await composer.fill(text);
  await composer.press("Enter");
}

/** A third member who posts `count` messages over the websocket, as another client would. */
async function postHistory(count: number): Promise<void> {
  const register = await fetch(`${stack.shell.url}/api/auth/register`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "carol", password: "carol has a good password" }),
  });
  const { token } = (await register.json()) as { token: string };
  const socket = new WebSocket(`${stack.shell.url.replace(/^http/, "ws")}/ws`);
  const replies = new Map<string, (envelope: ServerEnvelope) => void>();
  socket.on("message", (data) => {
    const envelope = JSON.parse(String(data)) as ServerEnvelope;
    if (envelope.requestId) replies.get(envelope.requestId)?.(envelope);
  });
  await new Promise((resolve) => socket.once("open", resolve));
  let next = 0;
  const request = (envelope: object) =>
    new Promise<ServerEnvelope>((resolve) => {
      const requestId = `h${++next}`;
      replies.set(requestId, resolve);
      socket.send(JSON.stringify({ ...envelope, requestId }));
    });
  try {
    expect(await request({ type: "identify", token })).toMatchObject({ type: "identified" });
    expect(await request({ type: "join_server", serverId })).toMatchObject({ type: "server_joined" });
    const channelId = (
      await (await fetch(`${stack.shell.url}/api/servers/${serverId}`, { headers: { Authorization: `Bearer ${token}` } })).json()
    ).channels[0].id as string;
    for (let index = 1; index <= count; index += 1) {
      expect(await request({ type: "send_message", serverId, channelId, content: `history ${index}` })).toMatchObject({ type: "message" });
    }
  } finally {
    socket.close();
  }
}

it("signs a new account in at once and shows the connection in the header", async () => {
  await expect(connection(alice).textContent()).resolves.toContain("Not connected to a server");
  await createAccount(alice, "alice");
  await alice.getByRole("button", { name: "Log out" }).waitFor();
  await connection(alice).getByText("Connected", { exact: true }).waitFor();
  await createAccount(bob, "bob");
  await bob.getByRole("button", { name: "Log out" }).waitFor();
  await connection(bob).getByText("Connected", { exact: true }).waitFor();
});

it("creates a server whose ID its owner can share, and a second user joins by that ID", async () => {
  serverId = await createServer(alice, "Game night", "Enter");
  expect(serverId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  const serverButtons = await alice.getByRole("navigation", { name: "Servers" }).getByRole("button").allTextContents();
  expect(serverButtons.map((text) => text.trim())).toEqual(["Game night", "Create server", "Join server"]);

  await joinServer(bob, serverId);
  await bob.getByRole("navigation", { name: "Servers" }).getByRole("button", { name: "Game night" }).waitFor();
  await bob.getByRole("region", { name: "Members" }).getByRole("listitem").filter({ hasText: "alice" }).getByText("Owner").waitFor();
  await alice.getByRole("region", { name: "Members" }).getByRole("listitem").filter({ hasText: "bob" }).getByText("Member").waitFor();
  await expect(bob.getByRole("button", { name: "Create channel" }).count()).resolves.toBe(0);
});

it("keeps Tab and Shift+Tab inside a dialog, and Escape gives focus back to the button that opened it", async () => {
  const opener = alice.getByRole("button", { name: "Create channel" });
  await opener.click();
  const dialog = alice.getByRole("dialog", { name: "Create channel" });
  await dialog.waitFor();
  const focusInDialog = () => dialog.evaluate((element) => element.contains(document.activeElement));
  const focused = () =>
    alice.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent?.trim());
  // Field, Cancel, then (the submit button is disabled while the field is empty) round to the field again.
  const seen: (string | undefined)[] = [];
  for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
    await alice.keyboard.press(key);
    expect(await focusInDialog()).toBe(true);
    seen.push(await focused());
  }
  expect(seen).toContain("Cancel");
  await alice.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  expect(await opener.evaluate((element) => element === document.activeElement)).toBe(true);
});

it("delivers messages live both ways; Shift+Enter keeps a new line", async () => {
  await send(alice, "Hello Bob, the map is at https://example.com/map");
  await messages(bob).getByText("Hello Bob, the map is at").waitFor();
  await expect(messages(bob).getByRole("link", { name: "https://example.com/map" }).getAttribute("href")).resolves.toBe(
    "https://example.com/map",
  );
  const composer = bob.getByRole("textbox", { name: "Message" });
  await composer.fill("Hi Alice");
  await composer.press("Shift+Enter");
  await composer.pressSequentially("see you tonight");
  await composer.press("Enter");
  await messages(alice).getByText("see you tonight").waitFor();
  await expect(
    messages(alice)
      .getByText(/Hi Alice\nsee you tonight/)
      .count(),
  ).resolves.toBe(1);
  await expect(composer.inputValue()).resolves.toBe("");
});

it("sends a file as a link that downloads through the authenticated route, and refuses one over 8 MiB", async () => {
  const uploads: string[] = [];
  alice.on("request", (request) => request.url().includes("/attachments") && uploads.push(request.url()));
  const picker = alice.getByLabel("Attach file");
  await picker.setInputFiles({ name: "huge.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(8 * 1024 * 1024 + 1) });
  await alice.getByRole("alert").filter({ hasText: "“huge.bin” is larger than 8 MiB, so it was not sent." }).waitFor();
  expect(uploads).toEqual([]);

  await picker.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("bring snacks") });
  await alice.getByRole("button", { name: "Remove notes.txt" }).waitFor();
  await send(alice, "the notes");
  const link = messages(bob).getByRole("link", { name: "notes.txt" });
  await link.waitFor();
  const [download] = await Promise.all([bob.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("notes.txt");
  expect(readFileSync((await download.path())!, "utf8")).toBe("bring snacks");
});

it("shows the newest page of history and pages older messages in when scrolled to the top", async () => {
  await postHistory(60);
  await bob.reload();
  await messages(bob).getByText("history 60", { exact: true }).waitFor();
  await expect(messages(bob).getByText("history 1", { exact: true }).count()).resolves.toBe(0);
  await messages(bob).hover();
  for (let i = 0; i < 20 && (await messages(bob).getByText("history 1", { exact: true }).count()) === 0; i += 1) {
    await bob.mouse.wheel(0, -5_000);
    await bob.waitForTimeout(150);
  }
  await messages(bob).getByText("history 1", { exact: true }).waitFor();
  await messages(bob).getByText("This is the start of #general.").waitFor();
});

it("keeps the session across a reload, reopening the server and channel", async () => {
  await alice.reload();
  await connection(alice).getByText("Connected", { exact: true }).waitFor();
  await expect(
    alice.getByRole("navigation", { name: "Channels" }).getByRole("button", { name: "general" }).getAttribute("aria-current"),
  ).resolves.toBe("true");
  await messages(alice).getByText("history 60", { exact: true }).waitFor();
  await send(alice, "back after a reload");
  await messages(bob).getByText("back after a reload").waitFor();
  const kept = await alice.evaluate(() => JSON.stringify(sessionStorage));
  expect(kept).toContain("token");
  expect(kept).not.toContain("alice has a good password");
});

it("shows a lost connection, comes back by itself after a server restart and is joined to the server again", async () => {
  const { port } = stack.shell;
  await stack.shell.close();
  await connection(alice).getByText("Reconnecting…", { exact: true }).waitFor();
  await connection(bob).getByText("Reconnecting…", { exact: true }).waitFor();
  stack.shell = await startBrowserShell({ dataDir: stack.dataDir, port, log: silentLogger, rendererDir: stack.rendererDir });
  await connection(alice).getByText("Connected", { exact: true }).waitFor({ timeout: 20_000 });
  await connection(bob).getByText("Connected", { exact: true }).waitFor({ timeout: 20_000 });
  await send(bob, "still there?");
  await messages(alice).getByText("still there?").waitFor();
}, 60_000);

it("logs out: the sign-in form is back and stays after a reload", async () => {
  await alice.getByRole("button", { name: "Log out" }).click();
  await alice.getByRole("button", { name: "Log in" }).waitFor();
  await expect(connection(alice).textContent()).resolves.toContain("Not connected to a server");
  await alice.reload();
  await alice.getByLabel("Username").waitFor();
  await expect(alice.getByRole("button", { name: "Log out" }).count()).resolves.toBe(0);
});

it("ran without a page error or a console error", () => {
  expect(problems).toEqual([]);
});
