// The plugin manager and the plugin UI contributions in Chromium, against the real stack `npm start` runs (server,
// desktop bridge, built renderer under its CSP), signed out. Driven by roles and the names users see: consent, grant,
// per-capability revoke with the API refusing, the settings form and its validation, a theme, disable/enable, reload,
// contained failures, an update's new capability, and every issue of a refused manifest.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { checkPluginFolder } from "../contracts/plugin-folder/check-plugin-folder";
import { watchForProblems } from "./support/page-watch";
import { startTestStack, type TestStack } from "./support/test-stack";
import { eventuallyEqual } from "./support/eventually-equal";

const fixtures = path.join(__dirname, "fixtures", "plugin-manager");
let stack: TestStack;
let page: Page;
const problems: string[] = [];
/** The desktop bridge answers a refused settings save with 400, which Chromium logs; the tests cause two on purpose. */
const refusedRequests: string[] = [];
/** What the shaky plugin logs on purpose: its render throws. */
const expectedErrors = [/\[plugin shaky-panels\] rendering 'shaky' failed/];

beforeAll(async () => {
  const plugins = Object.fromEntries(
    ["sticky-notes", "midnight-theme", "shaky-panels", "many-issues"].map((name) => [name, path.join(fixtures, name)]),
  );
  stack = await startTestStack("plugin-manager", {
    ...plugins,
    failing: path.join(__dirname, "browser", "fixtures", "failing-plugin"),
  });
  page = await stack.browser.newPage();
  await watchForProblems(page, problems, {
    expected: expectedErrors,
    refused: { match: /status of 400 \(Bad Request\)/, calls: refusedRequests },
    cspViolations: true,
  });
  await page.goto(`${stack.shell.url}/`);
  await page.getByRole("region", { name: "Plugins" }).waitFor();
}, 120_000);

afterAll(() => stack?.stop());

const manager = () => page.getByRole("region", { name: "Plugins" });
/** A plugin's list item: its accessible name is its title, then its state word. */
const item = (title: string) => manager().getByRole("listitem", { name: new RegExp(`^${title} `) });
const waitForState = (title: string, state: string) =>
  manager()
    .getByRole("listitem", { name: `${title} ${state}`, exact: true })
    .waitFor();
const notes = () => page.getByRole("region", { name: "Notes", exact: true });
const notesSay = (text: string) => notes().getByText(text, { exact: true }).waitFor();
const settingsForm = () => page.getByRole("region", { name: "Sticky notes settings" });
const stateFile = (name: string) => JSON.parse(readFileSync(path.join(stack.dataDir, "plugin-state", name), "utf8"));
const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** Text as people read it: whitespace folded. */
const texts = async (locator: Locator) => (await locator.allTextContents()).map((text) => text.replace(/\s+/g, " ").trim());
const text = async (locator: Locator) => (await texts(locator))[0];

it("asks for consent in a dialog named after the plugin, one plain line per capability", async () => {
  await waitForState("Sticky notes", "blocked");
  const dialog = item("Sticky notes").getByRole("dialog", { name: "Sticky notes" });
  await expect(dialog.getByRole("button").allTextContents()).resolves.toEqual(["Grant", "Deny"]);
  await expect(texts(dialog.getByRole("listitem"))).resolves.toEqual([
    "Add buttons to menus and the message composer. ui.actions",
    "Add panels beside the chat. ui.panels",
    "Keep its own data on this device. storage.local",
    "Read the settings you chose for it. clientData.read",
    "Change the settings you chose for it. clientData.write",
  ]);
  await expect(item("Sticky notes").getByRole("checkbox", { name: "storage.local", exact: true }).isChecked()).resolves.toBe(false);
  await expect(page.getByRole("button", { name: "Save a note" }).count()).resolves.toBe(0);
});

it("fails a plugin whose activate() throws, saying why, while the others run", async () => {
  await waitForState("Failing plugin", "failed");
  await expect(item("Failing plugin").locator(".reason").textContent()).resolves.toContain("the test plugin refuses to start");
  await waitForState("Midnight theme", "loaded");
});

