// The IPC handlers against real temp userData folders: validation, data, grants, crashes, corrupt files.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { validateIpcError, validateLocalPluginFile } from "@toju/generated/validators/index";
import type { PluginCapabilityGrants } from "@toju/generated/types/contract";
import { createDesktopHandlers, pluginsPathOf, pluginStatePathOf } from "./desktop-handlers";
import { toIpcError } from "./ipc-error";

let userData: string;

beforeEach(async () => {
  userData = realpathSync(await mkdtemp(path.join(os.tmpdir(), "toju-userdata-")));
});

afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

const dataFile = (pluginId: string) => path.join(pluginStatePathOf(userData), "plugin-data", `${pluginId}.json`);
const grantsFile = () => path.join(pluginStatePathOf(userData), "capability-grants.json");
const crash = () => ({
  beforeRename: async () => {
    throw new Error("simulated crash");
  },
});

/** The IpcError a handler call fails with, checked against the generated contract. */
async function failureOf(call: Promise<unknown>) {
  const error = await call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (thrown: unknown) => toIpcError(thrown),
  );
  expect(validateIpcError(error)).toBe(true);
  expect(JSON.stringify(error)).not.toMatch(/\bat .+:\d+:\d+/);
  return error;
}

describe("local plugin paths and discovery", () => {
  it("creates <userData>/plugins and lists what is in it", async () => {
    const handlers = createDesktopHandlers(userData);
    await expect(handlers.getLocalPluginsPath()).resolves.toEqual({ pluginsPath: path.join(userData, "plugins") });
    await expect(handlers.listLocalPluginManifests()).resolves.toEqual({
      plugins: [],
      errors: [],
      pluginsPath: path.join(userData, "plugins"),
    });
    await mkdir(path.join(userData, "plugins", "hello"));
    await writeFile(path.join(userData, "plugins", "hello", "toju-plugin.json"), '{"id":"hello"}');
    const result = await handlers.listLocalPluginManifests();
    expect(result.plugins.map((p) => p.manifest)).toEqual([{ id: "hello" }]);
  });
});

