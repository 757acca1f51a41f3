import type { Disposable } from "@toju/contracts/sdk/toju-plugin-sdk";
import { manifest, snapshot } from "../activation/testing/plugin-manifest-builder";
import { createTestHost } from "./testing/plugin-host-harness";

const requiresLib = { relationships: { requires: [{ pluginId: "lib" }] } };

function disposable(log: string[], name: string, fail = false): Disposable {
  return {
    dispose: () => {
      log.push(`dispose ${name}`);
      if (fail) throw new Error(`${name} cannot be disposed`);
    },
  };
}

describe("PluginHost registration", () => {
  it("validates a manifest: a valid one becomes validated", () => {
    const { host, register, state } = createTestHost();
    register(manifest("dice"));
    expect(state("dice")).toBe("validated");
    expect(host.getState("dice")).toMatchObject({ issues: [], descriptor: { origin: { kind: "local" } } });
  });

  it("keeps an invalid manifest out of activation, with its issues", async () => {
    const { host, loadModule } = createTestHost();
    const result = host.registerManifest({ id: "broken", title: "Broken" }, { kind: "remote" });
    expect(result).toMatchObject({ accepted: false, pluginId: "broken" });
    expect(host.getState("broken")).toMatchObject({ state: "discovered", reason: { code: "invalid_manifest" } });
    expect(host.getState("broken")!.descriptor).toBeUndefined();
    expect(host.getState("broken")!.issues.length).toBeGreaterThan(0);
    await host.activateAll();
    expect(loadModule).not.toHaveBeenCalled();
    expect(host.getState("broken")!.state).toBe("discovered");
  });

  it("reports issues without an entry when the manifest has no usable id", () => {
    const { host } = createTestHost();
    expect(host.registerManifest(42, { kind: "remote" })).toMatchObject({ accepted: false, issues: [expect.anything()] });
    expect(host.listStates()).toEqual([]);
  });

  it("gives plugins a frozen copy of the manifest", async () => {
    const { host, register, contexts } = createTestHost();
    register(manifest("dice"));
    await host.activateAll();
    expect(Object.isFrozen(contexts.get("dice")!.manifest)).toBe(true);
    expect(Object.isFrozen(contexts.get("dice")!.manifest.compatibility)).toBe(true);
  });
});

