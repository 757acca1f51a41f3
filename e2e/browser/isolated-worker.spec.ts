// The host side of an isolated plugin against hostile and broken plugin code, in Chromium: the host checks every call
// again whatever the worker believes it was granted; a message forged on the worker's own port reaches only the SDK's
// methods; modules that fail to import, export a hook that is not a function or never finish loading are refused
// (the last by the watchdog); listeners call back into the worker and are removed when disposed there; a surface over
// its size is not shown.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { rendererContentSecurityPolicy } from "../../contracts/security/renderer-csp";
import { serveBundlePage, type BundlePage } from "../support/bundle-page";
import { launchChromium } from "./chromium";

interface Seen {
  calls: string[];
  logs: string[];
  reports: string[];
  unresponsive: string[];
  listeners: string[];
  registrations: string[];
}
interface Outcome {
  ok: boolean;
  hooks?: string[];
  name?: string;
  code?: string;
  message?: string;
}
interface IsolationProbe {
  isolation: {
    load(source: string, grants: string[], unresponsiveAfterMs?: number): Promise<Outcome>;
    activate(): Promise<Outcome>;
    emit(eventName: string, payload: unknown): Promise<void>;
    render(panelId: string): boolean;
    terminate(): void;
    setGrants(grants: string[]): void;
    hook(name: string): Promise<Outcome>;
    seen(): Seen;
  };
}

let server: BundlePage;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // The renderer's own policy: workers and plugin modules come from Blob URLs, and nothing compiles strings.
  server = await serveBundlePage(path.join(__dirname, "isolated-worker-entry.ts"), { csp: rendererContentSecurityPolicy() });
  browser = await launchChromium();
});

beforeEach(async () => {
  page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => "isolation" in window);
});

afterEach(() => page?.close());

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const load = (source: string, grants: string[] = [], unresponsiveAfterMs?: number) =>
  page.evaluate(([s, g, ms]) => (window as unknown as IsolationProbe).isolation.load(s, g, ms), [
    source,
    grants,
    unresponsiveAfterMs,
  ] as const);
const activate = () => page.evaluate(() => (window as unknown as IsolationProbe).isolation.activate());
const seen = () => page.evaluate(() => (window as unknown as IsolationProbe).isolation.seen());
const logsOnce = async (count: number) => {
  await page.waitForFunction((n) => (window as unknown as IsolationProbe).isolation.seen().logs.length >= n, count);
  return (await seen()).logs;
};

it("checks every call on the host again: a capability the worker believes granted is still refused there", async () => {
  const plugin = `export async function activate({ api }) {
    try { await api.storage.get("notes"); } catch (error) { api.logger.info(error.name, error.code); }
    const me = await api.profile.get();
    api.logger.info("me", me.username, api.context.channelId);
  }`;
  await expect(load(plugin, ["storage.local", "profile.read"])).resolves.toEqual({ ok: true, hooks: ["activate"] });
  await expect(activate()).resolves.toEqual({ ok: true });
  await expect(logsOnce(2)).resolves.toEqual(["PluginCapabilityError capability_not_granted", "me alice channel-1"]);
  expect((await seen()).calls).toEqual(["storage.get", "profile.get"]);
});

it("learns a grant given while it runs with the next ping", async () => {
  const plugin = `export function activate({ api }) {
    api.events.subscribe("try", async () => {
      try { api.logger.info("me", (await api.profile.get()).username); } catch (error) { api.logger.info(error.name, error.code); }
    });
  }`;
  await load(plugin, ["events.server.subscribe"]);
  await activate();
  await page.waitForFunction(() => (window as unknown as IsolationProbe).isolation.seen().listeners.length === 1);
  await page.evaluate(() => (window as unknown as IsolationProbe).isolation.emit("try", {}));
  await expect(logsOnce(1)).resolves.toEqual(["PluginCapabilityError capability_not_granted"]);
  await page.evaluate(() => (window as unknown as IsolationProbe).isolation.setGrants(["events.server.subscribe", "profile.read"]));
  await page.waitForTimeout(600); // three pings at 200 ms
  await page.evaluate(() => (window as unknown as IsolationProbe).isolation.emit("try", {}));
  await expect(logsOnce(2)).resolves.toEqual(["PluginCapabilityError capability_not_granted", "me alice"]);
  expect((await seen()).calls).toEqual(["events.subscribe", "profile.get"]);
});

it("refuses a capability the worker was not granted without asking the host", async () => {
  const plugin = `export function activate({ api }) {
    try { api.ui.registerPanel({ id: "p", title: "P", render() {} }); } catch (error) { api.logger.info(error.name, error.code); }
  }`;
  await load(plugin, []);
  await activate();
  await expect(logsOnce(1)).resolves.toEqual(["PluginCapabilityError capability_not_granted"]);
  expect((await seen()).calls).toEqual([]);
});

