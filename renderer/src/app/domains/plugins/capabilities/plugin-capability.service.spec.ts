// PluginCapabilityService: grants, origins, persistence, the desktop mirror and hostile input.
import { PluginCapabilityError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginCapabilityGrants } from "@toju/generated/types/contract";
import { validatePluginCapabilityGrants } from "@toju/generated/validators/index";
import { createBridgeClient } from "@toju/contracts/desktop/bridge-client";
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import { PLUGIN_CAPABILITY_GRANTS_KEY } from "./capability-grants-document";
import { type CapabilityGrantsDesktopPort, type CapabilityGrantsStoragePort, localStorageGrantsPort } from "./capability-grants-ports";
import { type GrantsStateProblem, PluginCapabilityService } from "./plugin-capability.service";
import { PluginGrantError } from "./plugin-grant-error";

class MemoryStorage implements CapabilityGrantsStoragePort {
  failWrites = false;
  private watcher: (() => void) | undefined;
  constructor(public text: string | null = null) {}
  read() {
    return this.text;
  }
  write(text: string) {
    if (this.failWrites) throw new Error("QuotaExceededError");
    this.text = text;
  }
  watch(listener: () => void) {
    this.watcher = listener;
    return { dispose: () => (this.watcher = undefined) };
  }
  changeFromAnotherWindow(text: string | null) {
    this.text = text;
    this.watcher?.();
  }
  stored(): PluginCapabilityGrants {
    return JSON.parse(this.text ?? "null");
  }
}

class FakeDesktop implements CapabilityGrantsDesktopPort {
  saved: PluginCapabilityGrants[] = [];
  failure: unknown;
  constructor(public file: unknown = { schemaVersion: 1, grants: [] }) {}
  async getCapabilityGrants() {
    if (this.failure) throw this.failure;
    return this.file as PluginCapabilityGrants;
  }
  async saveCapabilityGrants(grants: PluginCapabilityGrants) {
    if (this.failure) throw this.failure;
    this.saved.push(grants);
    this.file = grants;
    return grants;
  }
}

const manifest = (capabilities: string[], id = "dice-roller") => ({ id, capabilities }) as never;

function setup(options: { stored?: string | null; desktop?: CapabilityGrantsDesktopPort; clock?: string[] } = {}) {
  const storage = new MemoryStorage(options.stored ?? null);
  const problems: GrantsStateProblem[] = [];
  const listenerErrors: unknown[] = [];
  const clock = [...(options.clock ?? [])];
  const service = new PluginCapabilityService({
    storage,
    desktop: options.desktop,
    now: () => new Date(clock.length > 1 ? clock.shift()! : (clock[0] ?? "2026-03-01T10:00:00.000Z")),
    onStateProblem: (problem) => problems.push(problem),
    onListenerError: (error) => listenerErrors.push(error),
  });
  return { service, storage, problems, listenerErrors };
}

const stored = (grants: PluginCapabilityGrants["grants"]) => JSON.stringify({ schemaVersion: 1, grants });