describe("plugin data", () => {
  const address = { pluginId: "demo.plugin", scope: "server", scopeId: "srv-1", key: "settings" } as const;

  it("saves, reads and deletes an entry", async () => {
    const handlers = createDesktopHandlers(userData);
    const saved = await handlers.savePluginData({ ...address, value: { theme: "dark", n: [1, 2] } });
    expect(saved).toMatchObject({ ...address, value: { theme: "dark", n: [1, 2] } });
    await expect(handlers.getPluginData(address)).resolves.toEqual({ record: saved });
    await expect(handlers.deletePluginData(address)).resolves.toEqual({ deleted: true });
    await expect(handlers.deletePluginData(address)).resolves.toEqual({ deleted: false });
    await expect(handlers.getPluginData(address)).resolves.toEqual({ record: null });
  });

  it("keeps entries apart per plugin, scope, scope id and key, and survives a new handler instance", async () => {
    const handlers = createDesktopHandlers(userData);
    await handlers.savePluginData({ ...address, value: 1 });
    await handlers.savePluginData({ ...address, scopeId: "srv-2", value: 2 });
    await handlers.savePluginData({ ...address, scope: "channel", value: 3 });
    await handlers.savePluginData({ ...address, key: "other", value: 4 });
    await handlers.savePluginData({ ...address, pluginId: "other.plugin", value: 5 });
    await handlers.savePluginData({ pluginId: "demo.plugin", scope: "plugin", key: "settings", value: 6 });
    const fresh = createDesktopHandlers(userData);
    const values = await Promise.all([
      fresh.getPluginData(address),
      fresh.getPluginData({ ...address, scopeId: "srv-2" }),
      fresh.getPluginData({ ...address, scope: "channel" }),
      fresh.getPluginData({ ...address, key: "other" }),
      fresh.getPluginData({ ...address, pluginId: "other.plugin" }),
      fresh.getPluginData({ pluginId: "demo.plugin", scope: "plugin", key: "settings" }),
    ]);
    expect(values.map((v) => v.record?.value)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("loses no update when many saves to one plugin run at once", async () => {
    const handlers = createDesktopHandlers(userData);
    await Promise.all(Array.from({ length: 25 }, (_, i) => handlers.savePluginData({ ...address, key: `k${i}`, value: i })));
    const stored = JSON.parse(await readFile(dataFile("demo.plugin"), "utf8"));
    expect(stored.entries).toHaveLength(25);
  });

  it.each([
    ["a bad plugin id", { ...address, pluginId: "../escape", value: 1 }],
    ["a bad key", { ...address, key: "Has Space", value: 1 }],
    ["an unknown scope", { ...address, scope: "galaxy", value: 1 }],
    ["an unknown property", { ...address, value: 1, extra: true }],
    ["a missing value", { ...address }],
    ["no object at all", "savePluginData"],
    ["a scopeId on plugin scope", { ...address, scope: "plugin", value: 1 }],
    ["no scopeId on server scope", { pluginId: "demo.plugin", scope: "server", key: "k", value: 1 }],
    ["a value that is not JSON", { ...address, value: BigInt(1) }],
  ])("refuses %s with invalid_request", async (_label, request) => {
    const error = await failureOf(createDesktopHandlers(userData).savePluginData(request));
    expect(error.code).toBe("invalid_request");
  });

  it("reports where a request is wrong", async () => {
    const error = await failureOf(createDesktopHandlers(userData).getPluginData({ ...address, pluginId: "UPPER" }));
    expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: "/pluginId" })]));
  });

  it("enforces the per-value and per-plugin quotas", async () => {
    const handlers = createDesktopHandlers(userData, { dataQuota: { maxValueBytes: 100, maxPluginBytes: 250 } });
    expect((await failureOf(handlers.savePluginData({ ...address, value: "x".repeat(120) }))).code).toBe("quota_exceeded");
    await handlers.savePluginData({ ...address, key: "a", value: "x".repeat(90) });
    await handlers.savePluginData({ ...address, key: "b", value: "x".repeat(90) });
    expect((await failureOf(handlers.savePluginData({ ...address, key: "c", value: "x".repeat(90) }))).code).toBe("quota_exceeded");
    await handlers.savePluginData({ ...address, key: "a", value: "x".repeat(95) });
    await handlers.savePluginData({ ...address, pluginId: "other.plugin", key: "c", value: "x".repeat(90) });
  });

  it("keeps the old content when the process dies between write and rename", async () => {
    await createDesktopHandlers(userData).savePluginData({ ...address, value: "old" });
    const before = await readFile(dataFile("demo.plugin"), "utf8");
    let observed: { temp: string; target: string } | undefined;
    const dying = createDesktopHandlers(userData, {
      hooks: {
        beforeRename: async (tempPath, targetPath) => {
          observed = { temp: await readFile(tempPath, "utf8"), target: await readFile(targetPath, "utf8") };
          throw new Error("simulated crash");
        },
      },
    });
    await expect(dying.savePluginData({ ...address, value: "new" })).rejects.toThrow("simulated crash");
    expect(JSON.parse(observed!.temp).entries[0].value).toBe("new");
    expect(observed!.target).toBe(before);
    expect(await readFile(dataFile("demo.plugin"), "utf8")).toBe(before);
    expect((await createDesktopHandlers(userData).getPluginData(address)).record?.value).toBe("old");
    expect((await readdir(path.dirname(dataFile("demo.plugin")))).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the old content when a real process is killed between write and rename", async () => {
    await createDesktopHandlers(userData).savePluginData({ ...address, value: "old" });
    const before = await readFile(dataFile("demo.plugin"), "utf8");
    const script = path.join(userData, "die-mid-write.ts");
    await writeFile(
      script,
      `import { createDesktopHandlers } from ${JSON.stringify(path.join(__dirname, "desktop-handlers"))};
const handlers = createDesktopHandlers(${JSON.stringify(userData)}, { hooks: { beforeRename: async () => { process.kill(process.pid, "SIGKILL"); } } });
void handlers.savePluginData(${JSON.stringify({ ...address, value: "new" })});
`,
    );
    const child = spawnSync(process.execPath, ["--require", require.resolve("tsx/cjs"), script], {
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(__dirname, "..", "..", "tsconfig.json") },
      encoding: "utf8",
    });
    expect(child.signal).toBe("SIGKILL");
    expect(await readFile(dataFile("demo.plugin"), "utf8")).toBe(before);
    const leftovers = (await readdir(path.dirname(dataFile("demo.plugin")))).filter((name) => name.endsWith(".tmp"));
    expect(leftovers).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(path.dirname(dataFile("demo.plugin")), leftovers[0]), "utf8")).entries[0].value).toBe("new");
    const handlers = createDesktopHandlers(userData);
    expect((await handlers.getPluginData(address)).record?.value).toBe("old");
    await handlers.savePluginData({ ...address, value: "after" });
    expect((await handlers.getPluginData(address)).record?.value).toBe("after");
  });

  it("turns an unexpected fault into an internal IpcError without a stack", async () => {
    const error = await failureOf(createDesktopHandlers(userData, { hooks: crash() }).savePluginData({ ...address, value: 1 }));
    expect(error).toEqual({ code: "internal", message: expect.any(String) });
  });

  it.each([
    ["garbage", "not json at all"],
    ["a truncated file", '{"schemaVersion":1,"pluginId":"demo.plugin","entries":[{"pluginId":"demo.plu'],
    ["a file of another shape", '{"schemaVersion":1,"pluginId":"demo.plugin","entries":[{"key":"x"}]}'],
  ])("quarantines and reports %s instead of resetting it", async (_label, contents) => {
    await mkdir(path.dirname(dataFile("demo.plugin")), { recursive: true });
    await writeFile(dataFile("demo.plugin"), contents);
    const handlers = createDesktopHandlers(userData);
    const error = await failureOf(handlers.getPluginData(address));
    expect(error.code).toBe("state_corrupt");
    const quarantined = (await readdir(path.dirname(dataFile("demo.plugin")))).filter((name) =>
      name.startsWith("demo.plugin.json.corrupt-"),
    );
    expect(quarantined).toHaveLength(1);
    expect(await readFile(path.join(path.dirname(dataFile("demo.plugin")), quarantined[0]), "utf8")).toBe(contents);
    expect(error.message).toContain(quarantined[0]);
    await expect(handlers.getPluginData(address)).resolves.toEqual({ record: null });
    await handlers.savePluginData({ ...address, value: "fresh" });
    expect((await handlers.getPluginData(address)).record?.value).toBe("fresh");
  });
});