describe("PluginHost.activateAll", () => {
  it("imports the batch's modules at once, activates in plan order, then runs ready() once every plugin has activated", async () => {
    const { host, log, register, state } = createTestHost();
    register(manifest("app", requiresLib), manifest("lib", { kind: "library" }), manifest("boot", { load: { priority: "bootstrap" } }));
    await host.activateAll();
    expect(log).toEqual([
      "boot.load",
      "lib.load",
      "app.load",
      "boot.activate",
      "lib.activate",
      "app.activate",
      "boot.ready",
      "lib.ready",
      "app.ready",
    ]);
    expect(["boot", "lib", "app"].map(state)).toEqual(["loaded", "loaded", "loaded"]);
    expect(host.runningPluginIds).toEqual(["boot", "lib", "app"]);
  });

  it("activates a dependency first even when its module arrives last", async () => {
    const { host, log, register, loadModule, recording } = createTestHost();
    let arriveLib!: () => void;
    loadModule.mockImplementation(async (plugin) => {
      const id = plugin.manifest.id;
      log.push(`${id}.load`);
      if (id === "lib") await new Promise<void>((resolve) => (arriveLib = resolve));
      log.push(`${id}.loaded`);
      return recording(id);
    });
    register(manifest("lib"), manifest("app", requiresLib));
    const run = host.activateAll();
    await new Promise((resolve) => setTimeout(resolve));
    arriveLib();
    await run;
    expect(log).toEqual(["lib.load", "app.load", "app.loaded", "lib.loaded", "lib.activate", "app.activate", "lib.ready", "app.ready"]);
  });

  it("never runs a plugin whose dependency fails in the same batch, though its module was imported", async () => {
    const { host, log, register, modules, state, loadModule } = createTestHost();
    modules.set("lib", {
      activate: () => {
        throw new Error("lib bug");
      },
    });
    modules.set("app", new Error("app's module fails too, and nobody waits for it"));
    register(manifest("lib"), manifest("app", requiresLib));
    await host.activateAll();
    expect(loadModule).toHaveBeenCalledTimes(2);
    expect(log).not.toContain("app.activate");
    expect([state("lib"), state("app")]).toEqual(["failed", "blocked"]);
  });

  it("builds each activation context from the createApi port", async () => {
    const { host, register, contexts, createApi } = createTestHost();
    register(manifest("dice"));
    await host.activateAll();
    const context = contexts.get("dice")!;
    expect(createApi).toHaveBeenCalledWith("dice", context.manifest);
    expect(context).toMatchObject({ pluginId: "dice", manifest: { id: "dice" }, subscriptions: [] });
    expect(context.api).toBe(createApi.mock.results[0].value);
  });

  it("announces every state change in lifecycle order", async () => {
    const { host, register, changes } = createTestHost();
    register(manifest("dice"));
    await host.activateAll();
    expect(changes.map((c) => `${c.previous ?? "-"}→${c.state}`)).toEqual([
      "-→validated",
      "validated→loading",
      "loading→ready",
      "ready→loaded",
    ]);
  });

  it("leaves blocked and disabled plugins out, each with its reason", async () => {
    const { host, register, state, reason, loadModule } = createTestHost({ disabledPluginIds: ["off"] });
    register(
      manifest("old-api", { apiVersion: "2" }),
      manifest("off"),
      manifest("needs-off", { relationships: { requires: [{ pluginId: "off" }] } }),
      manifest("fine"),
    );
    await host.activateAll();
    expect(state("old-api")).toBe("blocked");
    expect(reason("old-api")?.code).toBe("api_version_mismatch");
    expect(state("off")).toBe("disabled");
    expect(reason("needs-off")).toMatchObject({ code: "dependency_blocked", relatedPluginIds: ["off"] });
    expect(loadModule.mock.calls.map(([p]) => p.manifest.id)).toEqual(["fine"]);
  });

  it("loads a theme without a module, in order", async () => {
    const { host, register, state, loadModule } = createTestHost();
    register(manifest("dark", { kind: "theme" }));
    await host.activateAll();
    expect(state("dark")).toBe("loaded");
    expect(loadModule).not.toHaveBeenCalled();
    expect(host.lastPlan!.activate.map((p) => p.pluginId)).toEqual(["dark"]);
  });

  it("exposes the plan's ordering notices", async () => {
    const { host, register } = createTestHost();
    register(
      manifest("aaa", { relationships: { after: [{ pluginId: "bbb" }] } }),
      manifest("bbb", { relationships: { after: [{ pluginId: "aaa" }] } }),
    );
    await host.activateAll();
    expect(host.lastPlan!.notices.map((n) => n.code)).toEqual(["ordering_cycle"]);
    expect(host.runningPluginIds).toEqual(["aaa", "bbb"]);
  });

  it("does not activate anything twice when called twice", async () => {
    const { host, register, log } = createTestHost();
    register(manifest("dice"));
    await Promise.all([host.activateAll(), host.activateAll()]);
    expect(log.filter((l) => l === "dice.activate")).toHaveLength(1);
  });
});

