// PluginStoreService in TestBed: its signals follow the host and the UI registry, and a failed command is shown.
import { TestBed } from "@angular/core/testing";
import type { TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import { TOJU_DESKTOP } from "./desktop-bridge";
import { providePluginRuntime } from "./plugin-runtime.providers";
import { PluginStoreService } from "./plugin-store.service";
import { fakeRuntime, shellManifest } from "./testing/fake-desktop";

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