describe("capability grants", () => {
  const grants: PluginCapabilityGrants = {
    schemaVersion: 1,
    grants: [
      {
        pluginId: "demo.plugin",
        capabilities: ["storage.local", "ui.panels"],
        approvedOrigins: ["https://plugins.example.com"],
        updatedAt: "2026-01-02T03:04:05.000Z",
      },
    ],
  };

  it("starts empty, saves and reads back the document", async () => {
    const handlers = createDesktopHandlers(userData);
    await expect(handlers.getCapabilityGrants()).resolves.toEqual({ schemaVersion: 1, grants: [] });
    await expect(handlers.saveCapabilityGrants(grants)).resolves.toEqual(grants);
    await expect(createDesktopHandlers(userData).getCapabilityGrants()).resolves.toEqual(grants);
  });

  it.each([
    ["an unknown capability", { ...grants, grants: [{ ...grants.grants[0], capabilities: ["root.shell"] }] }],
    ["a wrong schemaVersion", { ...grants, schemaVersion: 2 }],
    ["an origin with a path", { ...grants, grants: [{ ...grants.grants[0], approvedOrigins: ["https://x.example/path"] }] }],
    ["two entries for one plugin", { ...grants, grants: [grants.grants[0], grants.grants[0]] }],
  ])("refuses %s with invalid_request and keeps the stored document", async (_label, request) => {
    const handlers = createDesktopHandlers(userData);
    await handlers.saveCapabilityGrants(grants);
    expect((await failureOf(handlers.saveCapabilityGrants(request))).code).toBe("invalid_request");
    await expect(handlers.getCapabilityGrants()).resolves.toEqual(grants);
  });

  it("keeps the old grants when the process dies between write and rename", async () => {
    await createDesktopHandlers(userData).saveCapabilityGrants(grants);
    await expect(
      createDesktopHandlers(userData, { hooks: crash() }).saveCapabilityGrants({ schemaVersion: 1, grants: [] }),
    ).rejects.toThrow();
    await expect(createDesktopHandlers(userData).getCapabilityGrants()).resolves.toEqual(grants);
  });

  it("quarantines a corrupt grants file and reports it", async () => {
    await mkdir(pluginStatePathOf(userData), { recursive: true });
    await writeFile(grantsFile(), '{"schemaVersion":1,"grants":[{"pluginId":"demo.plugin","capabilities":["storage.lo');
    const handlers = createDesktopHandlers(userData);
    expect((await failureOf(handlers.getCapabilityGrants())).code).toBe("state_corrupt");
    expect((await readdir(pluginStatePathOf(userData))).filter((n) => n.startsWith("capability-grants.json.corrupt-"))).toHaveLength(1);
    await expect(handlers.getCapabilityGrants()).resolves.toEqual({ schemaVersion: 1, grants: [] });
  });
});

