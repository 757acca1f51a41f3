// installPluginFromUrl through the desktop handlers against a real loopback HTTP server: what is written on success,
// and that every refusal (origin, redirect, size, hash, id, timeout) says why and writes nothing.
import { createHash } from "node:crypto";
import { createServer, type Server, type ServerResponse } from "node:http";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { validateInstallPluginResult, validateIpcError } from "@toju/generated/validators/index";
import { createDesktopHandlers, pluginsPathOf } from "../ipc/desktop-handlers";
import { toIpcError } from "../ipc/ipc-error";

type Route = (res: ServerResponse) => void;

let userData: string;
let server: Server;
let other: Server;
let origin: string;
let otherOrigin: string;
const routes = new Map<string, Route>();
const otherRoutes = new Map<string, Route>();

const MODULE = "export function activate(context) { context.api.logger.info('hi'); }\n";
const sri = (text: string) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
const json =
  (value: unknown): Route =>
  (res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));
const text =
  (body: string, type = "text/javascript"): Route =>
  (res) =>
    res.writeHead(200, { "content-type": type }).end(body);

function manifest(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: "remote-hello",
    title: "Remote hello",
    description: "Installed from a URL.",
    version: "1.0.0",
    apiVersion: "1",
    kind: "client",
    compatibility: { minimumTojuVersion: "1.0.0" },
    bundle: { url: `${origin}/bundle.js`, integrity: sri(MODULE) },
    ...extra,
  };
}

