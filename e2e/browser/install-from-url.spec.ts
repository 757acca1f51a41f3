// Installing plugins from a URL in Chromium, against the real stack `npm start` runs (server, desktop bridge, built
// renderer under its CSP) and a loopback plugin host: the dialog naming the origin, Cancel and Allow, a module with the
// right hash loading from its folder and running, refusals (wrong hash, a redirect to another origin, an oversized
// module, a requirement's manifest for another plugin) that say why and write nothing, an update that keeps its
// grants and asks only for what is new, and an uninstall that removes the folder. Screenshots go to test-results/.
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { bridgeCall, FAILED_REQUEST, watchForProblems } from "../support/page-watch";
import { helloModule as hello, script, servePlugin, startLoopbackHost, type LoopbackHost } from "../support/remote-plugins";
import { startTestStack, type TestStack } from "../support/test-stack";

const SCREENSHOTS = path.join(__dirname, "..", "..", "test-results", "install-from-url");
let stack: TestStack;
let page: Page;
let plugins: LoopbackHost;
let elsewhere: LoopbackHost;
const problems: string[] = [];
/** Bridge calls the desktop refused on purpose (Chromium logs each failed request). */
const refusedCalls: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [plugins, elsewhere] = await Promise.all([startLoopbackHost(), startLoopbackHost()]);
  serveHello("1.0.0");
  servePlugin(plugins, "tampered", { id: "tampered", title: "Tampered", module: hello("tampered"), hashed: hello("1.0.0") });
  servePlugin(plugins, "moved", { id: "moved", title: "Moved", module: hello("1.0.0") });
  plugins.routes.set("/moved/bundle.js", (res) => res.writeHead(302, { location: `${elsewhere.origin}/moved/bundle.js` }).end());
  elsewhere.routes.set("/moved/bundle.js", script(hello("1.0.0")));
  servePlugin(plugins, "huge", { id: "huge", title: "Huge", module: `${hello("huge")}//${"x".repeat(5 * 1024 * 1024)}\n` });

  stack = await startTestStack("install-from-url");
  page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await watchForProblems(page, problems, {
    refused: { match: FAILED_REQUEST, calls: refusedCalls, name: bridgeCall },
    cspViolations: true,
  });
  await page.goto(`${stack.shell.url}/`);
  await manager().waitFor();
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await Promise.all([plugins?.close(), elsewhere?.close()]);
});

function serveHello(version: string, extra: Record<string, unknown> = {}): void {
  servePlugin(plugins, "hello", { id: "remote-hello", title: "Remote hello", module: hello(version), extra: { version, ...extra } });
}

const manager = () => page.getByRole("region", { name: "Plugins" });
const item = (title: string) => manager().getByRole("listitem", { name: new RegExp(`^${title} `) });
const waitForState = (title: string, state: string) =>
  manager()
    .getByRole("listitem", { name: `${title} ${state}`, exact: true })
    .waitFor();
const originDialog = () => page.getByRole("dialog", { name: `Allow plugins from ${plugins.origin}?` });
const pluginFolder = (id: string) => path.join(stack.dataDir, "plugins", id);
const grantsFile = () => JSON.parse(readFileSync(path.join(stack.dataDir, "plugin-state", "capability-grants.json"), "utf8"));
const text = async (locator: ReturnType<Page["locator"]>) => (await locator.textContent())?.replace(/\s+/g, " ").trim();
const screenshot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

async function installFromField(url: string): Promise<void> {
  await manager().getByRole("textbox", { name: "Plugin URL" }).fill(url);
  await manager().getByRole("form", { name: "Install from a URL" }).getByRole("button", { name: "Install", exact: true }).click();
}

/** Staged downloads are cleaned up whatever happens: nothing of a refused install stays on disk. */
function stagedLeftovers(): string[] {
  const staging = path.join(stack.dataDir, "plugin-state", "install-staging");
  return existsSync(staging) ? readdirSync(staging) : [];
}

it("asks in a dialog naming the origin before anything is downloaded; Cancel installs nothing", async () => {
  await installFromField(`${plugins.origin}/hello/toju-plugin.json`);
  await originDialog().waitFor();
  await expect(text(originDialog())).resolves.toContain(`from ${plugins.origin}`);
  await expect(originDialog().getByRole("button").allTextContents()).resolves.toEqual(["Cancel", "Allow"]);
  await screenshot("origin-dialog");
  await originDialog().getByRole("button", { name: "Cancel" }).click();
  await originDialog().waitFor({ state: "detached" });
  expect(plugins.requests).toEqual([]);
  expect(existsSync(pluginFolder("remote-hello"))).toBe(false);
  await expect(item("Remote hello").count()).resolves.toBe(0);
});