describe("PluginHost failure isolation", () => {
  it("fails a plugin whose activate throws, disposes what it registered, and keeps the others running", async () => {
    const { host, register, modules, state, reason, log } = createTestHost();
    modules.set("bad", {
      activate: (context) => {
        context.subscriptions.push(disposable(log, "bad-sub"));
        throw new Error("boom");
      },
    });
    register(manifest("bad"), manifest("good"));
    await host.activateAll();
    expect(state("bad")).toBe("failed");
    expect(reason("bad")).toMatchObject({ code: "hook_failed" });
    expect(reason("bad")!.message).toContain("activate() threw: boom");
    expect(log).toContain("dispose bad-sub");
    expect(log).not.toContain("bad.deactivate");
    expect(log).not.toContain("bad.ready");
    expect(state("good")).toBe("loaded");
  });

  it("fails a plugin whose module does not load and blocks the plugins that require it", async () => {
    const { host, register, modules, state, reason } = createTestHost();
    modules.set("lib", new Error("404 Not Found"));
    register(manifest("lib"), manifest("app", requiresLib), manifest("other"));
    await host.activateAll();
    expect(state("lib")).toBe("failed");
    expect(reason("lib")).toMatchObject({ code: "module_load_failed" });
    expect(reason("lib")!.message).toContain("404 Not Found");
    expect(state("app")).toBe("blocked");
    expect(reason("app")).toMatchObject({ code: "dependency_blocked", relatedPluginIds: ["lib"] });
    expect(reason("app")!.message).toContain("failed");
    expect(state("other")).toBe("loaded");
  });

  it("fails a plugin whose createApi port throws", async () => {
    const { host, register, state, reason } = createTestHost({
      createApi: () => {
        throw new Error("no grants store");
      },
    });
    register(manifest("dice"));
    await host.activateAll();
    expect(state("dice")).toBe("failed");
    expect(reason("dice")).toMatchObject({ code: "api_unavailable" });
  });

  it("fails a plugin whose ready throws, runs its deactivate, and stops the plugins that require it", async () => {
    const { host, register, modules, state, reason, log } = createTestHost();
    modules.set("lib", {
      activate: (context) => void context.subscriptions.push(disposable(log, "lib-sub")),
      ready: () => Promise.reject(new Error("late boom")),
    });
    register(manifest("lib"), manifest("app", requiresLib));
    await host.activateAll();
    expect(state("lib")).toBe("failed");
    expect(reason("lib")!.message).toContain("ready() threw: late boom");
    expect(log).toEqual(expect.arrayContaining(["lib.deactivate", "dispose lib-sub"]));
    expect(log).not.toContain("app.ready");
    expect(log).toContain("app.deactivate");
    expect(state("app")).toBe("blocked");
    expect(reason("app")?.code).toBe("dependency_blocked");
  });

  describe("with a hook that never settles", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it("fails the plugin after the time limit and carries on with the others", async () => {
      const { host, register, modules, state, reason } = createTestHost({ hookTimeoutMs: 5000 });
      modules.set("slow", { activate: () => new Promise<void>(() => undefined) });
      register(manifest("slow"), manifest("zeta"));
      const run = host.activateAll();
      await jest.advanceTimersByTimeAsync(5000);
      await run;
      expect(state("slow")).toBe("failed");
      expect(reason("slow")).toMatchObject({ code: "hook_timeout" });
      expect(state("zeta")).toBe("loaded");
    });

    it("disposes at once what a timed-out hook registers later", async () => {
      const { host, register, modules, log } = createTestHost({ hookTimeoutMs: 5000 });
      let finish!: () => void;
      modules.set("slow", {
        activate: async (context) => {
          await new Promise<void>((resolve) => (finish = resolve));
          context.subscriptions.push(disposable(log, "late"));
        },
      });
      register(manifest("slow"));
      const run = host.activateAll();
      await jest.advanceTimersByTimeAsync(5000);
      await run;
      finish();
      await jest.advanceTimersByTimeAsync(0);
      expect(log).toContain("dispose late");
    });

    it("fails a module that never finishes loading", async () => {
      const { host, register, state, reason, loadModule } = createTestHost({ hookTimeoutMs: 5000 });
      loadModule.mockImplementationOnce(() => new Promise(() => undefined));
      register(manifest("hang"));
      const run = host.activateAll();
      await jest.advanceTimersByTimeAsync(5000);
      await run;
      expect(state("hang")).toBe("failed");
      expect(reason("hang")).toMatchObject({ code: "module_load_failed" });
      expect(reason("hang")!.message).toContain("did not finish within 5000 ms");
    });
  });
});