it("starts a plugin once granted: its panel and actions run its code, on its settings' defaults", async () => {
  await item("Sticky notes").getByRole("button", { name: "Grant" }).click();
  await waitForState("Sticky notes", "loaded");
  await notesSay("Hello / font size: 14");
  await page.getByRole("button", { name: "Save a note" }).click();
  await notesSay("notes: 1");
  await notesSay("last: saved");
});

it("revokes one capability at once: the plugin's next call is refused with PluginCapabilityError", async () => {
  const storage = item("Sticky notes").getByRole("checkbox", { name: "storage.local", exact: true });
  await storage.uncheck();
  await expect(storage.isChecked()).resolves.toBe(false);
  await waitForState("Sticky notes", "loaded");
  await page.getByRole("button", { name: "Save a note" }).click();
  await notesSay("last: PluginCapabilityError capability_not_granted storage.local");
  await notesSay("notes: 1");
  await storage.check();
  await page.getByRole("button", { name: "Save a note" }).click();
  await notesSay("notes: 2");
});

it("saves the host-drawn settings form, shows the desktop's validation error on its field, and tells the plugin", async () => {
  const fontSize = settingsForm().getByRole("spinbutton", { name: "Font size" });
  await expect(fontSize.inputValue()).resolves.toBe("14");
  await expect(settingsForm().getByRole("textbox", { name: "Greeting" }).inputValue()).resolves.toBe("Hello");
  await fontSize.fill("100");
  await settingsForm().getByRole("button", { name: "Save" }).click();
  await settingsForm().getByText("must be <= 32").waitFor();
  await expect(fontSize.getAttribute("aria-invalid")).resolves.toBe("true");
  await fontSize.fill("20");
  await settingsForm().getByRole("textbox", { name: "Greeting" }).fill("Hi there");
  await settingsForm().getByRole("button", { name: "Save" }).click();
  await settingsForm().getByRole("status").getByText("Saved.").waitFor();
  await notesSay("Hi there / font size: 20");
  expect(readClientData("sticky-notes")).toEqual({ greeting: "Hi there", fontSize: 20 });
});

it("refuses a settings value the schema does not allow when the plugin sets it itself", async () => {
  await page.getByRole("button", { name: "Ask for a huge font" }).click();
  await notesSay("last: PluginApiArgumentError value_not_valid /fontSize");
  expect(readClientData("sticky-notes")).toEqual({ greeting: "Hi there", fontSize: 20 });
});

it("applies a theme's stylesheet while it is enabled and removes it when disabled", async () => {
  await expect(background()).resolves.toBe("rgb(10, 20, 30)");
  await item("Midnight theme").getByRole("button", { name: "Disable" }).click();
  await waitForState("Midnight theme", "disabled");
  await expect(background()).resolves.not.toBe("rgb(10, 20, 30)");
  await item("Midnight theme").getByRole("button", { name: "Enable" }).click();
  await waitForState("Midnight theme", "loaded");
  await expect(background()).resolves.toBe("rgb(10, 20, 30)");
});

it("disables and enables a plugin: the choice is kept by the desktop and its contributions go and come back", async () => {
  await item("Sticky notes").getByRole("button", { name: "Disable" }).click();
  await waitForState("Sticky notes", "disabled");
  await expect(text(item("Sticky notes").locator(".choice"))).resolves.toBe("You disabled Sticky notes.");
  await expect(page.getByRole("button", { name: "Save a note" }).count()).resolves.toBe(0);
  await expect(eventuallyEqual(() => stateFile("disabled-plugins.json").pluginIds, ["sticky-notes"])).resolves.toEqual(["sticky-notes"]);
  await item("Sticky notes").getByRole("button", { name: "Enable" }).click();
  await waitForState("Sticky notes", "loaded");
  await expect(eventuallyEqual(() => stateFile("disabled-plugins.json").pluginIds, [])).resolves.toEqual([]);
  await notesSay("notes: 2");
});

