// PluginStoreService in TestBed: its signals follow the host, the UI registry and the open server's requirements, and
// a failed command is shown.
import { TestBed } from "@angular/core/testing";
import type { TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import { SHELL_SESSION } from "../../session/shell-session";
import { TOJU_DESKTOP } from "./desktop-bridge";
import { providePluginRuntime } from "./plugin-runtime.providers";
import { PluginStoreService } from "./plugin-store.service";
import { shellManifest } from "./testing/fake-desktop";
import { fakeRuntime } from "./testing/fake-runtime";
import { FakeShellSession } from "./testing/fake-shell-session";

const board = shellManifest("board", {
  capabilities: ["ui.pages", "ui.panels", "ui.actions"],
  ui: { pages: [{ id: "main", title: "Board" }], panels: [{ id: "side", title: "Scores" }], actions: [{ id: "roll", title: "Roll" }] },
});

const boardModule = {
  activate: ({ api, subscriptions }: TojuPluginActivationContext) => {
    subscriptions.push(
      api.ui.registerPage({ id: "main", title: "Board", render: () => undefined }),
      api.ui.registerPanel({ id: "side", title: "Scores", render: () => undefined }),
      api.ui.registerAction({ id: "roll", title: "Roll", run: () => undefined }),
    );
  },
};

function setup() {
  const runtime = fakeRuntime();
  runtime.desktop.install(board, boardModule);
  TestBed.configureTestingModule({ providers: [providePluginRuntime(), ...runtime.providers] });
  return { ...runtime, store: TestBed.inject(PluginStoreService) };
}

describe("PluginStoreService", () => {
  it("shows the plugins as the host sees them, and what they contribute once running", async () => {
    const { store } = setup();
    expect(store.plugins()).toEqual([]);
    await store.start();
    expect(store.plugins().map((plugin) => [plugin.pluginId, plugin.state])).toEqual([["board", "blocked"]]);
    expect(store.discovery()?.pluginsPath).toBe("/data/plugins");
    expect([store.pages(), store.panels(), store.actions()]).toEqual([[], [], []]);
    await store.grant("board");
    expect(store.plugins()[0].state).toBe("loaded");
    expect(store.pages().map((page) => page.title)).toEqual(["Board"]);
    expect(store.panels().map((panel) => panel.title)).toEqual(["Scores"]);
    expect(store.actions().map((action) => action.title)).toEqual(["Roll"]);
    await store.setEnabled("board", false);
    expect(store.plugins()[0]).toMatchObject({ state: "disabled", disabledByUser: true });
    expect(store.actions()).toEqual([]);
    expect(store.error()).toBeUndefined();
  });

  it("shows why the runtime could not start", async () => {
    const runtime = fakeRuntime();
    runtime.desktop.listLocalPluginManifests = () => Promise.reject({ code: "internal", message: "disk unavailable" });
    TestBed.configureTestingModule({ providers: [providePluginRuntime(), ...runtime.providers] });
    const store = TestBed.inject(PluginStoreService);
    await store.start();
    expect(store.error()).toBe("The plugins could not start: disk unavailable");
  });

  it("shows a refused command until the next one succeeds", async () => {
    const { store } = setup();
    await store.start();
    await store.setEnabled("board", false);
    await store.reload("board");
    expect(store.error()).toBe('Reloading failed: "Plugin board" is disabled; enable it first.');
    await store.setEnabled("board", true);
    expect(store.error()).toBeUndefined();
  });

  it("starts without a desktop and says so", async () => {
    TestBed.configureTestingModule({
      providers: [providePluginRuntime(), ...fakeRuntime().providers, { provide: TOJU_DESKTOP, useValue: null }],
    });
    const store = TestBed.inject(PluginStoreService);
    await store.start();
    expect(store.error()).toContain("No desktop bridge");
  });
});

describe("PluginStoreService and the open server", () => {
  function withSession() {
    const runtime = fakeRuntime();
    const session = new FakeShellSession();
    runtime.desktop.install(board, boardModule);
    runtime.desktop.install(shellManifest("quiet", { title: "Quiet one" }));
    TestBed.configureTestingModule({
      providers: [providePluginRuntime(), ...runtime.providers, { provide: SHELL_SESSION, useValue: session }],
    });
    return { ...runtime, session, store: TestBed.inject(PluginStoreService) };
  }
  const labels = (store: PluginStoreService) => Object.fromEntries([...store.requirementBadges()].map(([id, badge]) => [id, badge.label]));

  it("follows the open server's requirements as they change", async () => {
    const { store, session } = withSession();
    await store.start();
    expect(store.requirementBadges().size).toBe(0);
    session.signIn("u-alice");
    session.openServer([
      { pluginId: "board", status: "required" },
      { pluginId: "whiteboard", status: "required" },
    ]);
    expect(labels(store)).toEqual({ board: "Required by this server, not running" });
    expect(store.missingRequirements().map((missing) => [missing.pluginId, missing.badge.label])).toEqual([
      ["whiteboard", "Required but missing"],
    ]);
    session.requirements.set({
      ...session.requirements()!,
      revision: 2,
      requirements: [{ pluginId: "quiet", status: "blocked", updatedAt: "2026-03-01T12:00:00.000Z" }],
    });
    expect(labels(store)).toEqual({ quiet: "Blocked by this server" });
    expect(store.missingRequirements()).toEqual([]);
    session.signOut();
    expect(store.requirementBadges().size).toBe(0);
  });

  it("lets an admin require, recommend, block and remove a local plugin, sending its manifest", async () => {
    const { store, session } = withSession();
    await store.start();
    session.signIn("u-alice");
    session.openServer([], false);
    expect(store.canManageServer()).toBe(false);
    session.canManageServer.set(true);
    expect(store.canManageServer()).toBe(true);
    await store.setRequirement("board", "required");
    expect(labels(store)).toEqual({ board: "Required by this server, not running" });
    await store.setRequirement("board", "recommended");
    await store.setRequirement("quiet", "blocked");
    await store.removeRequirement("board");
    expect(session.calls).toEqual([
      "put board required with manifest",
      "put board recommended with manifest",
      "put quiet blocked with manifest",
      "delete board",
    ]);
    expect(labels(store)).toEqual({ quiet: "Blocked by this server" });
    session.failure = { code: "forbidden", message: "the manageServer permission is required" };
    await store.removeRequirement("quiet");
    expect(store.error()).toBe("Removing the requirement of quiet failed: the manageServer permission is required");
  });

  it("offers a host-drawn settings form for each plugin whose manifest has settings", async () => {
    const runtime = fakeRuntime();
    runtime.desktop.install(
      shellManifest("dice-roller", { title: "Dice roller", settings: { type: "object", properties: { sides: { type: "integer" } } } }),
    );
    runtime.desktop.install(shellManifest("quiet"));
    TestBed.configureTestingModule({ providers: [providePluginRuntime(), ...runtime.providers] });
    const store = TestBed.inject(PluginStoreService);
    await store.start();
    expect(store.settingsForms().map((entry) => [entry.pluginId, entry.title, entry.form.fields.map((field) => field.key)])).toEqual([
      ["dice-roller", "Dice roller", ["sides"]],
    ]);
    await store.saveSettings("dice-roller", { sides: 12 });
    await expect(store.savedSettings("dice-roller")).resolves.toEqual({ sides: 12 });
  });
});