describe("PluginHost.deactivate", () => {
  it("calls deactivate, then disposes the subscriptions, latest first, and ends unloaded", async () => {
    const { host, register, modules, log, state, reason } = createTestHost();
    modules.set("dice", {
      activate: (context) => {
        context.subscriptions.push(disposable(log, "first"), disposable(log, "second"));
      },
    });
    register(manifest("dice"));
    await host.activateAll();
    log.length = 0;
    await host.deactivate("dice");
    expect(log).toEqual(["dice.deactivate", "dispose second", "dispose first"]);
    expect(state("dice")).toBe("unloaded");
    expect(reason("dice")?.code).toBe("deactivated");
  });

  it("disposes every subscription even when one throws, and reports it", async () => {
    const { host, register, modules, log, state, errors } = createTestHost();
    modules.set("dice", {
      activate: (context) => {
        context.subscriptions.push(disposable(log, "first"), disposable(log, "bad", true), { dispose: undefined } as unknown as Disposable);
      },
    });
    register(manifest("dice"));
    await host.activateAll();
    await host.deactivate("dice");
    expect(log).toEqual(expect.arrayContaining(["dispose bad", "dispose first"]));
    expect(state("dice")).toBe("unloaded");
    expect(errors).toEqual([expect.stringContaining("dispose is not a function"), expect.stringContaining("bad cannot be disposed")]);
  });

  it("fails a plugin whose deactivate throws, still disposing its subscriptions", async () => {
    const { host, register, modules, log, state, reason } = createTestHost();
    modules.set("dice", {
      activate: (context) => void context.subscriptions.push(disposable(log, "sub")),
      deactivate: () => {
        throw new Error("cannot stop");
      },
    });
    register(manifest("dice"));
    await host.activateAll();
    await host.deactivate("dice");
    expect(state("dice")).toBe("failed");
    expect(reason("dice")!.message).toContain("deactivate() threw: cannot stop");
    expect(log).toContain("dispose sub");
  });

  it("stops the running plugins that require it first", async () => {
    const { host, register, log, state, reason } = createTestHost();
    register(
      manifest("lib"),
      manifest("app", requiresLib),
      manifest("top", { relationships: { requires: [{ pluginId: "app" }] } }),
      manifest("free"),
    );
    await host.activateAll();
    log.length = 0;
    await host.deactivate("lib");
    expect(log).toEqual(["top.deactivate", "app.deactivate", "lib.deactivate"]);
    expect(reason("app")).toMatchObject({ code: "dependency_deactivated", relatedPluginIds: ["lib"] });
    expect(state("free")).toBe("loaded");
  });

  it("is a no-op for a plugin that is not running, and rejects an unknown id", async () => {
    const { host, register, state } = createTestHost();
    register(manifest("dice"));
    await host.deactivate("dice");
    expect(state("dice")).toBe("validated");
    await expect(host.deactivate("ghost")).rejects.toMatchObject({ code: "unknown_plugin" });
  });
});

describe("PluginHost.failRunning", () => {
  const unresponsive = {
    code: "worker_unresponsive" as const,
    message: '"lib" failed: its worker did not answer for 5 s and was terminated.',
  };

  it("stops what requires the plugin, then fails it without a hook, disposing what it registered", async () => {
    const { host, register, modules, log, state, reason } = createTestHost();
    modules.set("lib", { activate: (context) => void context.subscriptions.push(disposable(log, "lib-sub")) });
    register(manifest("lib"), manifest("app", requiresLib), manifest("free"));
    await host.activateAll();
    log.length = 0;
    await host.failRunning("lib", unresponsive);
    expect(log).toEqual(["app.deactivate", "dispose lib-sub"]);
    expect(state("lib")).toBe("failed");
    expect(reason("lib")).toEqual(unresponsive);
    expect(reason("app")).toMatchObject({ code: "dependency_deactivated", relatedPluginIds: ["lib"] });
    expect(state("free")).toBe("loaded");
  });

  it("gives a plugin that already failed (its hook was cut short by the same stop) the more precise reason", async () => {
    const { host, register, modules, state, reason } = createTestHost();
    modules.set("lib", {
      activate: () => {
        throw new Error("the plugin's worker was stopped");
      },
    });
    register(manifest("lib"));
    await host.activateAll();
    expect(reason("lib")).toMatchObject({ code: "hook_failed" });
    await host.failRunning("lib", unresponsive);
    expect(state("lib")).toBe("failed");
    expect(reason("lib")).toEqual(unresponsive);
  });
});

describe("PluginHost.unregister", () => {
  it("stops the plugin after what requires it, forgets it, and blocks its dependents for the missing dependency", async () => {
    const { host, register, log, state, reason } = createTestHost();
    register(manifest("lib"), manifest("app", requiresLib), manifest("free"));
    await host.activateAll();
    log.length = 0;
    await host.unregister("lib");
    expect(log).toEqual(["app.deactivate", "lib.deactivate"]);
    expect(host.getState("lib")).toBeUndefined();
    expect(host.listStates().map((entry) => entry.pluginId)).toEqual(["app", "free"]);
    expect(state("app")).toBe("blocked");
    expect(reason("app")?.relatedPluginIds).toEqual(["lib"]);
    expect(state("free")).toBe("loaded");
  });

  it("forgets the user's disabled choice with it, so a new registration of that id starts afresh", async () => {
    const { host, register, state } = createTestHost();
    register(manifest("dice"));
    await host.activateAll();
    await host.setDisabled("dice", true);
    await host.unregister("dice");
    expect(host.disabledPluginIds).toEqual([]);
    register(manifest("dice"));
    await host.reload("dice");
    expect(state("dice")).toBe("loaded");
    await expect(host.unregister("ghost")).rejects.toMatchObject({ code: "unknown_plugin" });
  });
});