describe("PluginCapabilityService grants", () => {
  it("starts with no grants and asserts with PluginCapabilityError", () => {
    const { service, problems } = setup();
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(false);
    expect(() => service.assert("dice-roller", "ui.pages")).toThrow(PluginCapabilityError);
    expect(() => service.assert("dice-roller", "ui.pages")).toThrow(
      expect.objectContaining({ pluginId: "dice-roller", capability: "ui.pages", code: "capability_not_granted" }),
    );
    expect(problems).toEqual([]);
  });

  it("grants, revokes and keeps plugins apart", () => {
    const { service } = setup();
    service.grant("dice-roller", "ui.pages");
    service.grant("dice-roller", "messages.send");
    service.grant("other-plugin", "ui.panels");
    expect(() => service.assert("dice-roller", "ui.pages")).not.toThrow();
    expect(service.isGranted("other-plugin", "ui.pages")).toBe(false);
    service.revoke("dice-roller", "ui.pages");
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(false);
    expect(service.grantedCapabilities("dice-roller")).toEqual(["messages.send"]);
  });

  it("refuses unknown capabilities and bad plugin ids without storing anything", () => {
    const { service, storage } = setup();
    expect(() => service.grant("dice-roller", "everything" as never)).toThrow(expect.objectContaining({ code: "unknown_capability" }));
    expect(() => service.grant("__proto__", "ui.pages")).toThrow(expect.objectContaining({ code: "invalid_plugin_id" }));
    expect(() => service.revoke("dice-roller", "__proto__" as never)).toThrow(PluginGrantError);
    expect(() => service.grantAll(manifest(["ui.pages", "root"]))).toThrow(expect.objectContaining({ code: "unknown_capability" }));
    expect(() => service.grantAll({ id: "dice-roller", capabilities: "ui.pages" } as never)).toThrow(PluginGrantError);
    expect(storage.text).toBeNull();
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(false);
  });

  it("answers prototype names as ungranted and keeps Object.prototype clean", () => {
    const { service } = setup();
    service.grant("constructor", "ui.pages");
    expect(service.isGranted("constructor", "ui.pages")).toBe(true);
    for (const pluginId of ["__proto__", "toString", "hasOwnProperty"]) expect(service.isGranted(pluginId, "ui.pages")).toBe(false);
    expect(service.isGranted("constructor", "constructor")).toBe(false);
    expect(service.isGranted(undefined as never, "ui.pages")).toBe(false);
    expect(() => service.assert("__proto__", "ui.pages")).toThrow(PluginCapabilityError);
    expect(() => service.assert("dice-roller", "nope" as never)).toThrow(PluginCapabilityError);
    expect(({} as Record<string, unknown>)["ui.pages"]).toBeUndefined();
  });

  it("grantAll grants exactly the manifest's capabilities and keeps approved origins", () => {
    const { service } = setup();
    service.grant("dice-roller", "storage.local");
    service.approveOrigin("dice-roller", "https://plugins.example.com/dice.js");
    service.grantAll(manifest(["ui.pages", "messages.send", "ui.pages"]));
    expect(service.grantedCapabilities("dice-roller")).toEqual(["ui.pages", "messages.send"]);
    expect(service.isOriginApproved("dice-roller", "https://plugins.example.com/other.js")).toBe(true);
    service.grantAll({ id: "dice-roller" } as never);
    expect(service.grantedCapabilities("dice-roller")).toEqual([]);
  });

  it("lists what an update asks for that the user has not granted, and never grants it silently", () => {
    const { service } = setup();
    service.grantAll(manifest(["ui.pages"]));
    const update = manifest(["ui.pages", "messages.send", "p2p.send"]);
    expect(service.missingCapabilities(update)).toEqual(["messages.send", "p2p.send"]);
    expect(service.isGranted("dice-roller", "messages.send")).toBe(false);
    expect(service.missingCapabilities(manifest(["ui.pages"]))).toEqual([]);
    expect(() => service.missingCapabilities(manifest(["ui.pages", "all"]))).toThrow(
      expect.objectContaining({ code: "unknown_capability" }),
    );
  });

  it("revokeAll removes capabilities and origins but leaves a newer, empty entry", () => {
    const { service } = setup({ clock: ["2026-03-01T10:00:00.000Z", "2026-03-01T11:00:00.000Z", "2026-03-01T12:00:00.000Z"] });
    service.grant("dice-roller", "ui.pages");
    service.approveOrigin("dice-roller", "https://plugins.example.com");
    service.revokeAll("dice-roller");
    expect(service.grantedCapabilities("dice-roller")).toEqual([]);
    expect(service.approvedOrigins("dice-roller")).toEqual([]);
    expect(service.document().grants).toEqual([{ pluginId: "dice-roller", capabilities: [], updatedAt: "2026-03-01T12:00:00.000Z" }]);
  });

  it("stamps every change after the previous one even when the clock goes back", () => {
    const { service } = setup({ clock: ["2026-03-01T10:00:00.000Z", "2020-01-01T00:00:00.000Z"] });
    service.grant("dice-roller", "ui.pages");
    service.grant("dice-roller", "ui.panels");
    expect(service.document().grants[0].updatedAt).toBe("2026-03-01T10:00:00.001Z");
  });
});

