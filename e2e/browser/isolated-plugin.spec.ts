// A plugin whose manifest says `isolation: "worker"`, in Chromium against the stack `npm start` runs: the manager marks
// it Isolated; its code runs in a worker with no network, no page storage and no DOM; the host API reaches it and is
// checked against its grants on the host side; its panel is drawn from its HTML in a sandboxed frame where no script
// runs; its slash command calls back into the worker and posts through the host; and when it loops forever the host
// terminates the worker within the watchdog's 5 s and marks the plugin failed, its panel gone.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { createAccount, createServer } from "../support/chat-steps";
import { eventuallyEqual } from "../support/eventually-equal";
import { watchForProblems } from "../support/page-watch";
import { startTestStack, type TestStack } from "../support/test-stack";

const SCREENSHOTS = path.join(__dirname, "..", "..", "test-results", "isolated-plugin");
let stack: TestStack;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  stack = await startTestStack("isolated-plugin", { "isolated-probe": path.join(__dirname, "fixtures", "isolated-probe") });
  page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await watchForProblems(page, problems);
  await page.goto(`${stack.shell.url}/`);
  await createAccount(page, "alice");
  await createServer(page, "Isolation lab");
}, 120_000);

afterAll(() => stack?.stop());

const plugin = () => page.getByRole("region", { name: "Plugins" }).getByRole("listitem", { name: /^Isolated probe / });
const pluginIs = (state: string) =>
  page
    .getByRole("region", { name: "Plugins" })
    .getByRole("listitem", { name: `Isolated probe ${state}`, exact: true })
    .waitFor();
const surface = () => page.frameLocator('iframe[title="Isolated probe (isolated)"]');
const composer = () => page.getByRole("textbox", { name: "Message" });

it("is marked Isolated in the plugin manager and runs in a worker once granted", async () => {
  await expect(plugin().locator(".isolation-badge").textContent()).resolves.toBe("Isolated");
  await plugin().getByRole("button", { name: "Grant" }).click();
  await pluginIs("loaded");
});

it("draws its panel from its HTML in a sandboxed frame where no script runs", async () => {
  const panel = page.getByRole("region", { name: "Probe" });
  await panel.waitFor();
  const frame = panel.locator("iframe");
  await expect(frame.getAttribute("sandbox")).resolves.toBe("");
  await expect(surface().locator("#who").textContent()).resolves.toBe("worker of alice");
  // The script in the plugin's HTML is refused by the sandbox (Chromium says so in the console) and changes nothing.
  await expect(surface().locator("body").getAttribute("data-ran")).resolves.toBeNull();
  const blocked = [
    "console error: Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed and the 'allow-scripts' permission is not set.",
  ];
  await expect(eventuallyEqual(() => [...problems], blocked)).resolves.toEqual(blocked);
  problems.length = 0;
  // The panel alone: a full-page capture may show a stale picture of a frame rendered in another process.
  await panel.screenshot({ path: path.join(SCREENSHOTS, "isolated-panel.png") });
  await expect(frame.evaluate((element) => (element as HTMLIFrameElement).getBoundingClientRect().height)).resolves.toBe(120);
});

it("can reach no network, no page storage and no DOM from its worker", async () => {
  const reach = await surface().locator("#reach").textContent();
  expect(reach?.split(" ")).toEqual([
    "fetch:undefined",
    "XMLHttpRequest:undefined",
    "WebSocket:undefined",
    "EventSource:undefined",
    "indexedDB:undefined",
    "caches:undefined",
    "importScripts:undefined",
    "document:undefined",
    "localStorage:undefined",
  ]);
});

it("is refused a capability it was not granted, with the SDK's error name and code", async () => {
  await expect(surface().locator("#refusal").textContent()).resolves.toBe("PluginCapabilityError capability_not_granted");
});

it("runs its slash command in the worker, which posts through the host API", async () => {
  await composer().fill("/echo through the port");
  await composer().press("Enter");
  await page.getByRole("region", { name: "Messages" }).getByText("echo from a worker: through the port").waitFor();
});

it("is terminated by the watchdog when it stops answering, and marked failed with its panel gone", async () => {
  const started = Date.now();
  await composer().fill("/hang");
  await composer().press("Enter");
  await pluginIs("failed");
  expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
  await expect(plugin().locator(".reason").textContent()).resolves.toBe(
    '"Isolated probe" failed: its worker did not answer for 5 s and was terminated.',
  );
  await page.getByRole("region", { name: "Probe" }).waitFor({ state: "detached" });
  expect(problems).toEqual([]);
});
