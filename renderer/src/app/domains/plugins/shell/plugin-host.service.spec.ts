// PluginHostService in TestBed, on an in-memory desktop: grants and the user's choice decide what the plans run.
import { TestBed } from "@angular/core/testing";
import type { TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { PluginUiRegistryService } from "../ui-registry/plugin-ui-registry.service";
import { DISABLED_PLUGINS_KEY } from "./disabled-plugins-store";
import { PluginHostService } from "./plugin-host.service";
import { providePluginRuntime } from "./plugin-runtime.providers";
import { FakeBrowserStorage, FakeDesktop, fakeRuntime, shellManifest } from "./testing/fake-desktop";

const counter = shellManifest("click-counter", {
  capabilities: ["ui.actions", "storage.local"],
  ui: { actions: [{ id: "count", title: "Count a click" }] },
});

function setup(prepare: (desktop: FakeDesktop, storage: FakeBrowserStorage) => void = () => undefined) {
  const runtime = fakeRuntime();
  prepare(runtime.desktop, runtime.storage);
  TestBed.configureTestingModule({ providers: [providePluginRuntime(), ...runtime.providers] });
  const hosts = TestBed.inject(PluginHostService);
  const status = (id: string) => hosts.statuses().find((plugin) => plugin.pluginId === id);
  return { ...runtime, hosts, status, registry: TestBed.inject(PluginUiRegistryService) };
}

/** A module that registers the counter's action and records its context. */
function counterModule(contexts: TojuPluginActivationContext[] = []) {
  return {
    activate: (context: TojuPluginActivationContext) => {
      contexts.push(context);
      context.subscriptions.push(context.api.ui.registerAction({ id: "count", title: "Count a click", run: () => undefined }));
    },
  };
}

describe("PluginHostService", () => {
  it("lists every local plugin and keeps one that asks for capabilities blocked until granted", async () => {
    const { hosts, status, registry } = setup((desktop) => {
      desktop.install(counter, counterModule());
      desktop.install(shellManifest("quiet"));
    });
    await hosts.start();
    expect(hosts.statuses().map((plugin) => plugin.pluginId)).toEqual(["click-counter", "quiet"]);
    expect(status("quiet")?.state).toBe("loaded");
    expect(status("click-counter")).toMatchObject({
      state: "blocked",
      reasonCode: "capabilities_not_granted",
      missingCapabilities: ["ui.actions", "storage.local"],
    });
    expect(registry.list("action")).toEqual([]);
  });

  it("starts a plugin once granted, with the API its grants allow, and keeps the grant in localStorage and on the desktop", async () => {
    const contexts: TojuPluginActivationContext[] = [];
    const { hosts, status, registry, desktop, storage } = setup((d) => d.install(counter, counterModule(contexts)));
    await hosts.start();
    await hosts.grant("click-counter");
    expect(status("click-counter")).toMatchObject({ state: "loaded", missingCapabilities: [] });
    expect(registry.list("action").map((entry) => entry.title)).toEqual(["Count a click"]);
    expect(contexts[0].api.context.pluginId).toBe("click-counter");
    await TestBed.inject(PluginCapabilityService).flush();
    expect(desktop.grants.grants.map((grant) => [grant.pluginId, grant.capabilities])).toEqual([
      ["click-counter", ["ui.actions", "storage.local"]],
    ]);
    expect(storage.getItem("metoyou_plugin_capability_grants")).toContain("click-counter");
  });

  it("keeps an update that asks for more running, asking only for what is new", async () => {
    const { hosts, status } = setup((desktop) => {
      desktop.grants = {
        schemaVersion: 1,
        grants: [{ pluginId: "click-counter", capabilities: ["ui.actions", "storage.local"], updatedAt: "2026-03-01T09:00:00.000Z" }],
      };
      desktop.install(
        { ...counter, version: "1.1.0", capabilities: ["ui.actions", "storage.local", "messageBus.publish"] },
        counterModule(),
      );
    });
    await hosts.start();
    expect(status("click-counter")).toMatchObject({
      state: "loaded",
      grantedCapabilities: ["ui.actions", "storage.local"],
      missingCapabilities: ["messageBus.publish"],
    });
  });

  it("denies: disables the plugin, revokes its grants and remembers the choice across a restart", async () => {
    const { hosts, status, storage } = setup((desktop) => desktop.install(counter, counterModule()));
    await hosts.start();
    await hosts.grant("click-counter");
    await hosts.deny("click-counter");
    expect(status("click-counter")).toMatchObject({ state: "disabled", disabledByUser: true, grantedCapabilities: [] });
    expect(JSON.parse(storage.getItem(DISABLED_PLUGINS_KEY)!)).toEqual(["click-counter"]);

    TestBed.resetTestingModule();
    const again = fakeRuntime(new FakeDesktop(), storage);
    again.desktop.install(counter, counterModule());
    TestBed.configureTestingModule({ providers: [providePluginRuntime(), ...again.providers] });
    const restarted = TestBed.inject(PluginHostService);
    await restarted.start();
    expect(restarted.statuses()[0]).toMatchObject({ state: "disabled", reasonCode: "disabled_by_user" });
  });

  it("enables and disables a granted plugin, removing its contributions while it is off", async () => {
    const { hosts, status, registry } = setup((desktop) => desktop.install(counter, counterModule()));
    await hosts.start();
    await hosts.grant("click-counter");
    await hosts.setEnabled("click-counter", false);
    expect(status("click-counter")?.state).toBe("disabled");
    expect(registry.list("action")).toEqual([]);
    await hosts.setEnabled("click-counter", true);
    expect(status("click-counter")?.state).toBe("loaded");
    expect(registry.list("action")).toHaveLength(1);
  });

  it("follows each capability checkbox: the last one unchecked stops the plugin", async () => {
    const { hosts, status } = setup((desktop) => desktop.install(counter, counterModule()));
    await hosts.start();
    await hosts.setCapabilityGranted("click-counter", "ui.actions", true);
    expect(status("click-counter")).toMatchObject({ state: "loaded", missingCapabilities: ["storage.local"] });
    await hosts.setCapabilityGranted("click-counter", "ui.actions", false);
    expect(status("click-counter")).toMatchObject({ state: "blocked", reasonCode: "capabilities_not_granted" });
  });

  it("reloads a plugin: its module is read and activated again", async () => {
    const contexts: TojuPluginActivationContext[] = [];
    const { hosts, status, desktop } = setup((d) => d.install(counter, counterModule(contexts)));
    await hosts.start();
    await hosts.grant("click-counter");
    await hosts.reload("click-counter");
    expect(contexts).toHaveLength(2);
    expect(status("click-counter")?.state).toBe("loaded");
    expect(desktop.calls.filter((call) => call.startsWith("readLocalPluginFile"))).toEqual([
      "readLocalPluginFile /data/plugins/click-counter/index.js",
      "readLocalPluginFile /data/plugins/click-counter/index.js",
    ]);
  });

  it("stops a plugin when another window clears localStorage, which drops its grants", async () => {
    const { hosts, status, storage } = setup((desktop) => desktop.install(counter, counterModule()));
    await hosts.start();
    await hosts.grant("click-counter");
    storage.clearFromAnotherWindow();
    await hosts.whenIdle();
    expect(status("click-counter")).toMatchObject({ state: "blocked", reasonCode: "capabilities_not_granted" });
  });

  it("says why a plugin failed and tells listeners of every change", async () => {
    const { hosts, status } = setup((desktop) =>
      desktop.install(shellManifest("failing"), {
        activate: () => {
          throw new Error("the test plugin refuses to start");
        },
      }),
    );
    const changes = jest.fn();
    hosts.onChange(changes);
    await hosts.start();
    expect(status("failing")).toMatchObject({ state: "failed", reasonCode: "hook_failed" });
    expect(status("failing")?.reason).toContain("the test plugin refuses to start");
    expect(changes.mock.calls.length).toBeGreaterThan(2);
  });

  it("lists manifests too broken to name a plugin apart from the plugins", async () => {
    const { hosts } = setup((desktop) => desktop.manifests.set("nameless", { title: "No id" }));
    await hosts.start();
    expect(hosts.statuses()).toEqual([]);
    expect(hosts.unidentified()).toEqual([
      expect.objectContaining({
        manifestPath: "/data/plugins/nameless/toju-plugin.json",
        issues: expect.arrayContaining([expect.anything()]),
      }),
    ]);
  });
});
