// The browser shell's framework-free pieces: storage and disconnected ports, module paths, the shown status, the disabled store.
import { PluginCapabilityError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { createPluginClientApi } from "../api/plugin-client-api";
import type { HostPorts } from "../api/plugin-host-ports";
import type { PluginRuntimeState } from "../host/plugin-state-table";
import { readDisabledPlugins, writeDisabledPlugins } from "./disabled-plugins-store";
import { disconnectedHostPorts, PluginHostNotConnectedError } from "./disconnected-host-ports";
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

  it("refuses server-side scopes while not connected", async () => {
    const storage = storageHostPorts(fakeDesktop(), () => ({ data }));
    await expect(storage.get("p-one", "board")).rejects.toBeInstanceOf(PluginHostNotConnectedError);
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
  const manifest = { id: "p-one", title: "One", version: "1.0.0", capabilities: ["ui.actions"] } as TojuPluginManifest;
  const entry = (state: PluginRuntimeState["state"]): PluginRuntimeState => ({
    pluginId: "p-one",
    state,
    issues: [],
    descriptor: { manifest, origin: { kind: "remote" } },
  });

  it("shows a plugin kept off for a missing grant as blocked, and the user's choice as disabled", () => {
    expect(pluginStatus(entry("disabled"), ["ui.actions"], false)).toMatchObject({
      state: "blocked",
      reasonCode: "capabilities_not_granted",
    });
    expect(pluginStatus(entry("disabled"), ["ui.actions"], true)).toMatchObject({ state: "disabled", reasonCode: "disabled_by_user" });
    expect(pluginStatus({ ...entry("failed"), reason: { code: "hook_failed", message: "boom" } }, [], false)).toMatchObject({
      state: "failed",
      reason: "boom",
      running: false,
    });
  });
});

describe("disabled plugins store", () => {
  it("round-trips and survives garbage", () => {
    const values = new Map<string, string>();
    const store = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    };
    writeDisabledPlugins(store, ["b", "a"]);
    expect([...readDisabledPlugins(store)]).toEqual(["a", "b"]);
    values.set("toju_disabled_plugins", "{not json");
    expect(readDisabledPlugins(store).size).toBe(0);
  });
});