describe("PluginCapabilityService origins", () => {
  it("approves bundle origins and matches URLs by origin", () => {
    const { service } = setup();
    service.approveOrigin("dice-roller", "https://plugins.example.com/dice/1.0.0/index.js");
    service.approveOrigin("dice-roller", "https://plugins.example.com");
    expect(service.approvedOrigins("dice-roller")).toEqual(["https://plugins.example.com"]);
    expect(service.isOriginApproved("dice-roller", "https://plugins.example.com/dice/2.0.0/index.js")).toBe(true);
    expect(service.isOriginApproved("dice-roller", "https://plugins.example.com:8443/x.js")).toBe(false);
    expect(service.isOriginApproved("dice-roller", "https://evil.example/x.js")).toBe(false);
    expect(service.isOriginApproved("other-plugin", "https://plugins.example.com/x.js")).toBe(false);
    expect(service.isOriginApproved("dice-roller", "not a url")).toBe(false);
  });

  it("refuses insecure origins and more than 16 per plugin", () => {
    const { service } = setup();
    expect(() => service.approveOrigin("dice-roller", "http://plugins.example.com")).toThrow(
      expect.objectContaining({ code: "invalid_origin" }),
    );
    for (let index = 0; index < 16; index++) service.approveOrigin("dice-roller", `https://host${index}.example`);
    expect(() => service.approveOrigin("dice-roller", "https://one-too-many.example")).toThrow(
      expect.objectContaining({ code: "too_many_origins" }),
    );
    expect(service.approvedOrigins("dice-roller")).toHaveLength(16);
  });
});