it("reaches only the SDK's methods with a message forged on the worker's own port", async () => {
  // The plugin steals the port by patching MessagePort.prototype.postMessage, then sends calls the API never offers.
  const plugin = `export async function activate({ api }) {
    let port;
    const send = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (...args) { port = this; return send.apply(this, args); };
    api.logger.info("stealing");
    MessagePort.prototype.postMessage = send;
    const replies = [];
    port.addEventListener("message", (event) => { if (event.data.kind === "result" && event.data.id >= 9000) replies.push(event.data.error.message); });
    for (const [id, path] of [[9001, "storage.constructor"], [9002, "__proto__.toString"], [9003, "ui.registerPanel.call"], [9004, "logger.info"]])
      port.postMessage({ kind: "call", id, path, args: [] });
    port.postMessage({ kind: "call_sync", handle: 9005, path: "constructor", args: [] });
    port.postMessage({ kind: "surface_html", surface: 1, html: "<b>no such surface</b>" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    api.logger.info(JSON.stringify(replies));
  }`;
  await load(plugin, []);
  await activate();
  const logs = await logsOnce(2);
  expect(JSON.parse(logs[1])).toEqual([
    "'storage.constructor' is not a method of the host API",
    "'__proto__.toString' is not a method of the host API",
    "'ui.registerPanel.call' is not a method of the host API",
    "'logger.info' is not a method of the host API",
  ]);
  const { calls, reports } = await seen();
  expect(calls).toEqual([]);
  expect(reports).toEqual(["constructor was refused: 'constructor' is not a method of the host API"]);
});

it("refuses modules that fail to import or export a hook that is not a function, as invalid_module", async () => {
  await expect(load("export function activate( {")).resolves.toMatchObject({
    ok: false,
    name: "IsolatedPluginError",
    code: "invalid_module",
  });
  await expect(load("export const activate = 42;")).resolves.toEqual({
    ok: false,
    name: "IsolatedPluginError",
    code: "invalid_module",
    message: "The plugin module's 'activate' export is not a function.",
  });
  await expect(load("throw new Error('broken at the top');")).resolves.toMatchObject({
    ok: false,
    code: "invalid_module",
    message: "broken at the top",
  });
});

it("terminates a module that never finishes loading once it stops answering pings", async () => {
  const started = Date.now();
  await expect(load("for (;;);", [], 1500)).resolves.toEqual({
    ok: false,
    name: "IsolatedPluginError",
    code: "worker_unresponsive",
    message: "its worker did not answer for 2 s and was terminated",
  });
  expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  expect((await seen()).unresponsive).toEqual(["its worker did not answer for 2 s and was terminated"]);
});

it("calls a listener back in the worker, and removes the host's subscription when the worker disposes it", async () => {
  const plugin = `export function activate({ api, subscriptions }) {
    const subscription = api.events.subscribe("tick", (event) => {
      api.logger.info("tick", event.n);
      if (event.n === 2) subscription.dispose();
    });
    subscriptions.push(subscription);
  }`;
  await load(plugin, ["events.server.subscribe"]);
  await activate();
  await page.waitForFunction(() => (window as unknown as IsolationProbe).isolation.seen().listeners.length === 1);
  for (const n of [1, 2]) await page.evaluate((value) => (window as unknown as IsolationProbe).isolation.emit("tick", { n: value }), n);
  await expect(logsOnce(2)).resolves.toEqual(["tick 1", "tick 2"]);
  await page.waitForFunction(() => (window as unknown as IsolationProbe).isolation.seen().listeners.length === 0);
});

it("refuses a hook at once once the worker was stopped, and disposes what the plugin registered", async () => {
  await load(`export function activate({ api }) { api.events.subscribe("tick", () => {}); }`, ["events.server.subscribe"]);
  await activate();
  await page.waitForFunction(() => (window as unknown as IsolationProbe).isolation.seen().listeners.length === 1);
  await page.evaluate(() => (window as unknown as IsolationProbe).isolation.terminate());
  expect((await seen()).listeners).toEqual([]);
  await expect(page.evaluate(() => (window as unknown as IsolationProbe).isolation.hook("deactivate"))).resolves.toEqual({
    ok: false,
    name: "IsolatedPluginError",
    code: "worker_stopped",
    message: "the plugin's worker is not running",
  });
});

it("reports an error the plugin threw outside any hook, and keeps the worker running", async () => {
  const plugin = `export function activate({ api }) {
    setTimeout(() => { throw new Error("late trouble"); }, 10);
    setTimeout(() => api.logger.info("still here"), 300);
  }`;
  await load(plugin, []);
  await activate();
  await expect(logsOnce(1)).resolves.toEqual(["still here"]);
  expect((await seen()).reports).toEqual(["an error no hook caught, in its worker: Uncaught Error: late trouble"]);
});

it("shows a surface's HTML in a frame without scripts and refuses HTML over 256 KiB", async () => {
  const plugin = `export function activate({ api }) {
    api.ui.registerPanel({ id: "big", title: "Big", render(surface) {
      surface.setHtml("<p id='first'>small</p>");
      surface.setHtml("<p>" + "x".repeat(300 * 1024) + "</p>");
    } });
  }`;
  await load(plugin, ["ui.panels"]);
  await activate();
  await page.waitForFunction(() => (window as unknown as IsolationProbe).isolation.seen().registrations.length === 1);
  await expect(page.evaluate(() => (window as unknown as IsolationProbe).isolation.render("big"))).resolves.toBe(true);
  await page.waitForFunction(() => (window as unknown as IsolationProbe).isolation.seen().reports.length === 1);
  expect((await seen()).reports).toEqual(["a surface's HTML is over 256 KiB and was not shown"]);
  const frame = page.locator("#panel-big iframe");
  await expect(frame.getAttribute("sandbox")).resolves.toBe("");
  await expect(page.frameLocator("#panel-big iframe").locator("#first").textContent()).resolves.toBe("small");
});
