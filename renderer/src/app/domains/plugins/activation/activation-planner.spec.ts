import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { planActivation, type ActivationPlanInput } from "./activation-planner";
import { local, manifest, snapshot } from "./testing/plugin-manifest-builder";

const HOST = { apiMajor: "1", tojuVersion: "1.5.0" };

function plan(manifests: TojuPluginManifest[], extra: Partial<ActivationPlanInput> = {}) {
  return planActivation({ ...HOST, candidates: manifests.map(local), ...extra });
}

function order(manifests: TojuPluginManifest[], extra: Partial<ActivationPlanInput> = {}): string[] {
  return plan(manifests, extra).activate.map((p) => p.pluginId);
}

function skipOf(result: ReturnType<typeof plan>, id: string) {
  return result.skipped.find((s) => s.pluginId === id);
}

describe("planActivation ordering", () => {
  it("orders plugins of equal priority by id", () => {
    expect(order([manifest("zeta"), manifest("alpha"), manifest("mid")])).toEqual(["alpha", "mid", "zeta"]);
  });

  it("orders by load priority: bootstrap, high, default, low", () => {
    const result = order([
      manifest("aa-low", { load: { priority: "low" } }),
      manifest("bb-default"),
      manifest("cc-high", { load: { priority: "high" } }),
      manifest("dd-boot", { load: { priority: "bootstrap" } }),
    ]);
    expect(result).toEqual(["dd-boot", "cc-high", "bb-default", "aa-low"]);
  });

  it("activates required and present optional dependencies first, whatever their priority", () => {
    const result = order([
      manifest("app", {
        load: { priority: "high" },
        relationships: { requires: [{ pluginId: "zz-lib" }], optional: [{ pluginId: "sounds" }] },
      }),
      manifest("zz-lib", { kind: "library", load: { priority: "low" } }),
      manifest("sounds", { load: { priority: "low" } }),
      manifest("other", { load: { priority: "default" } }),
    ]);
    expect(result).toEqual(["sounds", "zz-lib", "app", "other"]);
  });

  it("gives a dependency its dependent's priority", () => {
    const result = plan([
      manifest("boot", { load: { priority: "bootstrap" }, relationships: { requires: [{ pluginId: "lib" }] } }),
      manifest("lib", { kind: "library", load: { priority: "low" } }),
      manifest("aaa"),
    ]);
    expect(result.activate.map((p) => [p.pluginId, p.effectivePriority])).toEqual([
      ["lib", "bootstrap"],
      ["boot", "bootstrap"],
      ["aaa", "default"],
    ]);
  });

  it("ignores an optional dependency that is absent", () => {
    expect(order([manifest("app", { relationships: { optional: [{ pluginId: "absent" }] } })])).toEqual(["app"]);
  });

  it("applies before and after among plugins of equal priority", () => {
    const result = order([
      manifest("aaa", { relationships: { after: [{ pluginId: "ccc" }] } }),
      manifest("bbb"),
      manifest("ccc", { relationships: { after: [{ pluginId: "bbb" }] } }),
      manifest("zzz", { relationships: { before: [{ pluginId: "bbb" }] } }),
    ]);
    expect(result).toEqual(["zzz", "bbb", "ccc", "aaa"]);
  });

  it("lets load priority win over a before/after rule that contradicts it", () => {
    const result = order([
      manifest("low-one", { load: { priority: "low" }, relationships: { before: [{ pluginId: "high-one" }] } }),
      manifest("high-one", { load: { priority: "high" } }),
    ]);
    expect(result).toEqual(["high-one", "low-one"]);
  });

  it("ignores before/after naming absent plugins or versions outside the range", () => {
    const result = order([
      manifest("aaa", { relationships: { after: [{ pluginId: "ghost" }, { pluginId: "bbb", versionRange: ">=2" }] } }),
      manifest("bbb"),
    ]);
    expect(result).toEqual(["aaa", "bbb"]);
  });

  it("falls back to priority order on a before/after cycle and says so", () => {
    const result = plan([
      manifest("aaa", { relationships: { after: [{ pluginId: "bbb" }] } }),
      manifest("bbb", { relationships: { after: [{ pluginId: "ccc" }] } }),
      manifest("ccc", { relationships: { after: [{ pluginId: "aaa" }] } }),
      manifest("ddd", { relationships: { before: [{ pluginId: "aaa" }] } }),
    ]);
    expect(result.activate.map((p) => p.pluginId)).toEqual(["bbb", "ccc", "ddd", "aaa"]);
    expect(result.notices).toEqual([expect.objectContaining({ code: "ordering_cycle", pluginIds: ["aaa", "bbb", "ccc"] })]);
    expect(result.skipped).toEqual([]);
  });

  it("keeps dependency order when a before rule contradicts it", () => {
    const result = plan([
      manifest("lib", { relationships: { after: [{ pluginId: "app" }] } }),
      manifest("app", { relationships: { requires: [{ pluginId: "lib" }] } }),
    ]);
    expect(result.activate.map((p) => p.pluginId)).toEqual(["lib", "app"]);
    expect(result.notices.map((n) => n.code)).toEqual(["ordering_cycle"]);
  });

  it("drops optional dependencies that form a cycle instead of blocking", () => {
    const result = plan([
      manifest("aaa", { relationships: { optional: [{ pluginId: "bbb" }] } }),
      manifest("bbb", { relationships: { optional: [{ pluginId: "aaa" }] } }),
    ]);
    expect(result.activate.map((p) => p.pluginId)).toEqual(["aaa", "bbb"]);
    expect(result.notices).toEqual([expect.objectContaining({ code: "ordering_cycle", pluginIds: ["aaa", "bbb"] })]);
  });

  it("orders a theme like any plugin", () => {
    expect(
      order([manifest("theme-b", { kind: "theme", load: { priority: "high" } }), manifest("app"), manifest("theme-a", { kind: "theme" })]),
    ).toEqual(["theme-b", "app", "theme-a"]);
  });

  it("is deterministic whatever the input order", () => {
    const manifests = [
      manifest("aaa", { relationships: { requires: [{ pluginId: "lib" }] } }),
      manifest("lib"),
      manifest("bbb", { load: { priority: "high" } }),
      manifest("ccc", { relationships: { before: [{ pluginId: "aaa" }] } }),
    ];
    expect(order([...manifests].reverse())).toEqual(order(manifests));
  });
});