describe("PluginCapabilityService storage", () => {
  it("writes a contract-valid document under the grants key after every change", () => {
    const { service, storage } = setup();
    service.grant("dice-roller", "ui.pages");
    service.approveOrigin("dice-roller", "https://plugins.example.com");
    expect(validatePluginCapabilityGrants(storage.stored())).toBe(true);
    expect(storage.stored().grants).toEqual([
      {
        pluginId: "dice-roller",
        capabilities: ["ui.pages"],
        approvedOrigins: ["https://plugins.example.com"],
        updatedAt: expect.any(String),
      },
    ]);
    const reloaded = new PluginCapabilityService({ storage });
    expect(reloaded.isGranted("dice-roller", "ui.pages")).toBe(true);
  });

  it.each([
    ["garbage", "not json at all"],
    ["an unknown capability", stored([{ pluginId: "dice-roller", capabilities: ["root" as never], updatedAt: "2026-01-01T00:00:00Z" }])],
    [
      "a second entry for the same plugin",
      stored([
        { pluginId: "dice-roller", capabilities: ["ui.pages"], updatedAt: "2026-01-01T00:00:00Z" },
        { pluginId: "dice-roller", capabilities: ["messages.send"], updatedAt: "2026-01-01T00:00:00Z" },
      ]),
    ],
    [
      "a huge document",
      stored(
        Array.from({ length: 1025 }, (_, index) => ({
          pluginId: `plugin-${index}`,
          capabilities: ["ui.pages" as const],
          updatedAt: "2026-01-01T00:00:00Z",
        })),
      ),
    ],
  ])("reports a stored document with %s and grants nothing from it", (_, text) => {
    const { service, problems } = setup({ stored: text });
    expect(problems).toEqual([expect.objectContaining({ source: "localStorage", code: "corrupt" })]);
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(false);
    expect(service.isGranted("plugin-1", "ui.pages")).toBe(false);
    expect(service.document().grants).toEqual([]);
  });

  it("keeps a change in memory and reports it when localStorage refuses the write", () => {
    const { service, storage, problems } = setup();
    storage.failWrites = true;
    service.grant("dice-roller", "ui.pages");
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(true);
    expect(problems).toEqual([expect.objectContaining({ source: "localStorage", code: "write_failed" })]);
  });

  it("reports unreadable storage and starts with no grants", () => {
    const problems: GrantsStateProblem[] = [];
    const service = new PluginCapabilityService({
      storage: {
        read: () => {
          throw new Error("SecurityError");
        },
        write: () => undefined,
      },
      onStateProblem: (problem) => problems.push(problem),
    });
    expect(problems).toEqual([{ source: "localStorage", code: "unavailable", message: "SecurityError" }]);
    expect(service.document().grants).toEqual([]);
  });

  it("adopts a change another window made, and narrows to nothing when that change is corrupt", () => {
    const { service, storage, problems } = setup();
    const changes: unknown[] = [];
    service.onChange((change) => changes.push(change));
    storage.changeFromAnotherWindow(stored([{ pluginId: "dice-roller", capabilities: ["ui.pages"], updatedAt: "2026-01-01T00:00:00Z" }]));
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(true);
    storage.changeFromAnotherWindow('{"schemaVersion":1,"grants":[{"pluginId":"dice-roller","capabilities":["*"]}]}');
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(false);
    expect(problems).toEqual([expect.objectContaining({ source: "localStorage", code: "corrupt" })]);
    expect(changes).toEqual([{}, {}]);
  });

  it("makes room beyond 1024 entries by dropping the oldest emptied entry, and refuses when none is empty", () => {
    const grants = Array.from({ length: 1024 }, (_, index) => ({
      pluginId: `plugin-${index}`,
      capabilities: index === 5 || index === 9 ? [] : ["ui.pages" as const],
      updatedAt: `2026-01-01T00:00:${String(index % 60).padStart(2, "0")}Z`,
    }));
    const { service } = setup({ stored: stored(grants) });
    service.grant("newcomer", "ui.pages");
    expect(service.document().grants.map((grant) => grant.pluginId)).not.toContain("plugin-5");
    expect(service.document().grants).toHaveLength(1024);
    service.grant("second-newcomer", "ui.pages");
    expect(() => service.grant("third-newcomer", "ui.pages")).toThrow(expect.objectContaining({ code: "too_many_plugins" }));
  });
});

describe("PluginCapabilityService change listeners", () => {
  it("tells listeners which plugin changed, isolates a throwing listener and stops after dispose", () => {
    const { service, listenerErrors } = setup();
    const seen: unknown[] = [];
    service.onChange(() => {
      throw new Error("listener bug");
    });
    const subscription = service.onChange((change) => seen.push(change));
    service.grant("dice-roller", "ui.pages");
    service.grant("dice-roller", "ui.pages");
    subscription.dispose();
    service.revoke("dice-roller", "ui.pages");
    expect(seen).toEqual([{ pluginId: "dice-roller" }]);
    expect(listenerErrors).toEqual([new Error("listener bug"), new Error("listener bug")]);
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(false);
  });
});

