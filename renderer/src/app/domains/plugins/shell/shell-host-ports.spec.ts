// The browser shell's framework-free pieces: storage and disconnected ports, module paths, the shown status.
import { PluginCapabilityError, PluginHostNotConnectedError, PluginStorageError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { createPluginClientApi } from "../api/plugin-client-api";
import type { HostPorts } from "../api/plugin-host-ports";
import type { PluginRuntimeState } from "../host/plugin-state-table";
import { disconnectedHostPorts } from "./disconnected-host-ports";
import { decodeBase64, relativeModulePath } from "./local-module-bytes";
import { pluginStatus } from "./plugin-status";
import { storageHostPorts } from "./storage-host-ports";

const data: TojuPluginManifest["data"] = [
  { key: "clicks", scope: "user", storage: "local" },
  { key: "shared", scope: "plugin", storage: "local" },
  { key: "board", scope: "channel", storage: "serverData" },
];

function fakeDesktop() {
  const calls: unknown[] = [];
  return {
    calls,
    savePluginData: jest.fn(async (command: object) => (calls.push(["save", command]), { ...command, updatedAt: "" }) as never),
    getPluginData: jest.fn(
      async (query: object) => (calls.push(["get", query]), { record: { ...query, value: 7, updatedAt: "" } }) as never,
    ),
    deletePluginData: jest.fn(async (command: object) => (calls.push(["delete", command]), { deleted: true })),
  };
}

describe("storage port", () => {
  it("keeps user-scoped keys per local user and every other key per plugin", async () => {
    const desktop = fakeDesktop();
    const storage = storageHostPorts(desktop, () => ({ data }));
    await storage.set("p-one", "clicks", 3);
    await expect(storage.get("p-one", "shared")).resolves.toBe(7);
    await storage.delete("p-one", "undeclared");
    expect(desktop.calls).toEqual([
      ["save", { pluginId: "p-one", key: "clicks", value: 3, scope: "user", scopeId: "local" }],
      ["get", { pluginId: "p-one", key: "shared", scope: "plugin" }],
      ["delete", { pluginId: "p-one", key: "undeclared", scope: "plugin" }],
    ]);
  });

  it("keeps data in the signed-in user's desktop state, user-scoped keys under the user's id", async () => {
    const desktop = fakeDesktop();
    let profile: string | undefined = "u-alice";
    const storage = storageHostPorts(
      desktop,
      () => ({ data }),
      () => profile,
    );
    await storage.set("p-one", "clicks", 3);
    await storage.get("p-one", "shared");
    profile = undefined;
    await storage.get("p-one", "clicks");
    expect(desktop.calls).toEqual([
      ["save", { profileId: "u-alice", pluginId: "p-one", key: "clicks", value: 3, scope: "user", scopeId: "u-alice" }],
      ["get", { profileId: "u-alice", pluginId: "p-one", key: "shared", scope: "plugin" }],
      ["get", { pluginId: "p-one", key: "clicks", scope: "user", scopeId: "local" }],
    ]);
  });

  it("refuses server-side scopes while not connected", async () => {
    const storage = storageHostPorts(fakeDesktop(), () => ({ data }));
    await expect(storage.get("p-one", "board")).rejects.toBeInstanceOf(PluginHostNotConnectedError);
  });

  it("hands the plugin the desktop's refusal as a PluginStorageError with the desktop's code", async () => {
    const desktop = fakeDesktop();
    desktop.savePluginData.mockRejectedValueOnce({ code: "quota_exceeded", message: "the plugin's data file is full" });
    desktop.getPluginData.mockRejectedValueOnce(new TypeError("bridge unreachable"));
    const storage = storageHostPorts(desktop, () => ({ data }));
    await expect(storage.set("p-one", "clicks", 3)).rejects.toEqual(
      expect.objectContaining({ name: "PluginStorageError", code: "quota_exceeded", message: "the plugin's data file is full" }),
    );
    await expect(storage.get("p-one", "clicks")).rejects.toEqual(
      expect.objectContaining({ name: "PluginStorageError", code: "internal", message: "bridge unreachable" }),
    );
  });

  it("rejects every call with storage_unavailable when the page has no desktop", async () => {
    const storage = storageHostPorts(null, () => ({ data }));
    for (const call of [storage.get("p-one", "clicks"), storage.set("p-one", "clicks", 1), storage.delete("p-one", "clicks")]) {
      await expect(call).rejects.toBeInstanceOf(PluginStorageError);
      await expect(call).rejects.toMatchObject({ code: "storage_unavailable" });
    }
  });
});

describe("disconnected ports", () => {
  const ports = disconnectedHostPorts();

  it("reject server calls with not_connected and give inert subscriptions", async () => {
    await expect(ports.messages.send("p-one", "c1", "hi")).rejects.toMatchObject({ code: "not_connected" });
    const subscription = ports.events.subscribe("p-one", "dice.rolled", () => undefined);
    expect(() => subscription.dispose()).not.toThrow();
  });

  it("still sit behind the capability check of the facade", async () => {
    const inert = () => undefined;
    const host = {
      ...ports,
      storage: storageHostPorts(fakeDesktop(), () => undefined),
      messageBus: { publish: inert, subscribe: inert },
      ui: {
        registerPage: inert,
        registerPanel: inert,
        registerAction: inert,
        registerChannelSection: inert,
        registerEmbed: inert,
        registerSettings: inert,
        registerCommand: inert,
      },
    } as unknown as HostPorts;
    const api = createPluginClientApi(
      "p-one",
      { host, log: console, context: { serverId: () => undefined, channelId: () => undefined } },
      {
        assert: (id, capability) => {
          throw new PluginCapabilityError(id, capability);
        },
      },
    );
    await expect(api.channels.list()).rejects.toBeInstanceOf(PluginCapabilityError);
  });
});

describe("local module path", () => {
  it("turns the loader's file URL into a path inside the plugin folder", () => {
    expect(relativeModulePath("file:///data/plugins/my%20dice/", "file:///data/plugins/my%20dice/lib/index.js")).toBe("lib/index.js");
    expect(() => relativeModulePath("file:///data/plugins/a/", "file:///data/plugins/b/index.js")).toThrow(/outside/);
    expect([...decodeBase64(Buffer.from([0, 1, 255]).toString("base64"))]).toEqual([0, 1, 255]);
  });
});

describe("shown status", () => {
  const manifest = { id: "p-one", title: "One", version: "1.0.0", capabilities: ["ui.actions", "ui.pages"] } as TojuPluginManifest;
  const entry = (state: PluginRuntimeState["state"]): PluginRuntimeState => ({
    pluginId: "p-one",
    state,
    issues: [],
    descriptor: { manifest, origin: { kind: "remote" } },
  });

  it("shows the host's state and reason, and splits what the plugin asks for into granted and missing", () => {
    const blocked = { ...entry("blocked"), reason: { code: "capabilities_not_granted" as const, message: "waiting" } };
    expect(pluginStatus(blocked, [], false)).toMatchObject({
      state: "blocked",
      reasonCode: "capabilities_not_granted",
      grantedCapabilities: [],
      missingCapabilities: ["ui.actions", "ui.pages"],
      registered: true,
    });
    expect(pluginStatus(entry("loaded"), ["ui.pages", "storage.local"], false)).toMatchObject({
      state: "loaded",
      requestedCapabilities: ["ui.actions", "ui.pages"],
      grantedCapabilities: ["ui.pages"],
      missingCapabilities: ["ui.actions"],
      running: true,
    });
    expect(pluginStatus(entry("disabled"), [], true)).toMatchObject({ state: "disabled", disabledByUser: true, running: false });
    expect(pluginStatus({ ...entry("failed"), reason: { code: "hook_failed", message: "boom" } }, [], false)).toMatchObject({
      state: "failed",
      reason: "boom",
      running: false,
    });
  });

  it("counts a plugin as running while its code may run, unloading included", () => {
    expect(["loading", "ready", "loaded", "unloading"].map((state) => pluginStatus(entry(state as never), [], false).running)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(pluginStatus(entry("unloaded"), [], false).running).toBe(false);
  });

  it("offers nothing to grant for a plugin whose manifest is invalid", () => {
    const invalid: PluginRuntimeState = {
      pluginId: "p-one",
      state: "discovered",
      issues: [{ code: "x", path: "/version", message: "bad" }] as never,
    };
    expect(pluginStatus(invalid, [], false)).toMatchObject({ title: "p-one", registered: false, requestedCapabilities: [] });
  });
});
