// The Angular renderer shell as `npm start` serves it, in Chromium under its CSP: local plugins are listed, kept off
// until the user grants their capabilities, then run for real (Blob-URL modules) with storage, grants and the
// disabled choice on the desktop files.
// The plugin manager is driven as people drive it: by roles and the names users see.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { RENDERER_CSP } from "../../scripts/start/shell-page";
import { watchForProblems } from "../support/page-watch";
import { examplePlugins, startTestStack, type TestStack } from "../support/test-stack";
import { eventuallyEqual } from "../support/eventually-equal";

const fixtures = path.join(__dirname, "fixtures");
let stack: TestStack;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  stack = await startTestStack("renderer-shell", {
    counter: path.join(fixtures, "counter-plugin"),
    broken: path.join(fixtures, "broken-plugin"),
    failing: path.join(fixtures, "failing-plugin"),
    ...examplePlugins("dice-roller"),
  });
  page = await stack.browser.newPage();
  await watchForProblems(page, problems, { cspViolations: true });
  const response = await page.goto(`${stack.shell.url}/`);
  expect(response?.headers()["content-security-policy"]).toBe(RENDERER_CSP);
}, 120_000);

afterAll(() => stack?.stop());

const plugin = (id: string) => page.locator(`.plugin[data-plugin-id="${id}"]`);
const stateOf = (id: string) => plugin(id).locator(".state");
const manager = () => page.getByRole("region", { name: "Plugins" });
/** The plugin's list item: its accessible name is its title, then its state word. */
const item = (title: string) => manager().getByRole("listitem", { name: new RegExp(`^${title} `) });
const waitForItem = (title: string, state: string) =>
  manager()
    .getByRole("listitem", { name: `${title} ${state}`, exact: true })
    .waitFor();
/** The capabilities the consent prompt asks for, by id. */
const asked = (id: string) =>
  plugin(id)
    .locator(".capabilities li")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-capability")));
const countAction = () => page.locator('[data-action="click-counter/count"]');
const clicksPage = () => page.locator('[data-page="click-counter/clicks"]');

function disabledOnDesktop(): string[] {
  const file = path.join(stack.dataDir, "plugin-state", "disabled-plugins.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { pluginIds: string[] }).pluginIds : [];
}

function storedClicks(): unknown {
  const file = path.join(stack.dataDir, "plugin-state", "plugin-data", "click-counter.json");
  if (!existsSync(file)) return undefined;
  const document = JSON.parse(readFileSync(file, "utf8")) as {
    entries: { scope: string; scopeId?: string; key: string; value: unknown }[];
  };
  return document.entries.find((entry) => entry.key === "clicks" && entry.scope === "user" && entry.scopeId === "local")?.value;
}

it("lists the local plugins and keeps them off until the user grants what they ask for", async () => {
  await page.waitForSelector('.plugin[data-plugin-id="click-counter"] .state[data-state="blocked"]');
  await page.getByRole("link", { name: "Plugins" }).click();
  await waitForItem("Click counter", "blocked");
  await expect(item("Click counter").getByRole("dialog", { name: "Click counter" }).getByRole("button").allTextContents()).resolves.toEqual(
    ["Grant", "Deny"],
  );
  await expect(item("Click counter").getByRole("checkbox", { name: "ui.pages" }).isChecked()).resolves.toBe(false);
  await expect(plugin("click-counter").locator(".reason").getAttribute("data-code")).resolves.toBe("capabilities_not_granted");
  await expect(asked("click-counter")).resolves.toEqual(["ui.actions", "ui.pages", "storage.local"]);
  const dice = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "examples", "dice-roller", "toju-plugin.json"), "utf8"));
  await expect(asked("dice-roller")).resolves.toEqual(dice.capabilities);
  expect(await countAction().count()).toBe(0);
});

it("shows the issues of an invalid manifest and offers no grant for it", async () => {
  await expect(plugin("broken-plugin").locator(".reason").getAttribute("data-code")).resolves.toBe("invalid_manifest");
  const issues = (await plugin("broken-plugin").locator(".issues li").allTextContents()).join("\n");
  expect(issues).toContain("/version");
  expect(issues).toContain("/capabilities/1");
  expect(await plugin("broken-plugin").locator("toju-capability-prompt").count()).toBe(0);
});

it("says why a plugin whose activate() throws failed, and runs the others", async () => {
  await page.waitForSelector('.plugin[data-plugin-id="failing-plugin"] .state[data-state="failed"]');
  await expect(plugin("failing-plugin").locator(".reason").getAttribute("data-code")).resolves.toBe("hook_failed");
  await expect(plugin("failing-plugin").locator(".reason").textContent()).resolves.toContain("the test plugin refuses to start");
});