describe("PluginCapabilityService desktop mirror", () => {
  const grant = (capabilities: PluginCapabilityGrants["grants"][number]["capabilities"], updatedAt: string) => ({
    pluginId: "dice-roller",
    capabilities,
    updatedAt,
  });

  it("syncs and mirrors through the desktop API as the browser bridge provides it", async () => {
    let file: unknown = { schemaVersion: 1, grants: [grant(["ui.pages"], "2026-02-02T00:00:00.000Z")] };
    const calls: string[] = [];
    const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
      calls.push(String(url));
      if (String(url).endsWith("/ipc/saveCapabilityGrants")) file = JSON.parse(String(init?.body));
      return { ok: true, status: 200, json: async () => file } as Response;
    };
    const desktop: TojuDesktopApi = createBridgeClient({ baseUrl: "http://127.0.0.1:9/desktop-bridge/", secret: "s" }, fetchImpl);
    const port: CapabilityGrantsDesktopPort = desktop;
    const { service } = setup({ desktop: port });
    await service.syncWithDesktop();
    expect(service.grantedCapabilities("dice-roller")).toEqual(["ui.pages"]);
    service.grant("dice-roller", "ui.panels");
    await service.flush();
    expect(calls).toEqual([
      "http://127.0.0.1:9/desktop-bridge/ipc/getCapabilityGrants",
      "http://127.0.0.1:9/desktop-bridge/ipc/saveCapabilityGrants",
    ]);
    expect(file).toEqual(service.document());
  });

  it("reads the bridge's IpcError answer: a quarantined file is reported as corrupt, with its message", async () => {
    const fetchImpl = async () =>
      ({ ok: false, status: 500, json: async () => ({ code: "state_corrupt", message: "moved aside" }) }) as Response;
    const { service, problems } = setup({ desktop: createBridgeClient({ baseUrl: "/desktop-bridge", secret: "s" }, fetchImpl) });
    await service.syncWithDesktop();
    expect(problems).toEqual([{ source: "desktop", code: "corrupt", message: "moved aside" }]);
  });

  it("mirrors every change to the desktop file in order", async () => {
    const desktop = new FakeDesktop();
    const { service } = setup({ desktop });
    service.grant("dice-roller", "ui.pages");
    service.grant("dice-roller", "ui.panels");
    await service.flush();
    expect(desktop.saved.map((document) => document.grants[0].capabilities)).toEqual([["ui.pages"], ["ui.pages", "ui.panels"]]);
    expect(desktop.saved.every((document) => validatePluginCapabilityGrants(document))).toBe(true);
  });

  it("takes the desktop copy when it is newer and writes it to localStorage", async () => {
    const desktop = new FakeDesktop({ schemaVersion: 1, grants: [grant(["ui.pages", "messages.send"], "2026-02-02T00:00:00.000Z")] });
    const { service, storage } = setup({ stored: stored([grant(["ui.pages"], "2026-02-01T00:00:00.000Z")]), desktop });
    const changes: unknown[] = [];
    service.onChange((change) => changes.push(change));
    await service.syncWithDesktop();
    expect(service.grantedCapabilities("dice-roller")).toEqual(["ui.pages", "messages.send"]);
    expect(storage.stored()).toEqual(desktop.file);
    expect(changes).toEqual([{}]);
    expect(desktop.saved).toEqual([]);
  });

  it("keeps the local copy when it is newer and pushes it to the desktop", async () => {
    const desktop = new FakeDesktop({ schemaVersion: 1, grants: [grant(["ui.pages", "messages.send"], "2026-02-01T00:00:00.000Z")] });
    const { service } = setup({ stored: stored([grant(["ui.pages"], "2026-02-02T00:00:00.000Z")]), desktop });
    await service.syncWithDesktop();
    await service.flush();
    expect(service.grantedCapabilities("dice-roller")).toEqual(["ui.pages"]);
    expect(desktop.saved).toEqual([service.document()]);
  });

  it("does not write back when both copies already agree", async () => {
    const document = { schemaVersion: 1 as const, grants: [grant(["ui.pages"], "2026-02-01T00:00:00.000Z")] };
    const desktop = new FakeDesktop(document);
    const { service } = setup({ stored: JSON.stringify(document), desktop });
    await service.syncWithDesktop();
    await service.flush();
    expect(desktop.saved).toEqual([]);
  });

  it("restores from the desktop file when localStorage is empty or corrupt", async () => {
    for (const text of [null, "{broken"]) {
      const desktop = new FakeDesktop({ schemaVersion: 1, grants: [grant(["ui.pages"], "2020-01-01T00:00:00.000Z")] });
      const { service, storage } = setup({ stored: text, desktop });
      await service.syncWithDesktop();
      expect(service.isGranted("dice-roller", "ui.pages")).toBe(true);
      expect(storage.stored()).toEqual(desktop.file);
    }
  });

  it("never lets a stale desktop copy bring back a revoked grant", async () => {
    const desktop = new FakeDesktop();
    const { service, storage } = setup({ desktop, clock: ["2026-03-01T10:00:00.000Z", "2026-03-01T11:00:00.000Z"] });
    service.grant("dice-roller", "messages.send");
    await service.flush();
    desktop.failure = { code: "internal", message: "disk unavailable" };
    service.revokeAll("dice-roller");
    await service.flush();
    desktop.failure = undefined;
    const restarted = new PluginCapabilityService({ storage, desktop });
    await restarted.syncWithDesktop();
    expect(restarted.isGranted("dice-roller", "messages.send")).toBe(false);
    await restarted.flush();
    expect(desktop.file).toEqual(restarted.document());
  });

  it("reports a corrupt desktop file, keeps the local grants and repairs the file", async () => {
    const quarantined = new FakeDesktop();
    quarantined.getCapabilityGrants = () => Promise.reject({ code: "state_corrupt", message: "moved aside" });
    for (const desktop of [
      new FakeDesktop({ schemaVersion: 1, grants: [{ pluginId: "dice-roller", capabilities: ["*"] }] }),
      quarantined,
    ]) {
      const { service, problems } = setup({ stored: stored([grant(["ui.pages"], "2026-02-01T00:00:00.000Z")]), desktop });
      await service.syncWithDesktop();
      await service.flush();
      expect(problems).toEqual([expect.objectContaining({ source: "desktop", code: "corrupt" })]);
      expect(service.grantedCapabilities("dice-roller")).toEqual(["ui.pages"]);
      expect(desktop.file).toEqual(service.document());
    }
  });

  it("grants nothing when both copies are corrupt", async () => {
    const desktop = Object.assign(new FakeDesktop(), { failure: { code: "state_corrupt", message: "moved aside" } });
    const { service, problems } = setup({ stored: "[]", desktop });
    await service.syncWithDesktop();
    expect(problems.map((problem) => [problem.source, problem.code])).toEqual([
      ["localStorage", "corrupt"],
      ["desktop", "corrupt"],
    ]);
    expect(service.document().grants).toEqual([]);
  });

  it("reports an unreachable desktop and a failed mirror write without losing the change", async () => {
    const desktop = Object.assign(new FakeDesktop(), { failure: { code: "internal", message: "bridge down" } });
    const { service, problems } = setup({ desktop });
    await service.syncWithDesktop();
    service.grant("dice-roller", "ui.pages");
    await service.flush();
    expect(problems).toEqual([
      { source: "desktop", code: "unavailable", message: "bridge down" },
      { source: "desktop", code: "write_failed", message: "bridge down" },
    ]);
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(true);
  });

  it("survives a reporter that throws", () => {
    const service = new PluginCapabilityService({
      storage: new MemoryStorage("{"),
      onStateProblem: () => {
        throw new Error("reporter bug");
      },
    });
    expect(service.document().grants).toEqual([]);
  });
});