describe("PluginHost.reload", () => {
  it("imports the module again and activates the plugin and its dependents anew", async () => {
    const { host, register, log, state, loadModule } = createTestHost();
    register(manifest("lib"), manifest("app", requiresLib));
    await host.activateAll();
    log.length = 0;
    await host.reload("lib");
    expect(log).toEqual([
      "app.deactivate",
      "lib.deactivate",
      "lib.load",
      "app.load",
      "lib.activate",
      "app.activate",
      "lib.ready",
      "app.ready",
    ]);
    expect(loadModule).toHaveBeenCalledTimes(4);
    expect(state("lib")).toBe("loaded");
    expect(state("app")).toBe("loaded");
  });

  it("retries a failed plugin", async () => {
    const { host, register, modules, state } = createTestHost();
    modules.set("flaky", new Error("network down"));
    register(manifest("flaky"));
    await host.activateAll();
    expect(state("flaky")).toBe("failed");
    modules.delete("flaky");
    await host.reload("flaky");
    expect(state("flaky")).toBe("loaded");
  });

  it("does not retry a failed plugin on a later activateAll", async () => {
    const { host, register, modules, state, loadModule } = createTestHost();
    modules.set("flaky", new Error("network down"));
    register(manifest("flaky"));
    await host.activateAll();
    await host.activateAll();
    expect(loadModule).toHaveBeenCalledTimes(1);
    expect(state("flaky")).toBe("failed");
  });

  it("uses a manifest registered while the plugin was running", async () => {
    const { host, register, contexts } = createTestHost();
    register(manifest("dice"));
    await host.activateAll();
    register(manifest("dice", { version: "1.1.0" }));
    expect(contexts.get("dice")!.manifest.version).toBe("1.0.0");
    await host.reload("dice");
    expect(contexts.get("dice")!.manifest.version).toBe("1.1.0");
  });

  it("refuses to reload a disabled plugin", async () => {
    const { host, register } = createTestHost({ disabledPluginIds: ["dice"] });
    register(manifest("dice"));
    await expect(host.reload("dice")).rejects.toMatchObject({ code: "plugin_disabled" });
  });
});

describe("PluginHost.setDisabled", () => {
  it("stops a running plugin, marks it disabled and blocks what requires it", async () => {
    const { host, register, log, state, reason } = createTestHost();
    register(manifest("lib"), manifest("app", requiresLib));
    await host.activateAll();
    log.length = 0;
    await host.setDisabled("lib", true);
    expect(log).toEqual(["app.deactivate", "lib.deactivate"]);
    expect(state("lib")).toBe("disabled");
    expect(reason("lib")?.code).toBe("disabled_by_user");
    expect(state("app")).toBe("blocked");
    expect(host.disabledPluginIds).toEqual(["lib"]);
  });

  it("activates an enabled plugin again, with what was blocked on it", async () => {
    const { host, register, state } = createTestHost({ disabledPluginIds: ["lib"] });
    register(manifest("lib"), manifest("app", requiresLib));
    await host.activateAll();
    expect(state("app")).toBe("blocked");
    await host.setDisabled("lib", false);
    expect(state("lib")).toBe("loaded");
    expect(state("app")).toBe("loaded");
    expect(host.disabledPluginIds).toEqual([]);
  });

  it("only records the choice before the runtime has started", async () => {
    const { host, register, state, loadModule } = createTestHost();
    register(manifest("dice"));
    await host.setDisabled("dice", true);
    expect(state("dice")).toBe("disabled");
    await host.setDisabled("dice", false);
    expect(state("dice")).toBe("validated");
    expect(loadModule).not.toHaveBeenCalled();
  });
});