it("Allow keeps the origin with the grants and installs; the plugin waits for consent, then runs from its folder", async () => {
  await installFromField(`${plugins.origin}/hello/toju-plugin.json`);
  await originDialog().getByRole("button", { name: "Allow" }).click();
  await waitForState("Remote hello", "blocked");
  await expect(text(manager().getByRole("status").filter({ hasText: "Installed Remote hello" }))).resolves.toBe(
    "Installed Remote hello 1.0.0. Grant what it asks for to start it.",
  );
  await expect(text(item("Remote hello").locator(".source"))).resolves.toBe(`Installed from ${plugins.origin}/hello/toju-plugin.json`);
  expect(grantsFile().approvedInstallOrigins).toEqual([plugins.origin]);
  expect(JSON.parse(readFileSync(path.join(pluginFolder("remote-hello"), "source.json"), "utf8"))).toMatchObject({
    url: `${plugins.origin}/hello/toju-plugin.json`,
    origin: plugins.origin,
    entrypoint: "bundle.js",
  });
  await item("Remote hello").getByRole("dialog", { name: "Remote hello" }).getByRole("button", { name: "Grant" }).click();
  await waitForState("Remote hello", "loaded");
  await page.getByRole("region", { name: "Remote hello" }).getByText("Hello from 1.0.0").waitFor();
  await screenshot("installed");
  // After a restart of the window it is found in its folder and loaded from there again.
  await page.reload();
  await waitForState("Remote hello", "loaded");
  await page.getByRole("region", { name: "Remote hello" }).getByText("Hello from 1.0.0").waitFor();
  // The desktop downloaded the manifest and the module once each; the browser never fetched plugin code itself.
  expect(plugins.requests.map((request) => request.path)).toEqual(["/hello/toju-plugin.json", "/hello/bundle.js"]);
  expect(plugins.requests.filter((request) => /Chrome/.test(request.userAgent))).toEqual([]);
});

it("refuses a module whose hash is wrong, naming the integrity check, and installs nothing", async () => {
  await installFromField(`${plugins.origin}/tampered/toju-plugin.json`);
  const alert = manager().getByRole("alert").filter({ hasText: "tampered" });
  await alert.waitFor();
  await expect(text(alert)).resolves.toMatch(
    /^Installing .*\/tampered\/toju-plugin\.json failed\. Integrity check failed \(bundle\.integrity\): /,
  );
  await expect(text(alert)).resolves.toContain("does not match its integrity hash");
  await screenshot("integrity-failure");
  expect(existsSync(pluginFolder("tampered"))).toBe(false);
  expect(stagedLeftovers()).toEqual([]);
  await expect(item("Tampered").count()).resolves.toBe(0);
});

it("refuses a download that redirects to another origin, and installs nothing", async () => {
  await installFromField(`${plugins.origin}/moved/toju-plugin.json`);
  const alert = manager().getByRole("alert").filter({ hasText: "moved" });
  await alert.waitFor();
  await expect(text(alert)).resolves.toContain(
    `Redirect to another origin refused: module: ${plugins.origin}/moved/bundle.js redirected to another origin (${elsewhere.origin})`,
  );
  await screenshot("redirect-failure");
  expect(elsewhere.requests).toEqual([]);
  expect(existsSync(pluginFolder("moved"))).toBe(false);
});

it("refuses a module over 5 MiB, saying so, and installs nothing", async () => {
  await installFromField(`${plugins.origin}/huge/toju-plugin.json`);
  const alert = manager().getByRole("alert").filter({ hasText: "huge" });
  await alert.waitFor();
  await expect(text(alert)).resolves.toContain("Too large: module:");
  await expect(text(alert)).resolves.toContain(`${5 * 1024 * 1024}`);
  expect(existsSync(pluginFolder("huge"))).toBe(false);
  expect(stagedLeftovers()).toEqual([]);
});