describe("readLocalPluginFile", () => {
  let root: string;
  let outside: string;

  beforeEach(async () => {
    root = path.join(pluginsPathOf(userData), "reader");
    outside = path.join(userData, "outside");
    await mkdir(path.join(root, "dist"), { recursive: true });
    await mkdir(outside);
    await writeFile(path.join(root, "toju-plugin.json"), JSON.stringify({ id: "reader", entrypoint: "dist/main.js" }));
    await writeFile(path.join(root, "dist", "main.js"), "export const hello = 'world';\n");
    await writeFile(path.join(outside, "secret.txt"), "top secret");
    await symlink(path.join(outside, "secret.txt"), path.join(root, "dist", "leak.txt"));
    await symlink(outside, path.join(root, "linked-outside"));
    await mkdir(path.join(pluginsPathOf(userData), "refused"));
    await writeFile(
      path.join(pluginsPathOf(userData), "refused", "toju-plugin.json"),
      JSON.stringify({ entrypoint: "../reader/dist/main.js" }),
    );
    await writeFile(path.join(pluginsPathOf(userData), "refused", "own.js"), "export {};\n");
    spawnSync("mkfifo", [path.join(root, "dist", "pipe.js")]);
  });

  it("returns a file of a discovered plugin with its media type and bytes", async () => {
    const file = await createDesktopHandlers(userData).readLocalPluginFile({ pluginRoot: root, path: "dist/main.js" });
    expect(validateLocalPluginFile(file)).toBe(true);
    expect(file).toMatchObject({ path: path.join(root, "dist", "main.js"), mediaType: "text/javascript", size: 30 });
    expect(Buffer.from(file.contentBase64, "base64").toString()).toBe("export const hello = 'world';\n");
  });

  it.each([
    ["a symlink to a file outside", "dist/leak.txt", "path_outside_root"],
    ["a symlinked folder outside", "linked-outside/secret.txt", "path_outside_root"],
    ["a `..` path", "../outside/secret.txt", "invalid_request"],
    ["a backslash `..` path", "dist\\..\\..\\x", "invalid_request"],
    ["an absolute path", "/etc/hostname", "invalid_request"],
    ["a drive path", "C:\\secret.txt", "invalid_request"],
    ["a NUL byte", "dist/main.js\u0000.png", "invalid_request"],
    ["a missing file", "dist/none.js", "not_found"],
    ["a folder", "dist", "not_found"],
    ["a FIFO (answered at once, never waited on)", "dist/pipe.js", "not_found"],
  ])("refuses %s", async (_label, relative, code) => {
    const error = await failureOf(createDesktopHandlers(userData).readLocalPluginFile({ pluginRoot: root, path: relative }));
    expect(error.code).toBe(code);
    expect(JSON.stringify(error)).not.toContain("top secret");
  });

  it.each([
    ["a folder that is not a discovered plugin", () => outside],
    ["the plugins folder itself", () => pluginsPathOf(userData)],
    ["a plugin that discovery refused", () => path.join(pluginsPathOf(userData), "refused")],
    ["a root spelled differently", () => `${root}/dist/..`],
  ])("refuses %s as a root", async (_label, pluginRoot) => {
    const error = await failureOf(createDesktopHandlers(userData).readLocalPluginFile({ pluginRoot: pluginRoot(), path: "secret.txt" }));
    expect(error.code).toBe("not_found");
  });
});

describe("disabled plugins", () => {
  it("starts empty, keeps the user's choice sorted and without repeats, and survives a new handler set", async () => {
    await expect(createDesktopHandlers(userData).getDisabledPlugins()).resolves.toEqual({ pluginIds: [] });
    await createDesktopHandlers(userData).saveDisabledPlugins({ pluginIds: ["zeta.plugin", "alpha", "zeta.plugin"] });
    await expect(createDesktopHandlers(userData).getDisabledPlugins()).resolves.toEqual({ pluginIds: ["alpha", "zeta.plugin"] });
  });

  it("refuses ids that are not plugin ids", async () => {
    const error = await failureOf(createDesktopHandlers(userData).saveDisabledPlugins({ pluginIds: ["../etc"] }));
    expect(error.code).toBe("invalid_request");
  });

  it("quarantines a corrupt file instead of forgetting silently", async () => {
    await mkdir(pluginStatePathOf(userData), { recursive: true });
    await writeFile(path.join(pluginStatePathOf(userData), "disabled-plugins.json"), "{ truncated");
    const error = await failureOf(createDesktopHandlers(userData).getDisabledPlugins());
    expect(error.code).toBe("state_corrupt");
    await expect(createDesktopHandlers(userData).getDisabledPlugins()).resolves.toEqual({ pluginIds: [] });
  });
});