describe("PluginHost.replaceDisabled", () => {
  it("applies another profile's choice in one plan: what it disables stops, what it enables starts", async () => {
    const { host, register, log, state } = createTestHost({ disabledPluginIds: ["dice"] });
    register(manifest("lib"), manifest("app", requiresLib), manifest("dice"));
    await host.activateAll();
    log.length = 0;
    await host.replaceDisabled(["lib"]);
    expect(log).toEqual(["app.deactivate", "lib.deactivate", "dice.load", "dice.activate", "dice.ready"]);
    expect([state("lib"), state("app"), state("dice")]).toEqual(["disabled", "blocked", "loaded"]);
    expect(host.disabledPluginIds).toEqual(["lib"]);
    await host.replaceDisabled([]);
    expect([state("lib"), state("app"), state("dice")]).toEqual(["loaded", "loaded", "loaded"]);
  });

  it("moves a plugin with an invalid manifest in and out of disabled, and ignores ids it does not know", async () => {
    const { host, state } = createTestHost();
    host.registerManifest({ ...manifest("broken"), version: "one" }, { kind: "local", pluginRootUrl: "file:///plugins/broken/" });
    await host.replaceDisabled(["broken", "not-installed"]);
    expect(state("broken")).toBe("disabled");
    expect(host.disabledPluginIds).toEqual(["broken", "not-installed"]);
    await host.replaceDisabled([]);
    expect(state("broken")).toBe("discovered");
  });
});

describe("PluginHost stylesheets", () => {
  const styled = (id: string, kind: "theme" | "client" = "theme") => manifest(id, { kind, ui: { stylesheets: ["theme.css"] } });

  it("applies a plugin's stylesheets before it activates and removes them when it stops", async () => {
    const log: string[] = [];
    const applyStylesheets = jest.fn(async (plugin: { manifest: { id: string } }) => {
      log.push(`apply ${plugin.manifest.id}`);
      return disposable(log, `styles of ${plugin.manifest.id}`);
    });
    const { host, register, state } = createTestHost({ applyStylesheets });
    register(styled("dark"), manifest("plain"));
    await host.activateAll();
    expect(state("dark")).toBe("loaded");
    expect(applyStylesheets.mock.calls.map(([plugin]) => plugin.manifest.id)).toEqual(["dark"]);
    await host.setDisabled("dark", true);
    expect(log).toEqual(["apply dark", "dispose styles of dark"]);
  });

  it("fails a plugin whose stylesheets cannot be read, and removes them when activate fails", async () => {
    const log: string[] = [];
    const { host, register, state, reason, modules } = createTestHost({
      applyStylesheets: async (plugin) => {
        if (plugin.manifest.id === "unreadable") throw new Error("theme.css does not exist");
        return disposable(log, plugin.manifest.id);
      },
    });
    register(styled("unreadable"), styled("crashing", "client"));
    modules.set("crashing", {
      activate: () => {
        throw new Error("activate bug");
      },
    });
    await host.activateAll();
    expect(state("unreadable")).toBe("failed");
    expect(reason("unreadable")).toMatchObject({
      code: "module_load_failed",
      message: expect.stringContaining("theme.css does not exist"),
    });
    expect(state("crashing")).toBe("failed");
    expect(log).toEqual(["dispose crashing"]);
  });
});