it("reloads a plugin: it runs its code again", async () => {
  await notesSay("activations: 2");
  await item("Sticky notes").getByRole("button", { name: "Reload" }).click();
  await notesSay("activations: 3");
  await waitForState("Sticky notes", "loaded");
});

it("contains a panel whose render throws and an observer that re-triggers itself, while the other plugins run", async () => {
  await item("Shaky panels").getByRole("button", { name: "Grant" }).click();
  await waitForState("Shaky panels", "loaded");
  await page
    .getByRole("region", { name: "Shaky" })
    .getByRole("alert")
    .getByText('Shaky of "shaky-panels" could not be shown: the shaky panel falls over')
    .waitFor();
  await page.getByRole("region", { name: "Looping" }).getByText("rounds: 100", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Save a note" }).click();
  await notesSay("notes: 3");
  await expect(page.getByRole("region", { name: "Looping" }).getByText("rounds: 100", { exact: true }).count()).resolves.toBe(1);
});

it("shows every issue `toju-plugin validate` finds in a refused manifest, each with its pointer and code", async () => {
  const checked = await checkPluginFolder(path.join(stack.dataDir, "plugins", "many-issues"));
  if (!checked.ok) throw new Error(checked.message);
  const expected = checked.result.issues.map((issue) => `${issue.path || "/"} ${issue.code}`).sort();
  expect(expected.length).toBeGreaterThan(5);
  const refused = item("many-issues");
  await expect(refused.getAttribute("aria-labelledby")).resolves.toBeTruthy();
  const shown = await refused
    .locator(".issues li")
    .evaluateAll((items) => items.map((li) => `${li.getAttribute("data-path")} ${li.getAttribute("data-code")}`));
  expect(shown.sort()).toEqual(expected);
  await expect(refused.locator(".issue-count").textContent()).resolves.toContain(`${expected.length} issues`);
});

it("keeps an update running on its old grants and asks only for its new capability", async () => {
  const manifestFile = path.join(stack.dataDir, "plugins", "sticky-notes", "toju-plugin.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  writeFileSync(
    manifestFile,
    JSON.stringify({ ...manifest, version: "1.1.0", capabilities: [...manifest.capabilities, "messageBus.publish"] }),
  );
  await page.reload();
  await waitForState("Sticky notes", "loaded");
  const dialog = item("Sticky notes").getByRole("dialog", { name: "Sticky notes" });
  await expect(dialog.textContent()).resolves.toContain("now also asks to");
  await expect(texts(dialog.getByRole("listitem"))).resolves.toEqual([
    "Send messages to your other plugins in this app. messageBus.publish",
  ]);
  await expect(item("Sticky notes").getByRole("checkbox", { name: "storage.local", exact: true }).isChecked()).resolves.toBe(true);
  await notesSay("notes: 3");
  await dialog.getByRole("button", { name: "Grant" }).click();
  await dialog.waitFor({ state: "detached" });
  await waitForState("Sticky notes", "loaded");
});

it("says 'You denied' once the user denies a plugin, and keeps it off", async () => {
  await item("Sticky notes").getByRole("checkbox", { name: "messageBus.publish", exact: true }).uncheck();
  await item("Sticky notes").getByRole("dialog", { name: "Sticky notes" }).getByRole("button", { name: "Deny" }).click();
  await waitForState("Sticky notes", "disabled");
  await item("Sticky notes").getByText("You denied Sticky notes what it asks for; enable it to be asked again.").waitFor();
  await expect(item("Sticky notes").getByText("You disabled").count()).resolves.toBe(0);
  await expect(notes().count()).resolves.toBe(0);
});

it("ran without a CSP violation, a page error or an unexpected console error", () => {
  expect(problems).toEqual([]);
  expect(refusedRequests).toEqual([
    expect.stringMatching(/\/ipc\/savePluginClientData$/),
    expect.stringMatching(/\/ipc\/savePluginClientData$/),
  ]);
});

function readClientData(pluginId: string): unknown {
  return stateFile(path.join("client-data", `${pluginId}.json`)).values;
}
