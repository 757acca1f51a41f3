// The facade: every method of the SDK's capability table asserts its own grant before its port runs.
import {
  PluginApiArgumentError,
  PluginCapabilityError,
  pluginApiMethods,
  type PluginApiMethodKind,
  type TojuClientPluginApi,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import { capabilityValues, type Capability } from "@toju/generated/types/contract";
import { createPluginClientApi, PluginClientApiService } from "./plugin-client-api";
import type { CapabilityGate, HostPorts, PluginClientApiPorts } from "./plugin-host-ports";

const pluginId = "dice-roller";
type Table<V> = Record<string, Record<string, V>>;
const methodTable = pluginApiMethods as Table<{ capability: Capability; kind: PluginApiMethodKind }>;
const tableMethods = Object.entries(methodTable).flatMap(([subsystem, methods]) =>
  Object.entries(methods).map(([method, { capability, kind }]) => ({ subsystem, method, capability, kind })),
);

class FakeGrants implements CapabilityGate {
  granted = new Set<string>();
  assert(id: string, capability: Capability) {
    if (id !== pluginId || !this.granted.has(capability)) throw new PluginCapabilityError(id, capability);
  }
}

const resultOf = (subsystem: string, method: string) => `${subsystem}.${method} result`;

function recordingPorts() {
  const host: Table<jest.Mock> = {};
  for (const { subsystem, method, kind } of tableMethods) {
    host[subsystem] ??= {};
    host[subsystem][method] =
      kind === "async" ? jest.fn(async () => resultOf(subsystem, method)) : jest.fn(() => resultOf(subsystem, method));
  }
  const log = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  const context = { serverId: jest.fn(() => "server-1"), channelId: jest.fn(() => undefined as string | undefined) };
  return { ports: { host: host as unknown as HostPorts, log, context } satisfies PluginClientApiPorts, host, log, context };
}

function setup() {
  const recording = recordingPorts();
  const grants = new FakeGrants();
  const api = createPluginClientApi(pluginId, recording.ports, grants);
  const call = (subsystem: string, method: string, ...args: unknown[]) =>
    (api as unknown as Table<(...args: unknown[]) => unknown>)[subsystem][method](...args);
  return { ...recording, grants, api, call };
}

const sampleArgs = ["alpha", { n: 1 }];

describe("createPluginClientApi over the whole capability table", () => {
  it("exposes exactly the table's methods, plus logger, context and dom", () => {
    const { api } = setup();
    expect(Object.keys(api).sort()).toEqual([...Object.keys(pluginApiMethods), "context", "dom", "logger"].sort());
    for (const [subsystem, methods] of Object.entries(methodTable)) {
      expect(Object.keys((api as unknown as Table<unknown>)[subsystem]).sort()).toEqual(Object.keys(methods).sort());
    }
    expect(tableMethods).toHaveLength(35);
  });

  it.each(tableMethods)(
    "$subsystem.$method refuses without $capability even with every other grant, and never reaches its port",
    async ({ subsystem, method, capability, kind }) => {
      const { grants, host, call } = setup();
      grants.granted = new Set(capabilityValues.filter((other) => other !== capability));
      if (kind === "sync") {
        expect(() => call(subsystem, method, ...sampleArgs)).toThrow(
          expect.objectContaining({ name: "PluginCapabilityError", pluginId, capability }),
        );
      } else {
        let pending: unknown;
        expect(() => (pending = call(subsystem, method, ...sampleArgs))).not.toThrow();
        await expect(pending).rejects.toBeInstanceOf(PluginCapabilityError);
        await expect(pending).rejects.toMatchObject({ pluginId, capability, code: "capability_not_granted" });
      }
      expect(host[subsystem][method]).not.toHaveBeenCalled();
    },
  );

  it.each(tableMethods)(
    "$subsystem.$method calls its port with the plugin id once $capability is granted",
    async ({ subsystem, method, capability, kind }) => {
      const { grants, host, call } = setup();
      grants.granted = new Set([capability]);
      const result = call(subsystem, method, ...sampleArgs);
      if (kind === "async") expect(result).toBeInstanceOf(Promise);
      expect(await result).toBe(resultOf(subsystem, method));
      expect(host[subsystem][method]).toHaveBeenCalledTimes(1);
      expect(host[subsystem][method]).toHaveBeenCalledWith(pluginId, ...sampleArgs);
    },
  );
});

describe("createPluginClientApi construction", () => {
  it("refuses a bad plugin id and a port that lacks a method", () => {
    const { ports } = recordingPorts();
    for (const bad of ["__proto__", "Nope", ""])
      expect(() => createPluginClientApi(bad, ports, new FakeGrants())).toThrow(expect.objectContaining({ code: "invalid_plugin_id" }));
    const { storage, ...withoutStorage } = ports.host;
    expect(storage).toBeDefined();
    expect(() =>
      createPluginClientApi(
        pluginId,
        { ...ports, host: { ...withoutStorage, storage: { get: storage.get, set: storage.set } } as HostPorts },
        new FakeGrants(),
      ),
    ).toThrow("storage.delete");
  });

  it("is frozen, so a plugin cannot swap a method for its own", () => {
    const { api } = setup();
    expect(() => ((api.storage as { get: unknown }).get = () => "mine")).toThrow(TypeError);
    expect(() => ((api as { storage: unknown }).storage = {})).toThrow(TypeError);
  });

  it("hands out one facade per plugin from PluginClientApiService", async () => {
    const { ports, host } = recordingPorts();
    const grants = new FakeGrants();
    grants.granted.add("channels.read");
    const api = new PluginClientApiService(ports, grants).createApi(pluginId);
    await api.channels.list();
    expect(host.channels.list).toHaveBeenCalledWith(pluginId);
  });

  it("turns a port that throws inside an async method into a rejection", async () => {
    const { grants, host, api } = setup();
    grants.granted.add("profile.read");
    host.profile.get.mockImplementation(() => {
      throw new Error("port fault");
    });
    let pending: Promise<unknown> | undefined;
    expect(() => (pending = api.profile.get())).not.toThrow();
    await expect(pending).rejects.toThrow("port fault");
  });
});

describe("data methods", () => {
  const dataMethods = [
    ["storage", "get", "storage.local"],
    ["storage", "set", "storage.local"],
    ["storage", "delete", "storage.local"],
    ["serverData", "get", "storage.serverData"],
    ["serverData", "set", "storage.serverData"],
    ["serverData", "delete", "storage.serverData"],
    ["clientData", "get", "clientData.read"],
    ["clientData", "set", "clientData.write"],
  ] as const;

  it.each(dataMethods)(
    "%s.%s rejects keys outside the data key pattern without reaching the port",
    async (subsystem, method, capability) => {
      const { grants, host, call } = setup();
      grants.granted.add(capability);
      for (const key of ["__proto__", "Upper", "", "1abc", "a".repeat(65), "a/b", "a b", 42, undefined, { toString: () => "ok" }]) {
        await expect(call(subsystem, method, key, 1)).rejects.toMatchObject({
          name: "PluginApiArgumentError",
          code: "invalid_data_key",
          pluginId,
          method: `${subsystem}.${method}`,
        });
      }
      expect(host[subsystem][method]).not.toHaveBeenCalled();
    },
  );

  it("checks the grant before the arguments", async () => {
    const { call } = setup();
    await expect(call("storage", "set", "__proto__", () => 1)).rejects.toBeInstanceOf(PluginCapabilityError);
  });

  it.each([["storage"], ["serverData"], ["clientData"]])(
    "%s.set refuses values that are not plain JSON or exceed 1 MiB",
    async (subsystem) => {
      const { grants, host, call } = setup();
      grants.granted = new Set(capabilityValues);
      const refusals: [unknown, string][] = [
        [() => 1, "value_not_serializable"],
        [undefined, "value_not_serializable"],
        [new Date(0), "value_not_serializable"],
        [{ n: NaN }, "value_not_serializable"],
        ["x".repeat(2 * 1024 * 1024), "value_too_large"],
      ];
      for (const [value, code] of refusals) {
        const pending = call(subsystem, "set", "alpha", value);
        await expect(pending).rejects.toBeInstanceOf(PluginApiArgumentError);
        await expect(pending).rejects.toMatchObject({
          code,
          message: expect.stringContaining(`${subsystem}.set: the value of 'alpha' is refused`),
        });
      }
      expect(host[subsystem].set).not.toHaveBeenCalled();
    },
  );

  it("hands the port a checked copy, so later changes by the plugin do not leak through", async () => {
    const { grants, host, api } = setup();
    grants.granted.add("storage.local");
    const value = { list: [1, 2], nested: { a: "b" } };
    await api.storage.set("settings.v1", value);
    value.list.push(3);
    const stored = host.storage.set.mock.calls[0][2];
    expect(stored).toEqual({ list: [1, 2], nested: { a: "b" } });
    expect(stored).not.toBe(value);
  });

  it("accepts a key named like an Object.prototype member as an ordinary key", async () => {
    const { grants, host, api } = setup();
    grants.granted.add("storage.local");
    await api.storage.get("constructor");
    expect(host.storage.get).toHaveBeenCalledWith(pluginId, "constructor");
  });
});

describe("logger and context", () => {
  const deny: CapabilityGate = {
    assert: (id, capability) => {
      throw new PluginCapabilityError(id, capability);
    },
  };

  it("logs with the plugin id in front and needs no grant", () => {
    const { ports, log } = recordingPorts();
    const api = createPluginClientApi(pluginId, ports, deny);
    api.logger.info("rolled", 6);
    api.logger.error(new Error("oops"));
    expect(log.info).toHaveBeenCalledWith("[plugin dice-roller]", "rolled", 6);
    expect(log.error).toHaveBeenCalledWith("[plugin dice-roller]", new Error("oops"));
  });

  it("never throws from the logger, whatever the sink does", () => {
    const { ports } = recordingPorts();
    const throwing = () => {
      throw new Error("sink down");
    };
    const api = createPluginClientApi(
      pluginId,
      { ...ports, log: { debug: throwing, info: throwing, warn: throwing, error: throwing } },
      deny,
    );
    for (const level of ["debug", "info", "warn", "error"] as const) expect(() => api.logger[level]({ toString: throwing })).not.toThrow();
  });

  it("describes the plugin and reads the current server live, without a grant", () => {
    const { ports, context } = recordingPorts();
    const api: TojuClientPluginApi = createPluginClientApi(pluginId, ports, deny);
    expect(api.context).toEqual({ pluginId, apiVersion: "1", serverId: "server-1", channelId: undefined });
    context.serverId.mockReturnValue("server-2");
    context.channelId.mockImplementation(() => {
      throw new Error("shell not ready");
    });
    expect(api.context.serverId).toBe("server-2");
    expect(api.context.channelId).toBeUndefined();
    expect(() => ((api.context as { pluginId: string }).pluginId = "someone-else")).toThrow(TypeError);
  });
});
