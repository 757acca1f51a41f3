// The loopback bridge on 127.0.0.1 port 0: secret, Host and Origin checks, out-of-root reads, the client.
import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { realpathSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import express from "express";
import { validateIpcError } from "@toju/generated/validators/index";
import { createBridgeClient, bridgeConnectionMetaTag, readBridgeConnection } from "@toju/contracts/desktop/bridge-client";
import { BRIDGE_SECRET_HEADER, createBrowserShellBridge } from "./browser-shell-bridge";
import { type RunningBridge, startBrowserShellBridgeServer } from "./bridge-server";

let userData: string;
let bridge: RunningBridge;
let host: string;
let pluginRoot: string;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? "POST", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // keep text
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(`${bridge.url}/ipc/${method}`, {
    headers: { "content-type": "application/json", [BRIDGE_SECRET_HEADER]: bridge.secret, ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  userData = realpathSync(await mkdtemp(path.join(os.tmpdir(), "toju-bridge-")));
  pluginRoot = path.join(userData, "plugins", "bridged");
  await mkdir(pluginRoot, { recursive: true });
  await writeFile(path.join(pluginRoot, "toju-plugin.json"), JSON.stringify({ id: "bridged", entrypoint: "main.js" }));
  await writeFile(path.join(pluginRoot, "main.js"), "export function activate() {}\n");
  await writeFile(path.join(userData, "secret.txt"), "top secret");
  await symlink(path.join(userData, "secret.txt"), path.join(pluginRoot, "leak.txt"));
  bridge = await startBrowserShellBridgeServer({ userDataPath: userData });
  host = new URL(bridge.url).host;
});

afterAll(async () => {
  await bridge.close();
  await rm(userData, { recursive: true, force: true });
});

describe("browser shell bridge", () => {
  it("listens on 127.0.0.1 only", () => {
    expect(new URL(bridge.url).hostname).toBe("127.0.0.1");
  });

  it("serves a handler to a caller with the secret", async () => {
    const response = await call("getLocalPluginsPath", {});
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ pluginsPath: path.join(userData, "plugins") });
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it.each([
    ["no secret", () => ({ [BRIDGE_SECRET_HEADER]: "" })],
    ["a wrong secret of the right length", () => ({ [BRIDGE_SECRET_HEADER]: "x".repeat(bridge.secret.length) })],
    ["the secret in another case", () => ({ [BRIDGE_SECRET_HEADER]: bridge.secret.toUpperCase() })],
    ["the secret with a suffix", () => ({ [BRIDGE_SECRET_HEADER]: `${bridge.secret}x` })],
  ])("refuses %s with 401", async (_label, headers) => {
    const response = await call("listLocalPluginManifests", {}, headers());
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: "unauthorized" });
    expect(validateIpcError(response.body)).toBe(true);
  });

  it.each([
    ["a rebinding host name", (port: string) => `evil.example:${port}`],
    ["the right name on another port", () => "127.0.0.1:1"],
    ["a host without a port", () => "localhost"],
  ])("refuses %s in the Host header even with the secret", async (_label, hostHeader) => {
    const response = await call("getCapabilityGrants", {}, { host: hostHeader(new URL(bridge.url).port) });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: "unauthorized" });
  });

  it("accepts localhost on the bridge port and refuses a foreign Origin", async () => {
    expect((await call("getCapabilityGrants", {}, { host: `localhost:${new URL(bridge.url).port}` })).status).toBe(200);
    expect((await call("getCapabilityGrants", {}, { origin: `http://${host}` })).status).toBe(200);
    expect((await call("getCapabilityGrants", {}, { origin: "https://evil.example" })).status).toBe(403);
  });

  it("reads a file inside a discovered plugin root", async () => {
    const response = await call("readLocalPluginFile", { pluginRoot, path: "main.js" });
    expect(response.status).toBe(200);
    expect(Buffer.from((response.body as { contentBase64: string }).contentBase64, "base64").toString()).toBe(
      "export function activate() {}\n",
    );
  });

  it.each([
    ["a symlink out of the root", () => ({ pluginRoot, path: "leak.txt" }), 403, "path_outside_root"],
    ["a `..` path", () => ({ pluginRoot, path: "../../secret.txt" }), 400, "invalid_request"],
    ["an absolute path", () => ({ pluginRoot, path: path.join(userData, "secret.txt") }), 400, "invalid_request"],
    ["a root that is not a discovered plugin", () => ({ pluginRoot: userData, path: "secret.txt" }), 404, "not_found"],
  ])("never serves a file outside a plugin root: %s", async (_label, request, status, code) => {
    const response = await call("readLocalPluginFile", request());
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ code });
    expect(JSON.stringify(response.body)).not.toContain("top secret");
  });

  it("answers malformed and oversized bodies and unknown routes with IpcErrors", async () => {
    const headers = { "content-type": "application/json", [BRIDGE_SECRET_HEADER]: bridge.secret };
    const malformed = await raw(`${bridge.url}/ipc/savePluginData`, { headers, body: "{not json" });
    expect([malformed.status, (malformed.body as { code: string }).code]).toEqual([400, "invalid_request"]);
    const huge = await raw(`${bridge.url}/ipc/savePluginData`, { headers, body: JSON.stringify({ value: "x".repeat(5 * 1024 * 1024) }) });
    expect([huge.status, (huge.body as { code: string }).code]).toEqual([413, "quota_exceeded"]);
    const unknown = await call("evalSomething", {});
    expect([unknown.status, (unknown.body as { code: string }).code]).toEqual([404, "not_found"]);
    const getRoute = await raw(`${bridge.url}/ipc/getCapabilityGrants`, { method: "GET", headers });
    expect(getRoute.status).toBe(404);
    for (const response of [malformed, huge, unknown, getRoute]) expect(validateIpcError(response.body)).toBe(true);
  });

  it("gives the page the same typed API as window.tojuDesktop", async () => {
    const client = createBridgeClient({ baseUrl: bridge.url, secret: bridge.secret });
    const address = { pluginId: "bridged", scope: "user", scopeId: "u1", key: "prefs" } as const;
    await client.savePluginData({ ...address, value: { on: true } });
    await expect(client.getPluginData(address)).resolves.toMatchObject({ record: { value: { on: true } } });
    await expect(client.getPluginData({ ...address, scope: "plugin" })).rejects.toMatchObject({ code: "invalid_request" });
    const outsider = createBridgeClient({ baseUrl: bridge.url, secret: "wrong-secret-wrong-secret" });
    await expect(outsider.listLocalPluginManifests()).rejects.toEqual({ code: "unauthorized", message: expect.any(String) });
  });

  it("mounts under a prefix of another Express app", async () => {
    const app = express();
    app.use(
      "/desktop-bridge",
      createBrowserShellBridge({ userDataPath: userData, secret: "prefix-secret-1234567890", allowedHosts: () => [`127.0.0.1:${port}`] }),
    );
    app.get("/other", (_req, res) => {
      res.send("other");
    });
    let port = 0;
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
    try {
      const client = createBridgeClient({ baseUrl: `http://127.0.0.1:${port}/desktop-bridge`, secret: "prefix-secret-1234567890" });
      await expect(client.getLocalPluginsPath()).resolves.toEqual({ pluginsPath: path.join(userData, "plugins") });
      expect((await raw(`http://127.0.0.1:${port}/other`, { method: "GET" })).body).toBe("other");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("refuses a weak secret at construction", () => {
    expect(() => createBrowserShellBridge({ userDataPath: userData, secret: "short", allowedHosts: [] })).toThrow();
  });

  it("hands the connection to the page through an escaped meta tag", () => {
    const connection = { baseUrl: '/desktop-bridge"><script>', secret: "s3cret" };
    const tag = bridgeConnectionMetaTag(connection);
    expect(tag).not.toContain("<script>");
    const content = tag
      .match(/content="([^"]*)"/)![1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
    const doc = { querySelector: () => ({ getAttribute: () => content }) } as unknown as Document;
    expect(readBridgeConnection(doc)).toEqual(connection);
  });
});
