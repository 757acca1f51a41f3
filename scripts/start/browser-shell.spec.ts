// `npm start` composes the server, the desktop bridge and the renderer on one port; the page it serves hands the bridge secret to the renderer.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { silentLogger } from "../../server/src/ops/logger";
import { request } from "node:http";
import { isLoopbackHost, startBrowserShell, type BrowserShell } from "./browser-shell";
import { RENDERER_CSP } from "./shell-page";

let dataDir: string;
let rendererDir: string;
let shell: BrowserShell;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "toju-start-"));
  mkdirSync(path.join(dataDir, "plugins", "hello"), { recursive: true });
  writeFileSync(
    path.join(dataDir, "plugins", "hello", "toju-plugin.json"),
    JSON.stringify({ id: "hello-world", version: "1.0.0", title: "<b>Hello</b>", entrypoint: "index.js" }),
  );
  writeFileSync(path.join(dataDir, "plugins", "hello", "index.js"), "export function activate() {}");
  rendererDir = mkdtempSync(path.join(tmpdir(), "toju-renderer-"));
  writeFileSync(
    path.join(rendererDir, "index.html"),
    '<!doctype html><html><head><title>Toju</title></head><body><toju-root></toju-root><script src="main-X.js" type="module"></script></body></html>',
  );
  writeFileSync(path.join(rendererDir, "main-X.js"), "console.log('renderer');");
  shell = await startBrowserShell({ dataDir, port: 0, log: silentLogger, rendererDir });
});

afterAll(async () => {
  await shell.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(rendererDir, { recursive: true, force: true });
});

it("serves the API, the page with the bridge connection, and the bridge on one port", async () => {
  expect(await (await fetch(`${shell.url}/api/health`)).json()).toMatchObject({ status: "ok" });

  const response = await fetch(`${shell.url}/`);
  expect(response.headers.get("content-security-policy")).toBe(RENDERER_CSP);
  const page = await response.text();
  expect(page).toMatch(/<head>\n<meta name="toju-desktop-bridge" content="[^"]+"><title>Toju<\/title>/);
  expect(page).toContain(shell.secret);
  expect(page).toContain("<toju-root></toju-root>");
  const bundle = await fetch(`${shell.url}/main-X.js`);
  expect(bundle.headers.get("content-type")).toMatch(/javascript/);
  expect(await bundle.text()).toBe("console.log('renderer');");

  const call = (secret: string) =>
    fetch(`${shell.url}/desktop-bridge/ipc/listLocalPluginManifests`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-toju-bridge-secret": secret },
      body: "{}",
    });
  const listed = await call(shell.secret);
  expect(listed.status).toBe(200);
  const discovery = await listed.json();
  expect(discovery.pluginsPath).toBe(path.join(dataDir, "plugins"));
  expect(discovery.plugins.map((p: { manifest: { id: string } }) => p.manifest.id)).toEqual(["hello-world"]);
  expect((await call("wrong-secret-wrong-secret")).status).toBe(401);
});

it("says the renderer is not built instead of serving a broken page", async () => {
  const empty = mkdtempSync(path.join(tmpdir(), "toju-no-renderer-"));
  const bare = await startBrowserShell({ dataDir: empty, port: 0, log: silentLogger, rendererDir: path.join(empty, "missing") });
  try {
    const response = await fetch(`${bare.url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("The renderer is not built");
  } finally {
    await bare.close();
    rmSync(empty, { recursive: true, force: true });
  }
});

it("starts from `npm start`'s entry on an empty data folder (building the renderer when stale), prints its URL and stops cleanly on SIGTERM", async () => {
  const empty = mkdtempSync(path.join(tmpdir(), "toju-start-empty-"));
  const tsx = path.join(__dirname, "..", "..", "node_modules", "tsx", "dist", "cli.mjs");
  const child = spawn(process.execPath, [tsx, path.join(__dirname, "main.ts")], {
    cwd: path.join(__dirname, "..", ".."),
    env: { ...process.env, PORT: "0", TOJU_DATA_DIR: empty },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Toju is running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (match) resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`exited early with ${code}: ${out}`)));
      setTimeout(() => reject(new Error(`no URL within 60 s: ${out}`)), 60_000).unref();
    });
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect(await (await fetch(`${url}/`)).text()).toContain("<toju-root></toju-root>");
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  } finally {
    child.kill("SIGKILL");
    rmSync(empty, { recursive: true, force: true });
  }
}, 90_000);

it.each(["evil.example", "evil.example:3000", "127.0.0.1.evil.example", "10.0.0.1"])(
  "refuses the page (and its bridge secret) to the Host %s",
  async (host) => {
    const { port } = new URL(shell.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/", headers: { host } }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain(shell.secret);
  },
);

it.each(["127.0.0.1", "localhost:1234", "[::1]:3000", "LOCALHOST"])("serves the page to the loopback Host %s", async (host) => {
  expect(isLoopbackHost(host)).toBe(true);
});

it("keeps the bridge secret across a restart on the same data folder, so an open page keeps working", async () => {
  const again = await startBrowserShell({ dataDir, port: 0, log: silentLogger, rendererDir });
  try {
    expect(again.secret).toBe(shell.secret);
    expect(statSync(path.join(dataDir, "desktop-bridge.secret")).mode & 0o777).toBe(0o600);
  } finally {
    await again.close();
  }
});