it("updates from the same URL: the new version runs on its old grants and only its new capability is asked for", async () => {
  serveHello("1.1.0", { capabilities: ["ui.panels", "storage.local"] });
  await item("Remote hello").getByRole("button", { name: "Update" }).click();
  await item("Remote hello")
    .getByRole("status")
    .filter({ hasText: "Updated Remote hello 1.1.0. It runs on what you granted before and asks for more." })
    .waitFor();
  await waitForState("Remote hello", "loaded");
  await page.getByRole("region", { name: "Remote hello" }).getByText("Hello from 1.1.0").waitFor();
  const prompt = item("Remote hello").getByRole("dialog", { name: "Remote hello" });
  await expect(text(prompt)).resolves.toContain("now also asks to");
  await expect(prompt.getByRole("listitem").evaluateAll((items) => items.map((li) => li.getAttribute("data-capability")))).resolves.toEqual(
    ["storage.local"],
  );
  await expect(item("Remote hello").getByRole("checkbox", { name: "ui.panels", exact: true }).isChecked()).resolves.toBe(true);
  await expect(item("Remote hello").getByRole("checkbox", { name: "storage.local", exact: true }).isChecked()).resolves.toBe(false);
  await screenshot("updated");
});

it("uninstalls after a confirmation naming the plugin: it stops, leaves the list, and its folder is gone", async () => {
  await item("Remote hello").getByRole("button", { name: "Uninstall" }).click();
  const confirm = page.getByRole("dialog", { name: "Uninstall Remote hello?" });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await confirm.waitFor({ state: "detached" });
  expect(existsSync(pluginFolder("remote-hello"))).toBe(true);
  await item("Remote hello").getByRole("button", { name: "Uninstall" }).click();
  await screenshot("uninstall-dialog");
  await confirm.getByRole("button", { name: "Uninstall" }).click();
  await manager().getByRole("status").filter({ hasText: "Uninstalled Remote hello" }).waitFor();
  await expect(item("Remote hello").count()).resolves.toBe(0);
  await expect(page.getByRole("region", { name: "Remote hello" }).count()).resolves.toBe(0);
  expect(existsSync(pluginFolder("remote-hello"))).toBe(false);
  expect(grantsFile().grants).toContainEqual(expect.objectContaining({ pluginId: "remote-hello", capabilities: [] }));
});

it("installs what the open server requires from its installUrl, refusing a manifest for another plugin", async () => {
  const token = await register("ada");
  const server = await api<{ id: string }>(token, "POST", "/api/servers", { name: "Plugin club" });
  await page.getByLabel("Username").fill("ada");
  await page.getByLabel("Password").fill("ada has a good password");
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("navigation", { name: "Servers" }).getByRole("button", { name: "Plugin club" }).click();
  serveHello("1.0.0");
  await api(token, "PUT", `/api/servers/${server.id}/plugins/remote-hello/requirement`, {
    status: "required",
    installUrl: `${plugins.origin}/tampered/toju-plugin.json`,
  });
  const offer = () => manager().getByRole("listitem", { name: "remote-hello: Required but missing" });
  await offer().getByRole("button", { name: "Install", exact: true }).click();
  // Another profile: Ada allows the origin for herself.
  await originDialog().getByRole("button", { name: "Allow" }).click();
  await offer().getByRole("alert").filter({ hasText: "Wrong plugin" }).waitFor();
  await expect(text(offer().getByRole("alert"))).resolves.toContain("the manifest is for plugin 'tampered', not 'remote-hello'");
  expect(existsSync(pluginFolder("tampered"))).toBe(false);

  await api(token, "PUT", `/api/servers/${server.id}/plugins/remote-hello/requirement`, {
    status: "required",
    installUrl: `${plugins.origin}/hello/toju-plugin.json`,
  });
  await offer().getByRole("button", { name: "Install", exact: true }).click();
  await waitForState("Remote hello", "blocked");
  await expect(offer().count()).resolves.toBe(0);
  expect(existsSync(pluginFolder("remote-hello"))).toBe(true);
});

it("ran without a CSP violation, a page error or an unexpected console error", () => {
  expect(problems).toEqual([]);
  expect(refusedCalls).toEqual(["installPluginFromUrl", "installPluginFromUrl", "installPluginFromUrl", "installPluginFromUrl"]);
});

async function register(username: string): Promise<string> {
  const answer = await api<{ token: string }>(undefined, "POST", "/api/auth/register", {
    username,
    password: `${username} has a good password`,
  });
  return answer.token;
}

async function api<T = unknown>(token: string | undefined, method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${stack.shell.url}${route}`, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}