describe("planActivation blocking", () => {
  it("blocks a plugin whose required plugin is missing", () => {
    const result = plan([manifest("app", { relationships: { requires: [{ pluginId: "core-ui", versionRange: "^1.2.0" }] } })]);
    expect(result.activate).toEqual([]);
    expect(skipOf(result, "app")).toMatchObject({
      outcome: "blocked",
      reason: { code: "missing_dependency", relatedPluginIds: ["core-ui"] },
    });
    expect(skipOf(result, "app")!.reason.message).toContain("core-ui");
  });

  it("blocks a plugin whose dependency is outside the version range", () => {
    const result = plan([
      manifest("app", { relationships: { requires: [{ pluginId: "lib", versionRange: "^2.0.0" }] } }),
      manifest("lib", { version: "1.9.0" }),
    ]);
    expect(skipOf(result, "app")?.reason.code).toBe("dependency_version_mismatch");
    expect(result.activate.map((p) => p.pluginId)).toEqual(["lib"]);
  });

  it("accepts a pre-release dependency inside the range", () => {
    expect(
      order([
        manifest("app", { relationships: { requires: [{ pluginId: "lib", versionRange: "^2.0.0" }] } }),
        manifest("lib", { version: "2.1.0-beta.3" }),
      ]),
    ).toEqual(["lib", "app"]);
  });

  it("propagates a block along a chain of requirements", () => {
    const result = plan([
      manifest("top", { relationships: { requires: [{ pluginId: "mid" }] } }),
      manifest("mid", { relationships: { requires: [{ pluginId: "base" }] } }),
      manifest("base", { apiVersion: "2" }),
    ]);
    expect(result.activate).toEqual([]);
    expect(skipOf(result, "base")?.reason.code).toBe("api_version_mismatch");
    expect(skipOf(result, "mid")?.reason).toMatchObject({ code: "dependency_blocked", relatedPluginIds: ["base"] });
    expect(skipOf(result, "top")?.reason).toMatchObject({ code: "dependency_blocked", relatedPluginIds: ["mid"] });
  });

  it("blocks a plugin that requires a disabled or failed plugin", () => {
    const result = plan(
      [
        manifest("app", { relationships: { requires: [{ pluginId: "off" }] } }),
        manifest("off"),
        manifest("app2", { relationships: { requires: [{ pluginId: "broken" }] } }),
        manifest("broken"),
      ],
      { disabledPluginIds: ["off"], failedPluginIds: ["broken"] },
    );
    expect(skipOf(result, "app")?.reason.message).toMatch(/is disabled/);
    expect(skipOf(result, "app2")?.reason.message).toMatch(/failed/);
    expect(skipOf(result, "broken")).toMatchObject({ outcome: "failed", reason: { code: "failed_earlier" } });
  });

  it("blocks a conflict inside the range, ignores one outside it", () => {
    const inRange = plan([
      manifest("dice", { relationships: { conflicts: [{ pluginId: "old-dice", versionRange: "<2" }] } }),
      manifest("old-dice", { version: "1.5.0" }),
    ]);
    expect(skipOf(inRange, "dice")).toMatchObject({ outcome: "blocked", reason: { code: "conflict", relatedPluginIds: ["old-dice"] } });
    expect(inRange.activate.map((p) => p.pluginId)).toEqual(["old-dice"]);
    const outOfRange = plan([
      manifest("dice", { relationships: { conflicts: [{ pluginId: "old-dice", versionRange: "<2" }] } }),
      manifest("old-dice", { version: "2.0.0" }),
    ]);
    expect(outOfRange.skipped).toEqual([]);
  });

  it("does not count a conflict with a plugin that cannot run anyway", () => {
    const result = plan([manifest("dice", { relationships: { conflicts: [{ pluginId: "old-dice" }] } }), manifest("old-dice")], {
      disabledPluginIds: ["old-dice"],
    });
    expect(result.activate.map((p) => p.pluginId)).toEqual(["dice"]);
  });

  it("blocks both plugins when each names the other as a conflict", () => {
    const result = plan([
      manifest("aaa", { relationships: { conflicts: [{ pluginId: "bbb" }] } }),
      manifest("bbb", { relationships: { conflicts: [{ pluginId: "aaa" }] } }),
    ]);
    expect(result.skipped.map((s) => [s.pluginId, s.reason.code])).toEqual([
      ["aaa", "conflict"],
      ["bbb", "conflict"],
    ]);
  });

  it("blocks every member of a requirement cycle and reports the cycle path", () => {
    const result = plan([
      manifest("aaa", { relationships: { requires: [{ pluginId: "bbb" }] } }),
      manifest("bbb", { relationships: { requires: [{ pluginId: "ccc" }] } }),
      manifest("ccc", { relationships: { requires: [{ pluginId: "aaa" }] } }),
      manifest("user", { relationships: { requires: [{ pluginId: "ccc" }] } }),
      manifest("free"),
    ]);
    expect(result.activate.map((p) => p.pluginId)).toEqual(["free"]);
    for (const id of ["aaa", "bbb", "ccc"]) {
      expect(skipOf(result, id)?.reason).toMatchObject({ code: "dependency_cycle", relatedPluginIds: ["aaa", "bbb", "ccc", "aaa"] });
    }
    expect(skipOf(result, "aaa")?.reason.message).toContain("aaa → bbb → ccc → aaa");
    expect(skipOf(result, "user")?.reason.code).toBe("dependency_blocked");
  });

  it("blocks a plugin written for another API major", () => {
    const result = plan([manifest("app", { apiVersion: "2" })]);
    expect(skipOf(result, "app")?.reason).toMatchObject({ code: "api_version_mismatch" });
    expect(skipOf(result, "app")?.reason.message).toContain("API 2");
  });

  it("blocks a plugin that needs a newer Toju", () => {
    const result = plan([
      manifest("app", { compatibility: { minimumTojuVersion: "1.6.0" } }),
      manifest("ok", { compatibility: { minimumTojuVersion: "1.5.0" } }),
    ]);
    expect(skipOf(result, "app")?.reason).toMatchObject({ code: "toju_version_too_old" });
    expect(skipOf(result, "app")?.reason.message).toContain("1.6.0");
    expect(result.activate.map((p) => p.pluginId)).toEqual(["ok"]);
  });

  it("blocks plugins the server marks blocked or incompatible", () => {
    const result = plan([manifest("bad"), manifest("odd"), manifest("fine")], {
      serverRequirements: snapshot([
        { pluginId: "bad", status: "blocked" },
        { pluginId: "odd", status: "incompatible" },
        { pluginId: "fine", status: "recommended" },
      ]),
    });
    expect(skipOf(result, "bad")?.reason.code).toBe("server_blocked");
    expect(skipOf(result, "odd")?.reason.code).toBe("server_incompatible");
    expect(result.activate.map((p) => p.pluginId)).toEqual(["fine"]);
  });

  it("applies a blocked requirement's range only to the versions in it", () => {
    const result = plan([manifest("app", { version: "2.0.0" })], {
      serverRequirements: snapshot([{ pluginId: "app", status: "blocked", versionRange: "<2" }]),
    });
    expect(result.activate.map((p) => p.pluginId)).toEqual(["app"]);
  });

  it("blocks a plugin whose version the server's requirement excludes", () => {
    const result = plan([manifest("app", { version: "1.0.0" })], {
      serverRequirements: snapshot([{ pluginId: "app", status: "required", versionRange: "^2.0.0" }]),
    });
    expect(skipOf(result, "app")?.reason).toMatchObject({ code: "server_version_mismatch" });
  });

  it("activates a server-scoped plugin only where the server lists it", () => {
    const scoped = manifest("scoped", { scope: "server" });
    expect(skipOf(plan([scoped]), "scoped")).toMatchObject({ outcome: "inactive", reason: { code: "not_required_by_server" } });
    expect(skipOf(plan([scoped], { serverRequirements: snapshot([]) }), "scoped")?.outcome).toBe("inactive");
    expect(order([scoped], { serverRequirements: snapshot([{ pluginId: "scoped", status: "optional" }]) })).toEqual(["scoped"]);
  });

  it("never activates a disabled plugin and reports it as disabled, not blocked", () => {
    const result = plan([manifest("app", { apiVersion: "2" })], { disabledPluginIds: new Set(["app"]) });
    expect(skipOf(result, "app")).toMatchObject({ outcome: "disabled", reason: { code: "disabled_by_user" } });
  });

  it("ignores a second plugin with the same id", () => {
    const first = manifest("dup", { version: "1.0.0" });
    const second = manifest("dup", { version: "2.0.0" });
    const result = plan([first, second]);
    expect(result.activate.map((p) => p.descriptor.manifest.version)).toEqual(["1.0.0"]);
    expect(result.skipped).toEqual([
      expect.objectContaining({ pluginId: "dup", reason: expect.objectContaining({ code: "duplicate_plugin" }) }),
    ]);
  });
});