it("activates a plugin once granted: its action and page appear and run plugin code", async () => {
  await item("Click counter").getByRole("button", { name: "Grant" }).click();
  await page.waitForSelector('.plugin[data-plugin-id="click-counter"] .state[data-state="loaded"]');
  await waitForItem("Click counter", "loaded");
  await expect(item("Click counter").getByRole("checkbox", { name: "ui.pages" }).isChecked()).resolves.toBe(true);
  await expect(page.getByRole("button", { name: "Count a click" }).count()).resolves.toBe(1);
  await expect(page.getByRole("tab", { name: "Clicks" }).count()).resolves.toBe(1);
  expect(await plugin("click-counter").locator("toju-capability-prompt").count()).toBe(0);
  await expect(clicksPage().textContent()).resolves.toBe("Clicks: 0");
  await countAction().click();
  await page.waitForFunction(() => document.querySelector('[data-page="click-counter/clicks"]')?.textContent === "Clicks: 1");
  await countAction().click();
  await page.waitForFunction(() => document.querySelector('[data-page="click-counter/clicks"]')?.textContent === "Clicks: 2");
  expect(storedClicks()).toBe(2);
  await expect(stateOf("dice-roller").getAttribute("data-state")).resolves.toBe("blocked");
});

it("keeps the grant and the plugin's stored data across a reload", async () => {
  await page.reload();
  await page.waitForSelector('.plugin[data-plugin-id="click-counter"] .state[data-state="loaded"]');
  await page.waitForFunction(() => document.querySelector('[data-page="click-counter/clicks"]')?.textContent === "Clicks: 2");
  expect(await plugin("click-counter").locator("toju-capability-prompt").count()).toBe(0);
  const grants = JSON.parse(readFileSync(path.join(stack.dataDir, "plugin-state", "capability-grants.json"), "utf8")) as {
    grants: { pluginId: string; capabilities: string[] }[];
  };
  expect(grants.grants.find((grant) => grant.pluginId === "click-counter")?.capabilities).toEqual([
    "ui.actions",
    "ui.pages",
    "storage.local",
  ]);
});

it("disables and enables a plugin: its contributions go and come back, and the desktop keeps the choice", async () => {
  await item("Click counter").getByRole("button", { name: "Disable" }).click();
  await page.waitForSelector('.plugin[data-plugin-id="click-counter"] .state[data-state="disabled"]');
  expect(await countAction().count()).toBe(0);
  await expect(eventuallyEqual(disabledOnDesktop, ["click-counter"])).resolves.toEqual(["click-counter"]);
  await item("Click counter").getByRole("button", { name: "Enable" }).click();
  await page.waitForSelector('.plugin[data-plugin-id="click-counter"] .state[data-state="loaded"]');
  await countAction().click();
  await page.waitForFunction(() => document.querySelector('[data-page="click-counter/clicks"]')?.textContent === "Clicks: 3");
});

it("does not grant an update's new capabilities silently: it keeps running on its old grants and asks only for the new ones", async () => {
  const manifestFile = path.join(stack.dataDir, "plugins", "counter", "toju-plugin.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  writeFileSync(
    manifestFile,
    JSON.stringify({ ...manifest, version: "1.1.0", capabilities: [...manifest.capabilities, "messageBus.publish"] }),
  );
  await page.reload();
  await page.waitForSelector('.plugin[data-plugin-id="click-counter"] .state[data-state="loaded"]');
  await expect(asked("click-counter")).resolves.toEqual(["messageBus.publish"]);
  await expect(plugin("click-counter").locator(".prompt").textContent()).resolves.toContain("now also asks to");
  await expect(item("Click counter").getByRole("checkbox", { name: "messageBus.publish" }).isChecked()).resolves.toBe(false);
  await expect(item("Click counter").getByRole("checkbox", { name: "ui.pages" }).isChecked()).resolves.toBe(true);
  await page.waitForFunction(() => document.querySelector('[data-page="click-counter/clicks"]')?.textContent === "Clicks: 3");
  await item("Click counter").getByRole("button", { name: "Grant" }).click();
  await page.waitForFunction(() => !document.querySelector('.plugin[data-plugin-id="click-counter"] .prompt'));
  await expect(stateOf("click-counter").getAttribute("data-state")).resolves.toBe("loaded");
  await countAction().click();
  await page.waitForFunction(() => document.querySelector('[data-page="click-counter/clicks"]')?.textContent === "Clicks: 4");
});

it("reloads a plugin: it runs its code again from its stored data", async () => {
  await page.evaluate(() => (document.querySelector('[data-page="click-counter/clicks"]')!.textContent = "before the reload"));
  await item("Click counter").getByRole("button", { name: "Reload" }).click();
  await waitForItem("Click counter", "loaded");
  await page.waitForFunction(() => document.querySelector('[data-page="click-counter/clicks"]')?.textContent === "Clicks: 4");
  expect(storedClicks()).toBe(4);
});

it("denying keeps a plugin off, says so, and survives a reload", async () => {
  await item("Dice roller").getByRole("button", { name: "Deny" }).click();
  await page.waitForSelector('.plugin[data-plugin-id="dice-roller"] .state[data-state="disabled"]');
  await item("Dice roller").getByText("You denied Dice roller what it asks for; enable it to be asked again.").waitFor();
  expect(await plugin("dice-roller").locator("toju-capability-prompt").count()).toBe(0);
  await expect(eventuallyEqual(disabledOnDesktop, ["dice-roller"])).resolves.toEqual(["dice-roller"]);
  await page.reload();
  await page.waitForSelector('.plugin[data-plugin-id="dice-roller"] .state[data-state="disabled"]');
});

it("ran without a CSP violation, a page error or a console error", () => {
  expect(problems).toEqual([]);
});