describe("PluginHost and the user's grants", () => {
  const asking = (id: string, extra = {}) => manifest(id, { capabilities: ["ui.pages", "storage.local"], ...extra });

  it("keeps a plugin blocked until granted, then starts it with what required it", async () => {
    const { host, register, grants, state, reason, loadModule } = createTestHost();
    register(asking("lib"), manifest("app", requiresLib));
    await host.activateAll();
    expect(state("lib")).toBe("blocked");
    expect(reason("lib")?.code).toBe("capabilities_not_granted");
    expect(state("app")).toBe("blocked");
    expect(loadModule).not.toHaveBeenCalled();
    grants.set("lib", ["ui.pages", "storage.local"]);
    await host.capabilityGrantsChanged();
    expect([state("lib"), state("app")]).toEqual(["loaded", "loaded"]);
  });

  it("stops a running plugin when its last grant is revoked, dependents first", async () => {
    const { host, register, grants, log, state, reason } = createTestHost();
    grants.set("lib", ["ui.pages"]);
    register(asking("lib"), manifest("app", requiresLib));
    await host.activateAll();
    log.length = 0;
    grants.set("lib", []);
    await host.capabilityGrantsChanged();
    expect(log).toEqual(["app.deactivate", "lib.deactivate"]);
    expect(state("lib")).toBe("blocked");
    expect(reason("lib")?.code).toBe("capabilities_not_granted");
    expect(reason("app")?.code).toBe("dependency_blocked");
  });

  it("keeps an update that asks for more running on its old grants", async () => {
    const { host, register, grants, log, state } = createTestHost();
    grants.set("dice", ["ui.pages", "storage.local"]);
    register(asking("dice"));
    await host.activateAll();
    log.length = 0;
    register(asking("dice", { version: "1.1.0", capabilities: ["ui.pages", "storage.local", "messageBus.publish"] }));
    await host.reload("dice");
    expect(state("dice")).toBe("loaded");
    expect(host.getState("dice")?.descriptor?.manifest.version).toBe("1.1.0");
    expect(log).toEqual(["dice.deactivate", "dice.load", "dice.activate", "dice.ready"]);
  });

  it("records grant changes before the runtime has started without activating anything", async () => {
    const { host, register, grants, state, loadModule } = createTestHost();
    register(asking("dice"));
    await host.capabilityGrantsChanged();
    expect(state("dice")).toBe("blocked");
    grants.set("dice", ["ui.pages"]);
    await host.capabilityGrantsChanged();
    expect(state("dice")).toBe("validated");
    expect(loadModule).not.toHaveBeenCalled();
  });
});

describe("PluginHost server requirements", () => {
  it("stops plugins the server now blocks, starts those it now lists, and tells the running ones", async () => {
    const { host, register, log, state, reason } = createTestHost();
    register(manifest("banned"), manifest("scoped", { scope: "server" }), manifest("stay"));
    await host.activateAll({ serverRequirements: snapshot([]) });
    expect(state("scoped")).toBe("validated");
    expect(reason("scoped")?.code).toBe("not_required_by_server");
    log.length = 0;
    const next = {
      ...snapshot([
        { pluginId: "banned", status: "blocked" },
        { pluginId: "scoped", status: "required" },
      ]),
      revision: 2,
    };
    await host.notifyServerRequirementsChanged(next);
    expect(state("banned")).toBe("blocked");
    expect(reason("banned")?.code).toBe("server_blocked");
    expect(state("scoped")).toBe("loaded");
    expect(log).toEqual([
      "banned.deactivate",
      "scoped.load",
      "scoped.activate",
      "scoped.ready",
      "stay.onServerRequirementsChanged#2",
      "scoped.onServerRequirementsChanged#2",
    ]);
  });

  it("activates a plugin again when the server lifts its block", async () => {
    const { host, register, state } = createTestHost();
    register(manifest("dice"));
    await host.activateAll({ serverRequirements: snapshot([{ pluginId: "dice", status: "incompatible" }]) });
    expect(state("dice")).toBe("blocked");
    await host.notifyServerRequirementsChanged(snapshot([{ pluginId: "dice", status: "optional" }]));
    expect(state("dice")).toBe("loaded");
  });

  it("fails a plugin whose onServerRequirementsChanged throws, and keeps the others", async () => {
    const { host, register, modules, state, reason } = createTestHost();
    modules.set("bad", {
      onServerRequirementsChanged: () => {
        throw new Error("bad snapshot");
      },
    });
    register(manifest("bad"), manifest("good"));
    await host.activateAll();
    await host.notifyServerRequirementsChanged(snapshot([]));
    expect(state("bad")).toBe("failed");
    expect(reason("bad")!.message).toContain("onServerRequirementsChanged() threw: bad snapshot");
    expect(state("good")).toBe("loaded");
  });

  it("keeps states up to date but activates nothing before activateAll", async () => {
    const { host, register, state, loadModule } = createTestHost();
    register(manifest("dice"));
    await host.notifyServerRequirementsChanged(snapshot([{ pluginId: "dice", status: "blocked" }]));
    expect(state("dice")).toBe("blocked");
    await host.notifyServerRequirementsChanged(snapshot([]));
    expect(state("dice")).toBe("validated");
    expect(loadModule).not.toHaveBeenCalled();
  });

  it("keeps a plugin stopped with deactivate stopped across a server change", async () => {
    const { host, register, state } = createTestHost();
    register(manifest("dice"));
    await host.activateAll();
    await host.deactivate("dice");
    await host.notifyServerRequirementsChanged(snapshot([]));
    expect(state("dice")).toBe("unloaded");
  });
});

