// The chat layout in Chromium against the real stack `npm start` runs: a plugin with one contribution of every kind is
// granted by a signed-in user, and each shows where people expect it — panels left, right (under the members) and
// below the chat, the channel section between the title and the messages, actions on each message and beside the
// composer with their real targets, embeds under the message, pages as tabs, settings beside the plugin manager —
// and the layout still fits a narrow window.
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { createAccount, createServer } from "../support/chat-steps";
import { watchForProblems } from "../support/page-watch";
import { startTestStack, type TestStack } from "../support/test-stack";

let stack: TestStack;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  stack = await startTestStack("chat-layout", { "layout-probe": path.join(__dirname, "fixtures", "layout-probe") });
  page = await (await stack.browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await watchForProblems(page, problems);
  await page.goto(`${stack.shell.url}/`);
  await createAccount(page, "ada");
  await createServer(page, "Layout lab");
  const probe = page.getByRole("region", { name: "Plugins" }).getByRole("listitem", { name: /^Layout probe / });
  await probe.getByRole("button", { name: "Grant" }).click();
  await page.getByRole("region", { name: "Plugins" }).getByRole("listitem", { name: "Layout probe loaded", exact: true }).waitFor();
}, 120_000);

afterAll(() => stack?.stop());

const messages = () => page.getByRole("region", { name: "Messages" });
const composer = () => page.getByRole("textbox", { name: "Message" });
const rightPanel = () => page.getByRole("region", { name: "Right probe" });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error("the element is not shown");
  return { ...found, right: found.x + found.width, bottom: found.y + found.height };
}

it("puts the panels around the chat: left of the messages, right under the members, and below the chat", async () => {
  const [left, right, bottom, center, members, chat] = await Promise.all([
    box(page.getByRole("region", { name: "Left probe" })),
    box(rightPanel()),
    box(page.getByRole("region", { name: "Bottom probe" })),
    box(messages()),
    box(page.getByRole("region", { name: "Members" })),
    box(page.locator(".chat")),
  ]);
  expect(left.right).toBeLessThanOrEqual(center.x);
  expect(right.x).toBeGreaterThanOrEqual(center.right);
  expect(right.y).toBeGreaterThanOrEqual(members.bottom);
  expect(bottom.y).toBeGreaterThanOrEqual(chat.bottom);
  await expect(page.getByRole("region", { name: "Left probe" }).textContent()).resolves.toContain("On the left");
});

it("shows the channel section between the channel's title and its messages", async () => {
  const section = page.getByRole("region", { name: "Probe topic" });
  await section.getByText("This channel's topic").waitFor();
  const [title, topic, list] = await Promise.all([
    box(page.getByRole("heading", { name: "general", exact: true })),
    box(section),
    box(messages()),
  ]);
  expect(topic.y).toBeGreaterThanOrEqual(title.bottom);
  expect(list.y).toBeGreaterThanOrEqual(topic.bottom);
});

it("offers the composer action beside the composer and a message action on each message, each with its real target", async () => {
  const form = page.locator("form.composer");
  await form.getByRole("button", { name: "Wave" }).click();
  await rightPanel()
    .getByText(/^Last target: composer [A-Za-z0-9_-]+$/)
    .waitFor();
  await composer().fill("see https://probe.example/map");
  await composer().press("Enter");
  const message = messages().getByRole("listitem").filter({ hasText: "see https://probe.example/map" });
  await message.getByRole("region", { name: "Probe embed" }).getByText("Embedded https://probe.example/map").waitFor();
  await message.hover();
  await message.getByRole("button", { name: "Mark message" }).click();
  await rightPanel()
    .getByText(/^Last target: message [A-Za-z0-9_-]+$/)
    .waitFor();
});

it("opens a page from its tab and goes back to the chat, which kept the draft", async () => {
  await composer().fill("a draft");
  await page.getByRole("tab", { name: "Probe page" }).click();
  await page.getByRole("region", { name: "Probe page" }).getByText("The probe's page").waitFor();
  await expect(messages().isVisible()).resolves.toBe(false);
  await page.getByRole("tab", { name: "Probe page" }).press("ArrowLeft");
  await messages().waitFor();
  await expect(page.getByRole("region", { name: "Probe page" }).count()).resolves.toBe(0);
  await expect(composer().inputValue()).resolves.toBe("a draft");
});

it("reaches the plugins' settings from the header, beside the plugin manager", async () => {
  await page.getByRole("link", { name: "Plugin settings" }).click();
  const settings = page.getByRole("region", { name: "Plugin settings" });
  await settings.getByRole("region", { name: "Probe preferences" }).getByText("The probe's preferences").waitFor();
  const [manager, area] = await Promise.all([box(page.getByRole("region", { name: "Plugins" })), box(settings)]);
  expect(area.x).toBeGreaterThanOrEqual(manager.right);
});

it("stacks the members and panels under the chat in a narrow window, with nothing running off the side", async () => {
  for (const width of [800, 420]) {
    await page.setViewportSize({ width, height: 900 });
    await composer().waitFor();
    const [center, members] = await Promise.all([box(messages()), box(page.getByRole("region", { name: "Members" }))]);
    expect(members.y).toBeGreaterThanOrEqual(center.bottom);
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
  }
  await page.setViewportSize({ width: 1400, height: 900 });
});

it("ran without a page error or a console error", () => {
  expect(problems).toEqual([]);
});