describe("plugin client data (settings values)", () => {
  const settings = {
    type: "object",
    properties: { theme: { enum: ["light", "dark"] }, previews: { type: "integer", minimum: 0, maximum: 10 } },
    additionalProperties: false,
  };

  beforeEach(async () => {
    const root = path.join(pluginsPathOf(userData), "with-settings");
    await mkdir(root, { recursive: true });
    await writeFile(
      path.join(root, "toju-plugin.json"),
      JSON.stringify({
        schemaVersion: 1,
        id: "with.settings",
        title: "With settings",
        description: "Has a settings schema.",
        version: "1.0.0",
        apiVersion: "1",
        kind: "client",
        compatibility: { minimumTojuVersion: "1.0.0" },
        entrypoint: "index.js",
        settings,
      }),
    );
    await writeFile(path.join(root, "index.js"), "export {};\n");
  });

  it("reads empty values, stores values the settings schema accepts and reads them back", async () => {
    await expect(createDesktopHandlers(userData).getPluginClientData({ pluginId: "with.settings" })).resolves.toEqual({
      pluginId: "with.settings",
      values: {},
    });
    const saved = await createDesktopHandlers(userData).savePluginClientData({
      pluginId: "with.settings",
      values: { theme: "dark", previews: 3 },
    });
    expect(saved).toMatchObject({ pluginId: "with.settings", values: { theme: "dark", previews: 3 } });
    await expect(createDesktopHandlers(userData).getPluginClientData({ pluginId: "with.settings" })).resolves.toEqual(saved);
  });

  it("refuses values the settings schema rejects, with the offending path", async () => {
    const error = await failureOf(
      createDesktopHandlers(userData).savePluginClientData({ pluginId: "with.settings", values: { previews: 99 } }),
    );
    expect(error.code).toBe("invalid_request");
    expect(error.details).toContainEqual(expect.objectContaining({ path: "/previews" }));
  });

  it("refuses values for a plugin that is not installed", async () => {
    const error = await failureOf(createDesktopHandlers(userData).savePluginClientData({ pluginId: "not.installed", values: {} }));
    expect(error.code).toBe("not_found");
  });
});

describe("per-user desktop state", () => {
  it("keeps grants, disabled choices, plugin data and approved origins apart for two users and the signed-out device", async () => {
    const handlers = createDesktopHandlers(userData);
    const grant = (pluginId: string) => ({ pluginId, capabilities: ["storage.local" as const], updatedAt: "2026-12-01T00:00:00.000Z" });
    await handlers.saveCapabilityGrants({
      profileId: "alice",
      schemaVersion: 1,
      grants: [grant("alice.plugin")],
      approvedInstallOrigins: ["https://a.example"],
    });
    await handlers.saveCapabilityGrants({ profileId: "bob", schemaVersion: 1, grants: [grant("bob.plugin")] });
    await handlers.saveDisabledPlugins({ profileId: "alice", pluginIds: ["dice-roller"] });
    await handlers.savePluginData({ profileId: "bob", pluginId: "notes", scope: "plugin", key: "draft", value: "bob's" });

    const alice = await handlers.getCapabilityGrants({ profileId: "alice" });
    expect(alice).toMatchObject({
      profileId: "alice",
      grants: [{ pluginId: "alice.plugin" }],
      approvedInstallOrigins: ["https://a.example"],
    });
    expect((await handlers.getCapabilityGrants({ profileId: "bob" })).grants.map((g) => g.pluginId)).toEqual(["bob.plugin"]);
    expect(await handlers.getCapabilityGrants({})).toEqual({ schemaVersion: 1, grants: [] });
    expect(await handlers.getCapabilityGrants()).toEqual({ schemaVersion: 1, grants: [] });
    expect(await handlers.getDisabledPlugins({ profileId: "bob" })).toEqual({ profileId: "bob", pluginIds: [] });
    expect(await handlers.getDisabledPlugins({ profileId: "alice" })).toEqual({ profileId: "alice", pluginIds: ["dice-roller"] });
    const address = { pluginId: "notes", scope: "plugin" as const, key: "draft" };
    expect((await handlers.getPluginData({ profileId: "bob", ...address })).record?.value).toBe("bob's");
    expect((await handlers.getPluginData({ profileId: "alice", ...address })).record).toBeNull();
  });

  it("refuses a profile id that is not an entity id (no path tricks)", async () => {
    const error = await failureOf(createDesktopHandlers(userData).getDisabledPlugins({ profileId: "../../etc" }));
    expect(error.code).toBe("invalid_request");
  });
});
