// The REST plugin-support surface through signed-in browser sessions of `npm start`: a page reads its server's
// snapshot with the session's bearer token (under the renderer's CSP), the server's admin puts a requirement and an
// event definition, a member is refused with 403; and what the admin decides reaches the other browser live — a
// required plugin posts as its plugin user and publishes a registered event the other member hears, and stops there
// when the server blocks it.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import {
  validateApiError,
  validatePluginEventDefinition,
  validatePluginRequirement,
  validatePluginRequirementsSnapshot,
} from "../generated/validators";
import { createAccount, createServer, joinServer } from "./support/chat-steps";
import { watchForProblems } from "./support/page-watch";
import { startTestStack, type TestStack } from "./support/test-stack";

const flarePlugin = path.join(__dirname, "browser", "fixtures", "flare-plugin");
const manifest = JSON.parse(readFileSync(path.join(flarePlugin, "toju-plugin.json"), "utf8"));

let stack: TestStack;
let admin: Page;
let member: Page;
let serverId: string;
const problems: string[] = [];
const memberLog: string[] = [];

beforeAll(async () => {
  stack = await startTestStack("plugin-support", { "signal-flare": flarePlugin });
  admin = await openPage();
  member = await openPage();
  member.on("console", (message) => memberLog.push(message.text()));
  await createAccount(admin, "ada");
  serverId = await createServer(admin, "Plugin lab", "Enter");
  await createAccount(member, "max");
  await joinServer(member, serverId, "Enter");
}, 120_000);

afterAll(() => stack?.stop());

async function openPage(): Promise<Page> {
  const page = await (await stack.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  // The refusals this spec asks for (401, 403) are logged by Chromium as failed loads: expected, not a problem.
  await watchForProblems(page, problems, { expected: [/the server responded with a status of 40[13]/] });
  await page.goto(`${stack.shell.url}/`);
  return page;
}

/** A REST call from inside the signed-in page, with the bearer token its session keeps. */
function call(page: Page, method: string, route: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, route, body }) => {
      const { token } = JSON.parse(sessionStorage.getItem("toju_session") ?? "{}");
      const response = await fetch(route, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    { method, route, body },
  );
}

const plugins = (page: Page) => page.getByRole("region", { name: "Plugins" });
const flareItem = (page: Page, state: string) => plugins(page).getByRole("listitem", { name: `Signal flare ${state}`, exact: true });
const requirementRoute = () => `/api/servers/${serverId}/plugins/signal-flare/requirement`;

it("reads the server's plugin snapshot from a signed-in page", async () => {
  const snapshot = await call(member, "GET", `/api/servers/${serverId}/plugins`);
  expect(snapshot.status).toBe(200);
  expect(validatePluginRequirementsSnapshot(snapshot.body)).toBe(true);
  expect(snapshot.body).toEqual({ serverId, revision: 0, requirements: [], events: [] });
  const anonymous = await member.evaluate(async (route) => (await fetch(route)).status, `/api/servers/${serverId}/plugins`);
  expect(anonymous).toBe(401);
});

it("lets the server's admin put a requirement (registering its manifest's events) and an event definition", async () => {
  const requirement = await call(admin, "PUT", requirementRoute(), { status: "required", manifest });
  expect(requirement.status).toBe(200);
  expect(validatePluginRequirement(requirement.body)).toBe(true);
  expect(requirement.body).toMatchObject({ pluginId: "signal-flare", status: "required" });

  const event = await call(admin, "PUT", `/api/servers/${serverId}/plugins/signal-flare/events/flare.cleared`, {
    direction: "clientToServer",
    scope: "channel",
  });
  expect(event.status).toBe(200);
  expect(validatePluginEventDefinition(event.body)).toBe(true);
  expect(event.body).toMatchObject({ eventName: "flare.cleared", maxPayloadBytes: 65536 });

  const snapshot = await call(member, "GET", `/api/servers/${serverId}/plugins`);
  expect(snapshot.body).toMatchObject({ revision: 2, requirements: [{ pluginId: "signal-flare", status: "required" }] });
  expect((snapshot.body as { events: { eventName: string }[] }).events.map((e) => e.eventName)).toEqual(["flare.cleared", "flare.sent"]);
});

it("refuses a member who is no admin with 403", async () => {
  for (const [route, body] of [
    [requirementRoute(), { status: "blocked" }],
    [`/api/servers/${serverId}/plugins/signal-flare/events/flare.cheat`, { direction: "clientToServer", scope: "server" }],
  ] as const) {
    const refused = await call(member, "PUT", route, body);
    expect(refused.status).toBe(403);
    expect(validateApiError(refused.body)).toBe(true);
    expect(refused.body).toMatchObject({ code: "forbidden" });
  }
  await expect(call(member, "DELETE", requirementRoute())).resolves.toMatchObject({ status: 403 });
});

it("runs the required plugin on both sides: it posts as its plugin user and the other member hears its event", async () => {
  for (const page of [admin, member]) {
    await flareItem(page, "blocked").getByRole("button", { name: "Grant" }).click();
    await flareItem(page, "loaded").waitFor();
  }
  await admin.getByRole("button", { name: "Send a flare" }).click();
  const posted = member.getByRole("region", { name: "Messages" }).getByRole("listitem").filter({ hasText: "Flare from ada" });
  await posted.waitFor();
  await expect(posted.textContent()).resolves.toMatch(/Flare bot\s*plugin/);
  const heard = () => memberLog.some((line) => line.includes("[plugin signal-flare] heard a flare from ada"));
  for (let i = 0; i < 100 && !heard(); i += 1) await member.waitForTimeout(100);
  expect(heard()).toBe(true);
});

it("stops the plugin in the other browser, with the reason, when the admin blocks it, and runs it again when unblocked", async () => {
  await expect(call(admin, "PUT", requirementRoute(), { status: "blocked" })).resolves.toMatchObject({ status: 200 });
  await flareItem(member, "blocked").waitFor();
  await expect(flareItem(member, "blocked").textContent()).resolves.toContain("This server does not allow");
  await expect(member.getByRole("button", { name: "Send a flare" }).count()).resolves.toBe(0);

  await expect(call(admin, "DELETE", requirementRoute())).resolves.toMatchObject({ status: 204 });
  await flareItem(member, "loaded").waitFor();
  await member.getByRole("button", { name: "Send a flare" }).waitFor();
});

it("ran without a page error or a console error", () => {
  expect(problems).toEqual([]);
});
