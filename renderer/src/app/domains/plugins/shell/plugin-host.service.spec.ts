// PluginHostService in TestBed, on an in-memory desktop: grants and the user's choice, per signed-in user, decide what
// the plans run; settings saved by the user reach the plugin; a theme's stylesheets follow its lifecycle.
import { TestBed } from "@angular/core/testing";
import type { TojuClientPluginApi, TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import { SHELL_SESSION } from "../../session/shell-session";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { PluginClientDataService } from "../settings/plugin-client-data.service";
import { PluginUiRegistryService } from "../ui-registry/plugin-ui-registry.service";
import { PluginHostService } from "./plugin-host.service";
import { providePluginRuntime } from "./plugin-runtime.providers";
import { FakeBrowserStorage, FakeDesktop, shellManifest } from "./testing/fake-desktop";
import { fakeRuntime } from "./testing/fake-runtime";
import { FakeShellSession } from "./testing/fake-shell-session";

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

  it("denies: disables the plugin, revokes its grants and remembers the choice on the desktop across a restart", async () => {
    const { hosts, status, storage, desktop } = setup((desktop) => desktop.install(counter, counterModule()));
    await hosts.start();
    await hosts.grant("click-counter");
    await hosts.deny("click-counter");
    expect(status("click-counter")).toMatchObject({ state: "disabled", disabledByUser: true, grantedCapabilities: [] });
    expect(desktop.disabled.pluginIds).toEqual(["click-counter"]);

    TestBed.resetTestingModule();
    const again = fakeRuntime(new FakeDesktop(), storage);
    again.desktop.disabled = desktop.disabled;
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

describe("PluginHostService per signed-in user", () => {
  function signedInSetup(prepare: (desktop: FakeDesktop, storage: FakeBrowserStorage) => void = () => undefined) {
    const runtime = fakeRuntime();
    const session = new FakeShellSession();
    prepare(runtime.desktop, runtime.storage);
    TestBed.configureTestingModule({
      providers: [providePluginRuntime(), ...runtime.providers, { provide: SHELL_SESSION, useValue: session }],
    });
    const hosts = TestBed.inject(PluginHostService);
    const state = (id: string) => hosts.statuses().find((plugin) => plugin.pluginId === id)?.state;
    /** The session changed: the effect runs, then the switch and its plans. */
    const settle = async () => {
      TestBed.tick();
      await hosts.whenIdle();
    };
    return { ...runtime, session, hosts, state, settle };
  }

  it("keeps grants and the disabled choice per user: signing in, switching and signing out re-plan with that user's", async () => {
    const contexts: TojuPluginActivationContext[] = [];
    const { hosts, state, session, settle, desktop } = signedInSetup((d) => {
      d.install(counter, counterModule(contexts));
      d.install(shellManifest("quiet"));
    });
    await hosts.start();
    await hosts.grant("click-counter");
    expect([state("click-counter"), state("quiet")]).toEqual(["loaded", "loaded"]);

    session.signIn("u-alice");
    await settle();
    expect([state("click-counter"), state("quiet")]).toEqual(["blocked", "loaded"]);
    await hosts.grant("click-counter");
    await hosts.setEnabled("quiet", false);
    await TestBed.inject(PluginCapabilityService).flush();
    expect(desktop.profile("u-alice").disabled.pluginIds).toEqual(["quiet"]);
    expect(desktop.profile("u-alice").grants.grants.map((grant) => grant.pluginId)).toEqual(["click-counter"]);

    session.signIn("u-bob");
    await settle();
    expect([state("click-counter"), state("quiet")]).toEqual(["blocked", "loaded"]);

    session.signOut();
    await settle();
    expect([state("click-counter"), state("quiet")]).toEqual(["loaded", "loaded"]);
    expect(desktop.disabled.pluginIds).toEqual([]);

    session.signIn("u-alice");
    await settle();
    expect([state("click-counter"), state("quiet")]).toEqual(["loaded", "disabled"]);
    // Started signed out, for Alice, signed out again and for Alice again: each user's run starts afresh.
    expect(contexts).toHaveLength(4);
  });

  it("never runs a plugin the next user disabled, even for a moment, though that user granted it", async () => {
    let activations = 0;
    const { hosts, state, session, settle, desktop } = signedInSetup((d) =>
      d.install(counter, { ...counterModule(), activate: () => void activations++ }),
    );
    desktop.profile("u-bob").grants = {
      schemaVersion: 1,
      profileId: "u-bob",
      grants: [{ pluginId: "click-counter", capabilities: ["ui.actions", "storage.local"], updatedAt: "2026-03-01T09:00:00.000Z" }],
    };
    desktop.profile("u-bob").disabled = { pluginIds: ["click-counter"] };
    await hosts.start();
    session.signIn("u-bob");
    await settle();
    expect(state("click-counter")).toBe("disabled");
    expect(activations).toBe(0);
  });

  it("starts with the state of a user already signed in", async () => {
    const { hosts, state, session } = signedInSetup((desktop) => {
      desktop.install(counter, counterModule());
      desktop.profile("u-alice").grants = {
        schemaVersion: 1,
        profileId: "u-alice",
        grants: [{ pluginId: "click-counter", capabilities: ["ui.actions", "storage.local"], updatedAt: "2026-03-01T09:00:00.000Z" }],
      };
    });
    session.signIn("u-alice");
    await hosts.start();
    expect(state("click-counter")).toBe("loaded");
    expect(TestBed.inject(PluginCapabilityService).profile).toBe("u-alice");
  });

  it("keeps plugin data in the signed-in user's desktop state", async () => {
    const data = shellManifest("notes", { capabilities: ["storage.local"], data: [{ key: "draft", scope: "user", storage: "local" }] });
    const { hosts, session, settle, desktop } = signedInSetup((d) =>
      d.install(data, { activate: ({ api }) => api.storage.set("draft", "hello") }),
    );
    desktop.profile("u-alice").grants = {
      schemaVersion: 1,
      profileId: "u-alice",
      grants: [{ pluginId: "notes", capabilities: ["storage.local"], updatedAt: "2026-03-01T09:00:00.000Z" }],
    };
    await hosts.start();
    session.signIn("u-alice");
    await settle();
    expect([...desktop.profile("u-alice").data.values()]).toEqual([
      expect.objectContaining({ pluginId: "notes", key: "draft", value: "hello", scope: "user", scopeId: "u-alice" }),
    ]);
    expect(desktop.data.size).toBe(0);
  });

  it("moves the disabled choice an earlier version kept in localStorage to the desktop", async () => {
    const { hosts, status, desktop, storage } = setup((d, s) => {
      d.install(shellManifest("quiet"));
      s.setItem("toju_disabled_plugins", JSON.stringify(["quiet"]));
    });
    await hosts.start();
    expect(status("quiet")?.state).toBe("disabled");
    expect(desktop.disabled.pluginIds).toEqual(["quiet"]);
    expect(storage.getItem("toju_disabled_plugins")).toBeNull();
  });

  it("tells a running plugin when the user saves its settings form, and not when it saves them itself", async () => {
    const events: unknown[] = [];
    let api: TojuClientPluginApi | undefined;
    const themed = shellManifest("dice-roller", {
      capabilities: ["clientData.write"],
      settings: { type: "object", properties: { sides: { type: "integer", default: 6 }, color: { type: "string" } } },
    });
    const { hosts, desktop } = setup((d) =>
      d.install(themed, {
        activate: (context) => void (api = context.api),
        onPluginDataChanged: (_context, event) => void events.push(event),
      }),
    );
    desktop.grants = {
      schemaVersion: 1,
      grants: [{ pluginId: "dice-roller", capabilities: ["clientData.write"], updatedAt: "2026-03-01T09:00:00.000Z" }],
    };
    await hosts.start();
    await api!.clientData.set("color", "red");
    await TestBed.inject(PluginClientDataService).save("dice-roller", { color: "red", sides: 20 });
    await hosts.whenIdle();
    expect(events).toEqual([{ key: "sides", scope: "plugin", value: 20 }]);
  });

  it("applies a theme's stylesheets while it runs and removes them when it is disabled", async () => {
    const { hosts, status, desktop } = setup((d) => {
      d.install(shellManifest("midnight", { kind: "theme", entrypoint: undefined, ui: { stylesheets: ["theme.css"] } }));
      d.files.set("midnight/theme.css", "body { background: black; }");
    });
    await hosts.start();
    expect(status("midnight")?.state).toBe("loaded");
    const applied = () => Array.from(document.head.querySelectorAll("style[data-toju-plugin-stylesheet]"), (style) => style.textContent);
    expect(applied()).toEqual(["body { background: black; }"]);
    await hosts.setEnabled("midnight", false);
    expect(applied()).toEqual([]);
    desktop.files.clear();
    await hosts.setEnabled("midnight", true);
    expect(status("midnight")?.state).toBe("failed");
    expect(hosts.statuses()[0].reason).toContain("stylesheet theme.css could not be read");
  });
});