describe("planActivation and the user's grants", () => {
  const asking = (id: string, capabilities: TojuPluginManifest["capabilities"], extra: Parameters<typeof manifest>[1] = {}) =>
    manifest(id, { capabilities, ...extra });

  it("blocks a plugin until the user grants any of what it declares, and needs no answer from one that declares nothing", () => {
    const result = plan([asking("dice", ["ui.actions", "storage.local"]), manifest("quiet")]);
    expect(result.activate.map((p) => p.pluginId)).toEqual(["quiet"]);
    expect(skipOf(result, "dice")).toMatchObject({ outcome: "blocked", reason: { code: "capabilities_not_granted" } });
    expect(skipOf(result, "dice")!.reason.message).toContain("ui.actions, storage.local");
  });

  it("activates a plugin once it holds what it declares", () => {
    const grantedCapabilities = new Map([["dice", ["ui.actions", "storage.local"] as const]]);
    expect(order([asking("dice", ["ui.actions", "storage.local"])], { grantedCapabilities })).toEqual(["dice"]);
  });

  it("keeps an update that asks for more running on its old grants", () => {
    const grantedCapabilities = new Map([["dice", ["ui.actions"] as const]]);
    const update = asking("dice", ["ui.actions", "messageBus.publish"], { version: "1.1.0" });
    expect(plan([update], { grantedCapabilities })).toMatchObject({ activate: [{ pluginId: "dice" }], skipped: [] });
  });

  it("counts only grants of capabilities the plugin still declares", () => {
    const grantedCapabilities = new Map([["dice", ["ui.pages"] as const]]);
    expect(skipOf(plan([asking("dice", ["ui.actions"])], { grantedCapabilities }), "dice")?.reason.code).toBe("capabilities_not_granted");
  });

  it("reports a disabled or incompatible plugin as such rather than asking for grants", () => {
    const result = plan([asking("off", ["ui.pages"]), asking("old", ["ui.pages"], { apiVersion: "2" })], { disabledPluginIds: ["off"] });
    expect(skipOf(result, "off")?.reason.code).toBe("disabled_by_user");
    expect(skipOf(result, "old")?.reason.code).toBe("api_version_mismatch");
  });

  it("blocks what requires a plugin that waits for grants", () => {
    const result = plan([asking("lib", ["storage.local"]), manifest("app", { relationships: { requires: [{ pluginId: "lib" }] } })]);
    expect(skipOf(result, "app")?.reason).toMatchObject({ code: "dependency_blocked", relatedPluginIds: ["lib"] });
    expect(skipOf(result, "app")!.reason.message).toContain("waiting for you to grant");
  });
});