describe("PluginHost.notifyPluginDataChanged", () => {
  it("calls the plugin's onPluginDataChanged with the event", async () => {
    const { host, register, log } = createTestHost();
    register(manifest("dice"));
    await host.activateAll();
    await host.notifyPluginDataChanged("dice", { key: "lastRoll", scope: "user", value: 6 });
    expect(log).toContain("dice.onPluginDataChanged:lastRoll");
  });

  it("does nothing for a plugin that is not running", async () => {
    const { host, register, log } = createTestHost();
    register(manifest("dice"));
    await host.notifyPluginDataChanged("dice", { key: "lastRoll", scope: "user", value: 6 });
    expect(log).toEqual([]);
  });

  it("fails the plugin when the hook throws and blocks what requires it", async () => {
    const { host, register, modules, state } = createTestHost();
    modules.set("lib", {
      onPluginDataChanged: () => {
        throw new Error("corrupt");
      },
    });
    register(manifest("lib"), manifest("app", requiresLib));
    await host.activateAll();
    await host.notifyPluginDataChanged("lib", { key: "k", scope: "plugin", value: null });
    expect(state("lib")).toBe("failed");
    expect(state("app")).toBe("blocked");
  });
});

describe("PluginHost re-entrancy", () => {
  it("queues a deactivate requested from inside activate until the activation run is over", async () => {
    const { host, register, modules, log, state } = createTestHost();
    let deactivation: Promise<void> | undefined;
    modules.set("dice", {
      activate: () => {
        deactivation = host.deactivate("dice");
        log.push("dice.activate");
      },
    });
    register(manifest("dice"));
    await host.activateAll();
    expect(state("dice")).toBe("loaded");
    await deactivation;
    expect(log).toEqual(["dice.load", "dice.activate", "dice.ready", "dice.deactivate"]);
    expect(state("dice")).toBe("unloaded");
  });

  it("never makes an illegal lifecycle transition across a busy sequence", async () => {
    const { host, register, changes } = createTestHost();
    register(manifest("lib"), manifest("app", requiresLib), manifest("dark", { kind: "theme" }));
    await Promise.all([
      host.activateAll(),
      host.setDisabled("lib", true),
      host.reload("app"),
      host.setDisabled("lib", false),
      host.notifyServerRequirementsChanged(snapshot([{ pluginId: "dark", status: "blocked" }])),
      host.deactivate("app"),
      host.activateAll(),
    ]);
    const { canTransition } = await import("../activation/plugin-lifecycle");
    for (const change of changes)
      if (change.previous && change.previous !== change.state) expect(canTransition(change.previous, change.state)).toBe(true);
    expect(host.listStates().map((s) => [s.pluginId, s.state])).toEqual([
      ["app", "loaded"],
      ["dark", "blocked"],
      ["lib", "loaded"],
    ]);
  });
});

describe("PluginHost with an invalid manifest", () => {
  it("can disable and enable it, keeping its issues", async () => {
    const { host } = createTestHost();
    host.registerManifest({ id: "broken" }, { kind: "remote" });
    await host.setDisabled("broken", true);
    expect(host.getState("broken")).toMatchObject({ state: "disabled", reason: { code: "disabled_by_user" } });
    await host.setDisabled("broken", false);
    expect(host.getState("broken")).toMatchObject({ state: "discovered", reason: { code: "invalid_manifest" } });
    expect(host.getState("broken")!.issues.length).toBeGreaterThan(0);
    await expect(host.reload("broken")).rejects.toMatchObject({ code: "invalid_manifest" });
  });

  it("does not replace a running plugin's registration", async () => {
    const { host, register, state } = createTestHost();
    register(manifest("dice"));
    await host.activateAll();
    expect(host.registerManifest({ ...manifest("dice"), version: "not-semver" }, { kind: "remote" })).toMatchObject({ accepted: false });
    expect(state("dice")).toBe("loaded");
    expect(host.getState("dice")!.descriptor!.manifest.version).toBe("1.0.0");
  });
});
