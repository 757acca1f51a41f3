import type { PluginDescriptor } from "../activation/plugin-descriptor";
import { local, manifest } from "../activation/testing/plugin-manifest-builder";
import { resolveModuleUrl } from "./module-url";

const APPROVED = { approvedOrigins: ["https://cdn.example.com", "http://localhost:5173/"] };

function remote(bundle: { url: string; entrypointUrl?: string; integrity?: string }): PluginDescriptor {
  const m = manifest("remote-one", { bundle });
  delete (m as { entrypoint?: string }).entrypoint;
  return { manifest: m, origin: { kind: "remote" } };
}

describe("resolveModuleUrl", () => {
  it("joins a local plugin's folder URL and entrypoint", () => {
    const plugin = local(manifest("dice", { entrypoint: "dist/index.js" }));
    expect(resolveModuleUrl(plugin, APPROVED)).toEqual({ ok: true, url: "file:///plugins/dice/dist/index.js" });
  });

  it("accepts a folder URL without the trailing slash", () => {
    const plugin: PluginDescriptor = { manifest: manifest("dice"), origin: { kind: "local", pluginRootUrl: "file:///plugins/dice" } };
    expect(resolveModuleUrl(plugin, APPROVED)).toEqual({ ok: true, url: "file:///plugins/dice/index.js" });
  });

  it("refuses an entrypoint that leaves the plugin folder", () => {
    const plugin = local(manifest("dice", { entrypoint: "../other/index.js" }));
    expect(resolveModuleUrl(plugin, APPROVED)).toMatchObject({ ok: false, code: "path_outside_root" });
  });

  it("uses bundle.entrypointUrl, else bundle.url, for a remote plugin and passes the integrity on", () => {
    expect(
      resolveModuleUrl(remote({ url: "https://cdn.example.com/p.zip", entrypointUrl: "https://cdn.example.com/p/index.js" }), APPROVED),
    ).toEqual({
      ok: true,
      url: "https://cdn.example.com/p/index.js",
    });
    const integrity = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
    expect(resolveModuleUrl(remote({ url: "https://cdn.example.com/p.js", integrity }), APPROVED)).toEqual({
      ok: true,
      url: "https://cdn.example.com/p.js",
      integrity,
    });
  });

  it("refuses an origin the user did not approve", () => {
    expect(resolveModuleUrl(remote({ url: "https://evil.example.net/p.js" }), APPROVED)).toMatchObject({
      ok: false,
      code: "origin_not_approved",
    });
    expect(resolveModuleUrl(remote({ url: "https://cdn.example.com:8443/p.js" }), APPROVED)).toMatchObject({
      ok: false,
      code: "origin_not_approved",
    });
  });

  it("refuses plain http except on loopback", () => {
    expect(resolveModuleUrl(remote({ url: "http://cdn.example.com/p.js" }), { approvedOrigins: ["http://cdn.example.com"] })).toMatchObject(
      { ok: false, code: "insecure_url" },
    );
    expect(resolveModuleUrl(remote({ url: "http://localhost:5173/p.js" }), APPROVED)).toEqual({
      ok: true,
      url: "http://localhost:5173/p.js",
    });
  });

  it("refuses other schemes and garbage", () => {
    expect(resolveModuleUrl(remote({ url: "data:text/javascript,alert(1)" }), APPROVED)).toMatchObject({ ok: false, code: "insecure_url" });
    expect(resolveModuleUrl(remote({ url: "not a url" }), APPROVED)).toMatchObject({ ok: false, code: "invalid_url" });
  });

  it("loads the bundle of a local plugin that has no entrypoint", () => {
    const m = manifest("dice", { bundle: { url: "https://cdn.example.com/dice.js" } });
    delete (m as { entrypoint?: string }).entrypoint;
    expect(resolveModuleUrl(local(m), APPROVED)).toEqual({ ok: true, url: "https://cdn.example.com/dice.js" });
  });

  it("reports that a theme has no module", () => {
    expect(resolveModuleUrl(local(manifest("dark", { kind: "theme" })), APPROVED)).toMatchObject({ ok: false, code: "no_module" });
  });
});