describe("localStorageGrantsPort", () => {
  it("reads and writes the grants key and wakes for that key and for another window's clear()", () => {
    const items = new Map<string, string>();
    const handlers: ((event: { key: string | null }) => void)[] = [];
    const port = localStorageGrantsPort(
      { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) },
      {
        addEventListener: (_, handler) => handlers.push(handler),
        removeEventListener: (_, handler) => handlers.splice(handlers.indexOf(handler), 1),
      },
    );
    port.write("{}");
    expect(items.get(PLUGIN_CAPABILITY_GRANTS_KEY)).toBe("{}");
    expect(port.read()).toBe("{}");
    const wakes: number[] = [];
    const watching = port.watch!(() => wakes.push(1));
    handlers.forEach((handler) => handler({ key: "something_else" }));
    handlers.forEach((handler) => handler({ key: PLUGIN_CAPABILITY_GRANTS_KEY }));
    handlers.forEach((handler) => handler({ key: null }));
    watching.dispose();
    expect(wakes).toHaveLength(2);
    expect(handlers).toHaveLength(0);
  });
});

describe("PluginCapabilityService per profile", () => {
  /** The desktop's per-profile files, answered the way the desktop handlers answer them. */
  class ProfileDesktop implements CapabilityGrantsDesktopPort {
    readonly files = new Map<string, PluginCapabilityGrants>();
    readonly asked: (string | undefined)[] = [];
    async getCapabilityGrants({ profileId }: { profileId?: string }) {
      this.asked.push(profileId);
      const { profileId: _stored, ...file } = this.files.get(profileId ?? "") ?? { schemaVersion: 1 as const, grants: [] };
      return profileId === undefined ? file : { ...file, profileId };
    }
    async saveCapabilityGrants(grants: PluginCapabilityGrants) {
      this.files.set(grants.profileId ?? "", grants);
      return grants;
    }
  }

  function profiles() {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
    const desktop = new ProfileDesktop();
    const service = new PluginCapabilityService({ storage: localStorageGrantsPort(storage), desktop });
    return { items, desktop, service };
  }

  it("keeps each user's grants under a key of their own and in their own desktop file", async () => {
    const { items, desktop, service } = profiles();
    service.grant("dice-roller", "ui.pages");
    await service.switchProfile("u-alice");
    expect(service.profile).toBe("u-alice");
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(false);
    service.grant("dice-roller", "messages.send");
    await service.flush();
    expect(JSON.parse(items.get(PLUGIN_CAPABILITY_GRANTS_KEY)!).grants[0].capabilities).toEqual(["ui.pages"]);
    expect(JSON.parse(items.get(`${PLUGIN_CAPABILITY_GRANTS_KEY}:u-alice`)!)).toMatchObject({
      profileId: "u-alice",
      grants: [{ pluginId: "dice-roller", capabilities: ["messages.send"] }],
    });
    expect(desktop.files.get("u-alice")?.grants[0].capabilities).toEqual(["messages.send"]);
    expect(desktop.files.get("")?.grants[0].capabilities).toEqual(["ui.pages"]);
    await service.switchProfile(undefined);
    expect(service.grantedCapabilities("dice-roller")).toEqual(["ui.pages"]);
    expect(desktop.asked).toEqual(["u-alice", undefined]);
  });

  it("restores a user's grants from the desktop on a device that never cached them", async () => {
    const { desktop, service } = profiles();
    desktop.files.set("u-bob", {
      schemaVersion: 1,
      profileId: "u-bob",
      grants: [{ pluginId: "dice-roller", capabilities: ["ui.panels"], updatedAt: "2026-02-01T00:00:00.000Z" }],
    });
    const changes: unknown[] = [];
    service.onChange((change) => changes.push(change));
    await service.switchProfile("u-bob");
    expect(service.grantedCapabilities("dice-roller")).toEqual(["ui.panels"]);
    expect(changes).toEqual([{}, {}]);
  });

  it("never adopts a cached document that names another profile", async () => {
    const { items, service } = profiles();
    items.set(
      `${PLUGIN_CAPABILITY_GRANTS_KEY}:u-alice`,
      JSON.stringify({
        schemaVersion: 1,
        profileId: "u-mallory",
        grants: [{ pluginId: "dice-roller", capabilities: ["messages.send"], updatedAt: "2030-01-01T00:00:00.000Z" }],
      }),
    );
    await service.switchProfile("u-alice");
    expect(service.isGranted("dice-roller", "messages.send")).toBe(false);
  });

  it("drops the desktop's answer for a profile that was left while it was on its way", async () => {
    const { desktop, service } = profiles();
    desktop.files.set("u-alice", {
      schemaVersion: 1,
      profileId: "u-alice",
      grants: [{ pluginId: "dice-roller", capabilities: ["ui.pages"], updatedAt: "2026-02-01T00:00:00.000Z" }],
    });
    const leaving = service.switchProfile("u-alice");
    const back = service.switchProfile(undefined);
    await Promise.all([leaving, back]);
    expect(service.profile).toBeUndefined();
    expect(service.isGranted("dice-roller", "ui.pages")).toBe(false);
  });

  it("wakes only for another window's change of the current profile's key", () => {
    const items = new Map<string, string>();
    const handlers: ((event: { key: string | null }) => void)[] = [];
    const service = new PluginCapabilityService({
      storage: localStorageGrantsPort(
        { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) },
        { addEventListener: (_, handler) => handlers.push(handler), removeEventListener: () => undefined },
      ),
      profileId: "u-alice",
    });
    const changes: unknown[] = [];
    service.onChange((change) => changes.push(change));
    handlers.forEach((handler) => handler({ key: PLUGIN_CAPABILITY_GRANTS_KEY }));
    handlers.forEach((handler) => handler({ key: `${PLUGIN_CAPABILITY_GRANTS_KEY}:u-bob` }));
    expect(changes).toEqual([]);
    handlers.forEach((handler) => handler({ key: `${PLUGIN_CAPABILITY_GRANTS_KEY}:u-alice` }));
    handlers.forEach((handler) => handler({ key: null }));
    expect(changes).toEqual([{}, {}]);
  });

  it("carries the approved install origins through every write", async () => {
    const { desktop, service } = profiles();
    desktop.files.set("", { schemaVersion: 1, grants: [], approvedInstallOrigins: ["https://plugins.example"] });
    await service.syncWithDesktop();
    service.grant("dice-roller", "ui.pages");
    await service.flush();
    expect(desktop.files.get("")?.approvedInstallOrigins).toEqual(["https://plugins.example"]);
  });

  it("approves an install origin for the profile: stored locally and on its desktop file before it resolves", async () => {
    const { items, desktop, service } = profiles();
    await service.switchProfile("u-alice");
    expect(service.isInstallOriginApproved("https://plugins.example/poll/toju-plugin.json")).toBe(false);
    await expect(service.approveInstallOrigin("https://plugins.example/poll/toju-plugin.json")).resolves.toBe("https://plugins.example");
    expect(desktop.files.get("u-alice")?.approvedInstallOrigins).toEqual(["https://plugins.example"]);
    expect(JSON.parse(items.get(`${PLUGIN_CAPABILITY_GRANTS_KEY}:u-alice`)!).approvedInstallOrigins).toEqual(["https://plugins.example"]);
    expect(service.isInstallOriginApproved("https://plugins.example/other.json")).toBe(true);
    expect(service.isInstallOriginApproved("https://plugins.example.evil/x.json")).toBe(false);
    await service.approveInstallOrigin("https://plugins.example");
    expect(service.approvedInstallOrigins()).toEqual(["https://plugins.example"]);
    await service.switchProfile(undefined);
    expect(service.approvedInstallOrigins()).toEqual([]);
    expect(desktop.files.get("")?.approvedInstallOrigins).toBeUndefined();
  });

  it("keeps the origin approved after a sync with the desktop, and the grants of the profile untouched", async () => {
    const { desktop, service } = profiles();
    service.grant("dice-roller", "ui.pages");
    await service.approveInstallOrigin("http://127.0.0.1:4100");
    await service.syncWithDesktop();
    expect(service.approvedInstallOrigins()).toEqual(["http://127.0.0.1:4100"]);
    expect(desktop.files.get("")?.grants[0].capabilities).toEqual(["ui.pages"]);
  });

  it("refuses an origin plugin code may never come from, and rejects when the desktop could not save it", async () => {
    const { service } = profiles();
    await expect(service.approveInstallOrigin("http://plugins.example/p.json")).rejects.toMatchObject({ code: "invalid_origin" });
    const failing = setup({ desktop: Object.assign(new FakeDesktop(), { failure: { code: "internal", message: "disk full" } }) });
    await expect(failing.service.approveInstallOrigin("https://plugins.example")).rejects.toMatchObject({ message: "disk full" });
    expect(failing.problems).toContainEqual(expect.objectContaining({ source: "desktop", code: "write_failed" }));
  });
});