async function listen(table: Map<string, Route>): Promise<[Server, string]> {
  const s = createServer((req, res) => {
    const route = table.get(req.url ?? "");
    if (route) route(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  return [s, `http://127.0.0.1:${(s.address() as AddressInfo).port}`];
}

beforeAll(async () => {
  [server, origin] = await listen(routes);
  [other, otherOrigin] = await listen(otherRoutes);
});

afterAll(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await Promise.all([server, other].map((s) => new Promise((resolve) => s.close(resolve))));
});

beforeEach(async () => {
  userData = realpathSync(await mkdtemp(path.join(os.tmpdir(), "toju-install-")));
  routes.clear();
  otherRoutes.clear();
  routes.set("/bundle.js", text(MODULE));
});

afterEach(async () => rm(userData, { recursive: true, force: true }));

const handlers = () => createDesktopHandlers(userData, { downloadTimeoutMs: 1000 });

async function approve(...origins: string[]): Promise<void> {
  await handlers().saveCapabilityGrants({ schemaVersion: 1, grants: [], approvedInstallOrigins: origins });
}

async function refusal(request: unknown) {
  const error = await handlers()
    .installPluginFromUrl(request)
    .then(
      () => {
        throw new Error("expected the install to be refused");
      },
      (thrown: unknown) => toIpcError(thrown),
    );
  expect(validateIpcError(error)).toBe(true);
  expect(await readdir(pluginsPathOf(userData)).catch(() => [])).toEqual([]);
  return error;
}

describe("installPluginFromUrl", () => {
  it("installs a verified bundle with source.json, and discovery and readLocalPluginFile serve it", async () => {
    routes.set("/hello/toju-plugin.json", json(manifest()));
    await approve(origin);
    const result = await handlers().installPluginFromUrl({ url: `${origin}/hello/toju-plugin.json`, expectedPluginId: "remote-hello" });
    expect(validateInstallPluginResult(result)).toBe(true);
    const root = path.join(pluginsPathOf(userData), "remote-hello");
    expect(result).toMatchObject({ updated: false, plugin: { pluginRoot: root, entrypointPath: path.join(root, "bundle.js") } });
    expect(result.plugin.source).toMatchObject({ url: `${origin}/hello/toju-plugin.json`, origin, entrypoint: "bundle.js" });
    expect(JSON.parse(await readFile(path.join(root, "source.json"), "utf8"))).toEqual(result.plugin.source);
    const listed = await handlers().listLocalPluginManifests();
    expect(listed.plugins.map((p) => p.source?.origin)).toEqual([origin]);
    const file = await handlers().readLocalPluginFile({ pluginRoot: root, path: "bundle.js" });
    expect(Buffer.from(file.contentBase64, "base64").toString()).toBe(MODULE);
  });

  it("downloads an entrypoint and stylesheets named relative to the manifest, following a same-origin redirect", async () => {
    routes.set("/start", (res) => res.writeHead(302, { location: "/plain/toju-plugin.json" }).end());
    routes.set(
      "/plain/toju-plugin.json",
      json(manifest({ bundle: undefined, entrypoint: "dist/index.js", capabilities: ["ui.pages"], ui: { stylesheets: ["look.css"] } })),
    );
    routes.set("/plain/dist/index.js", text(MODULE));
    routes.set("/plain/look.css", text("body { color: red }", "text/css"));
    await approve(origin);
    const { plugin } = await handlers().installPluginFromUrl({ url: `${origin}/start` });
    expect(await readFile(path.join(plugin.pluginRoot, "dist", "index.js"), "utf8")).toBe(MODULE);
    expect(await readFile(path.join(plugin.pluginRoot, "look.css"), "utf8")).toBe("body { color: red }");
    expect(plugin.source?.entrypoint).toBeUndefined();
  });

  it("updates an installed plugin in place and reports it", async () => {
    routes.set("/m.json", json(manifest()));
    await approve(origin);
    await handlers().installPluginFromUrl({ url: `${origin}/m.json` });
    routes.set("/m.json", json(manifest({ version: "1.1.0" })));
    const second = await handlers().installPluginFromUrl({ url: `${origin}/m.json` });
    expect(second.updated).toBe(true);
    expect((second.plugin.manifest as { version: string }).version).toBe("1.1.0");
    expect(await readdir(pluginsPathOf(userData))).toEqual(["remote-hello"]);
  });

  it("refuses an origin the user has not approved", async () => {
    routes.set("/m.json", json(manifest()));
    await approve("https://elsewhere.example");
    const error = await refusal({ url: `${origin}/m.json` });
    expect(error).toMatchObject({ code: "origin_not_approved" });
    expect(error.message).toContain(origin);
  });

  it("refuses a bundle on an origin the user has not approved", async () => {
    otherRoutes.set("/bundle.js", text(MODULE));
    routes.set("/m.json", json(manifest({ bundle: { url: `${otherOrigin}/bundle.js`, integrity: sri(MODULE) } })));
    await approve(origin);
    expect(await refusal({ url: `${origin}/m.json` })).toMatchObject({ code: "origin_not_approved" });
  });

  it("refuses a redirect to another origin", async () => {
    routes.set("/m.json", (res) => res.writeHead(302, { location: `${otherOrigin}/m.json` }).end());
    otherRoutes.set("/m.json", json(manifest()));
    await approve(origin, otherOrigin.replace("127.0.0.1", "localhost"));
    const error = await refusal({ url: `${origin}/m.json` });
    expect(error.code).toBe("download_failed");
    expect(error.message).toContain("another origin");
  });

  it("refuses an oversized manifest, announced or streamed", async () => {
    routes.set("/big.json", (res) => res.writeHead(200, { "content-length": String(2 * 1024 * 1024) }).end(" ".repeat(2 * 1024 * 1024)));
    routes.set("/stream.json", (res) => {
      res.writeHead(200, { "content-type": "application/json" });
      for (let i = 0; i < 40; i += 1) res.write(" ".repeat(64 * 1024));
      res.end("{}");
    });
    await approve(origin);
    expect((await refusal({ url: `${origin}/big.json` })).message).toMatch(/at most|larger than/);
    expect((await refusal({ url: `${origin}/stream.json` })).message).toMatch(/larger than/);
  });

  it("refuses a module whose bytes do not match bundle.integrity, naming the integrity failure", async () => {
    routes.set("/m.json", json(manifest({ bundle: { url: `${origin}/bundle.js`, integrity: sri("something else") } })));
    await approve(origin);
    const error = await refusal({ url: `${origin}/m.json` });
    expect(error.code).toBe("integrity_mismatch");
    expect(error.message).toContain("integrity");
  });

  it("refuses a manifest for another plugin than the requirement names", async () => {
    routes.set("/m.json", json(manifest()));
    await approve(origin);
    const error = await refusal({ url: `${origin}/m.json`, expectedPluginId: "dice-roller" });
    expect(error).toMatchObject({ code: "invalid_manifest" });
    expect(error.message).toContain("'remote-hello', not 'dice-roller'");
  });

  it("refuses an invalid manifest with its issues", async () => {
    routes.set("/m.json", json(manifest({ capabilites: ["ui.pages"] })));
    await approve(origin);
    const error = await refusal({ url: `${origin}/m.json` });
    expect(error.code).toBe("invalid_manifest");
    expect(error.details).toContainEqual(expect.objectContaining({ path: "/capabilites" }));
  });

  it("gives up on a server that does not answer", async () => {
    routes.set("/slow.json", () => undefined);
    await approve(origin);
    const error = await refusal({ url: `${origin}/slow.json` });
    expect(error.code).toBe("download_failed");
    expect(error.message).toContain("did not answer");
  });

  it("never replaces a plugin folder the user made by hand", async () => {
    const handMade = path.join(pluginsPathOf(userData), "remote-hello");
    await mkdir(handMade, { recursive: true });
    await writeFile(path.join(handMade, "toju-plugin.json"), "{}");
    routes.set("/m.json", json(manifest()));
    await approve(origin);
    const error = await handlers()
      .installPluginFromUrl({ url: `${origin}/m.json` })
      .catch((thrown: unknown) => toIpcError(thrown));
    expect(error).toMatchObject({ code: "invalid_request" });
    expect(await readFile(path.join(handMade, "toju-plugin.json"), "utf8")).toBe("{}");
  });

  it.each([["ftp://example.com/m.json"], ["not a url"], [""]])("refuses the URL %j as an invalid request", async (url) => {
    expect(await refusal({ url })).toMatchObject({ code: "invalid_request" });
  });
});

describe("uninstallPlugin", () => {
  it("removes an installed plugin's folder and the user's data and settings of it, and nobody else's", async () => {
    routes.set("/m.json", json(manifest()));
    await approve(origin);
    await handlers().installPluginFromUrl({ url: `${origin}/m.json` });
    await handlers().savePluginData({ profileId: "alice", pluginId: "remote-hello", scope: "plugin", key: "draft", value: 1 });
    await handlers().savePluginData({ profileId: "bob", pluginId: "remote-hello", scope: "plugin", key: "draft", value: 2 });
    const removed = await handlers().uninstallPlugin({ profileId: "alice", pluginId: "remote-hello" });
    expect(removed).toEqual({ removedPath: path.join(pluginsPathOf(userData), "remote-hello"), dataRemoved: true });
    expect(await readdir(pluginsPathOf(userData))).toEqual([]);
    expect(
      (await handlers().getPluginData({ profileId: "alice", pluginId: "remote-hello", scope: "plugin", key: "draft" })).record,
    ).toBeNull();
    expect(
      (await handlers().getPluginData({ profileId: "bob", pluginId: "remote-hello", scope: "plugin", key: "draft" })).record?.value,
    ).toBe(2);
  });

  it("answers not_found for a plugin that is not installed", async () => {
    const error = await handlers()
      .uninstallPlugin({ pluginId: "nothing-here" })
      .catch((thrown: unknown) => toIpcError(thrown));
    expect(error).toMatchObject({ code: "not_found" });
  });
});
