import { createHash } from "node:crypto";
import type { PluginDescriptor } from "../activation/plugin-descriptor";
import { local, manifest } from "../activation/testing/plugin-manifest-builder";
import { createPluginModuleLoader, toPluginModule } from "./plugin-module-loader";

const CODE = new TextEncoder().encode("export function activate() {}");
const INTEGRITY = `sha256-${createHash("sha256").update(CODE).digest("base64")}`;

function remote(integrity?: string): PluginDescriptor {
  const m = manifest("remote-one", { bundle: { url: "https://cdn.example.com/p.js", ...(integrity ? { integrity } : {}) } });
  delete (m as { entrypoint?: string }).entrypoint;
  return { manifest: m, origin: { kind: "remote" } };
}

function loader(namespace: unknown = { activate() {} }) {
  const fetchBytes = jest.fn(async () => CODE);
  const importModule = jest.fn(async () => namespace);
  const load = createPluginModuleLoader({ approvedOrigins: () => ["https://cdn.example.com"], fetchBytes, importModule });
  return { load, fetchBytes, importModule };
}

describe("createPluginModuleLoader", () => {
  it("fetches the resolved URL, verifies the integrity and imports the bytes", async () => {
    const { load, fetchBytes, importModule } = loader();
    const module = await load(remote(INTEGRITY));
    expect(fetchBytes).toHaveBeenCalledWith("https://cdn.example.com/p.js", expect.anything());
    expect(importModule).toHaveBeenCalledWith(CODE);
    expect(typeof module.activate).toBe("function");
  });

  it("imports a local plugin's entrypoint", async () => {
    const { load, fetchBytes } = loader();
    await load(local(manifest("dice")));
    expect(fetchBytes).toHaveBeenCalledWith("file:///plugins/dice/index.js", expect.anything());
  });

  it("refuses code whose integrity does not match, before importing it", async () => {
    const { load, importModule } = loader();
    await expect(load(remote(`sha256-${"A".repeat(43)}=`))).rejects.toMatchObject({ code: "integrity_mismatch" });
    expect(importModule).not.toHaveBeenCalled();
  });

  it("refuses an unapproved origin before fetching anything", async () => {
    const fetchBytes = jest.fn(async () => CODE);
    const load = createPluginModuleLoader({ approvedOrigins: () => [], fetchBytes, importModule: async () => ({}) });
    await expect(load(remote())).rejects.toMatchObject({ code: "origin_not_approved" });
    expect(fetchBytes).not.toHaveBeenCalled();
  });
});

describe("createPluginModuleLoader for a plugin with isolation: worker", () => {
  it("hands the verified bytes to the isolated loader instead of importing them into the page", async () => {
    const isolated = { activate: jest.fn() };
    const loadIsolated = jest.fn(async () => isolated);
    const importModule = jest.fn();
    const load = createPluginModuleLoader({ approvedOrigins: () => [], fetchBytes: async () => CODE, importModule, loadIsolated });
    const plugin = local(manifest("walled", { isolation: "worker" }));
    await expect(load(plugin)).resolves.toBe(isolated);
    expect(loadIsolated).toHaveBeenCalledWith(CODE, plugin);
    expect(importModule).not.toHaveBeenCalled();
  });

  it("refuses to run it in the page when the host has no isolated loader", async () => {
    const { load, importModule } = loader();
    await expect(load(local(manifest("walled", { isolation: "worker" })))).rejects.toMatchObject({
      name: "PluginModuleLoadError",
      code: "isolation_unavailable",
    });
    expect(importModule).not.toHaveBeenCalled();
  });
});

describe("createPluginModuleLoader for a plugin installed from a URL", () => {
  function installedLoader(bytes = CODE) {
    const fetchBytes = jest.fn(async () => CODE);
    const readInstalledModule = jest.fn(async () => bytes);
    const importModule = jest.fn(async () => ({ activate() {} }));
    const load = createPluginModuleLoader({ approvedOrigins: () => [], fetchBytes, readInstalledModule, importModule });
    return { load, fetchBytes, readInstalledModule, importModule };
  }

  it("imports the downloaded module from its folder, never fetching the remote bundle, after checking its integrity", async () => {
    const { load, fetchBytes, readInstalledModule, importModule } = installedLoader();
    await load(remote(INTEGRITY));
    expect(readInstalledModule).toHaveBeenCalledTimes(1);
    expect(fetchBytes).not.toHaveBeenCalled();
    expect(importModule).toHaveBeenCalledWith(CODE);
  });

  it("refuses a downloaded module that no longer matches bundle.integrity", async () => {
    const { load, importModule } = installedLoader(new TextEncoder().encode("export function activate() { steal(); }"));
    await expect(load(remote(INTEGRITY))).rejects.toMatchObject({ code: "integrity_mismatch" });
    expect(importModule).not.toHaveBeenCalled();
  });

  it("resolves the URL as before for a plugin the port does not know as installed", async () => {
    const fetchBytes = jest.fn(async () => CODE);
    const load = createPluginModuleLoader({
      approvedOrigins: () => [],
      fetchBytes,
      readInstalledModule: () => undefined,
      importModule: async () => ({}),
    });
    await load(local(manifest("dice")));
    expect(fetchBytes).toHaveBeenCalledWith("file:///plugins/dice/index.js", expect.anything());
  });
});

describe("toPluginModule", () => {
  it("takes hooks from named exports or from the default export, bound to it", async () => {
    const plugin = {
      calls: 0,
      activate() {
        this.calls++;
      },
    };
    const module = toPluginModule({ default: plugin, ready: () => undefined });
    await module.activate!({} as never);
    expect(plugin.calls).toBe(1);
    expect(typeof module.ready).toBe("function");
    expect(module.deactivate).toBeUndefined();
  });

  it("refuses a hook that is not a function and a module that is not an object", () => {
    expect(() => toPluginModule({ activate: 42 })).toThrow(expect.objectContaining({ code: "invalid_module" }));
    expect(() => toPluginModule(undefined)).toThrow(expect.objectContaining({ code: "invalid_module" }));
  });
});
