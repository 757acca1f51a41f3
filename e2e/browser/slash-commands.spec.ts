// Slash commands in Chromium with the real example plugins, two people in two contexts against the stack `npm start`
// runs: "/" offers the running plugins' commands and the keyboard completes them; `/roll 2d6` posts as "Dice Roller"
// and the other member sees it; `/poll` exists once the admin requires the poll plugin and starts a poll both see; an
// unknown command and a failing one are refused under the composer; a stopped plugin's command is gone. No command
// line ever leaves as a message.
import type { Page } from "playwright-core";
import { createAccount, createServer, joinServer } from "../support/chat-steps";
import { recordFrames, watchForProblems, type Frame } from "../support/page-watch";
import { examplePlugins, startTestStack, type TestStack } from "../support/test-stack";

let stack: TestStack;
let alice: Page;
let bob: Page;
const problems: string[] = [];
/** Every frame the pages sent or received on their websockets. */
const frames: Frame[] = [];

beforeAll(async () => {
  stack = await startTestStack("slash-commands", examplePlugins("dice-roller", "poll"));
  [alice, bob] = await Promise.all([openPage("alice"), openPage("bob")]);
  await createAccount(alice, "alice");
  const serverId = await createServer(alice, "Game night");
  await createAccount(bob, "bob");
  await joinServer(bob, serverId);
}, 120_000);

afterAll(() => stack?.stop());

async function openPage(name: string): Promise<Page> {
  const page = await (await stack.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await watchForProblems(page, problems);
  recordFrames(page, name, frames);
  await page.goto(`${stack.shell.url}/`);
  return page;
}

const plugin = (page: Page, title: string) =>
  page.getByRole("region", { name: "Plugins" }).getByRole("listitem", { name: new RegExp(`^${title} `) });
const pluginIs = (page: Page, title: string, state: string) =>
  page
    .getByRole("region", { name: "Plugins" })
    .getByRole("listitem", { name: `${title} ${state}`, exact: true })
    .waitFor();
const composer = (page: Page) => page.getByRole("textbox", { name: "Message" });
const commands = (page: Page) => page.getByRole("listbox", { name: "Commands" });
const refusal = (page: Page) => page.locator("form.composer").getByRole("alert");
/** The composer empties once the command it ran has settled. */
async function composerEmptied(page: Page): Promise<void> {
  const textbox = await composer(page).elementHandle();
  await page.waitForFunction((element) => (element as HTMLTextAreaElement).value === "", textbox);
}
/** Messages the pages sent, as the server received them. */
const sentMessages = () =>
  frames.filter((frame) => frame.direction === "sent" && frame.envelope.type === "send_message").map((frame) => frame.envelope);

it("offers the running plugins' commands when the user types “/”, completed with the keyboard", async () => {
  await plugin(alice, "Dice roller").getByRole("button", { name: "Grant" }).click();
  await pluginIs(alice, "Dice roller", "loaded");
  await composer(alice).fill("/");
  await expect(commands(alice).getByRole("option").allTextContents()).resolves.toEqual([
    expect.stringMatching(/^\/roll 2d6\s+Roll dice — Roll dice in the channel/),
  ]);
  await composer(alice).fill("/ro");
  await composer(alice).press("Tab");
  await expect(composer(alice).inputValue()).resolves.toBe("/roll ");
  await commands(alice).waitFor({ state: "detached" });
  await alice.getByText("/roll 2d6 — Roll dice in the channel, for example 2d6 or d20+3.").waitFor();
});

it("runs /roll 2d6, which posts as the Dice Roller for everyone in the channel, and sends no message of its own", async () => {
  await plugin(alice, "Dice roller").getByRole("button", { name: "Require on this server" }).click();
  await plugin(bob, "Dice roller").getByText("Required by this server").first().waitFor();
  await composer(alice).fill("/roll 2d6");
  await composer(alice).press("Enter");
  const posted = bob
    .getByRole("region", { name: "Messages" })
    .getByRole("listitem")
    .filter({ hasText: /alice rolled 2d6: \d+ \+ \d+ = \d+/ });
  await posted.waitFor();
  await expect(posted.locator(".author").textContent()).resolves.toBe("Dice Roller");
  await composerEmptied(alice);
  expect(sentMessages().filter((message) => String(message.content).startsWith("/"))).toEqual([]);
});

it("refuses an unknown command and shows a failing command's error under the composer, sending nothing", async () => {
  const before = sentMessages().length;
  await composer(alice).fill("/shrug hello");
  await composer(alice).press("Enter");
  await refusal(alice).getByText("No command /shrug. To send a message that starts with “/”, begin it with “//”.").waitFor();
  await expect(composer(alice).inputValue()).resolves.toBe("/shrug hello");
  await composer(alice).fill("/roll 2x6");
  await composer(alice).press("Enter");
  await refusal(alice).getByText('/roll failed: "2x6" is not dice notation; try 2d6, d20 or 3d8+2').waitFor();
  expect(sentMessages()).toHaveLength(before);
  await composer(alice).fill("//shrug is not a command");
  await composer(alice).press("Enter");
  await bob.getByRole("region", { name: "Messages" }).getByText("/shrug is not a command", { exact: true }).waitFor();
});

it("has /poll once the admin requires the poll plugin, and starts a poll both members see and vote in", async () => {
  await composer(alice).fill("/poll Lunch? | Pizza | Sushi");
  await composer(alice).press("Enter");
  await refusal(alice)
    .getByText(/^No command \/poll\./)
    .waitFor();

  await plugin(alice, "Poll").getByRole("button", { name: "Require on this server" }).click();
  for (const page of [alice, bob]) {
    await plugin(page, "Poll").getByRole("button", { name: "Grant" }).click();
    await pluginIs(page, "Poll", "loaded");
  }
  await composer(alice).fill("/po");
  await expect(commands(alice).getByRole("option").allTextContents()).resolves.toEqual([expect.stringMatching(/^\/poll /)]);
  await composer(alice).fill("/poll Lunch? | Pizza | Sushi");
  await composer(alice).press("Enter");
  const poll = (page: Page) => page.getByRole("region", { name: "Polls" }).getByRole("region", { name: "Lunch?" });
  await poll(bob).getByRole("button", { name: "Vote Sushi" }).click();
  await poll(alice).getByRole("button", { name: "Vote Sushi" }).getByText("Sushi (1)").waitFor();
  await composerEmptied(alice);
  expect(sentMessages().filter((message) => String(message.content).startsWith("/poll"))).toEqual([]);
});

it("drops the commands of a plugin that stops", async () => {
  await plugin(alice, "Dice roller").getByRole("button", { name: "Disable" }).click();
  await pluginIs(alice, "Dice roller", "disabled");
  await composer(alice).fill("/");
  await expect(commands(alice).getByRole("option").allTextContents()).resolves.toEqual([expect.stringMatching(/^\/poll /)]);
  await composer(alice).fill("/roll 2d6");
  await composer(alice).press("Enter");
  await refusal(alice)
    .getByText(/^No command \/roll\./)
    .waitFor();
});

it("ran without a page error or a console error", () => {
  expect(problems).toEqual([]);
});
