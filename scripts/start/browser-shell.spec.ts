// `npm start` composes the server and the desktop bridge on one port; the page it serves hands the bridge secret to the renderer.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { silentLogger } from "../../server/src/ops/logger";
import { startBrowserShell, type BrowserShell } from "./browser-shell";

let dataDir: string;
let shell: BrowserShell;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "toju-start-"));
  mkdirSync(path.join(dataDir, "plugins", "hello"), { recursive: true });
  writeFileSync(path.join(dataDir, "plugins", "hello", "toju-plugin.json"), JSON.stringify({ id: "hello-world", version: "1.0.0", title: "<b>Hello</b>", entrypoint: "index.js" }));
  writeFileSync(path.join(dataDir, "plugins", "hello", "index.js"), "export function activate() {}");
  shell = await startBrowserShell({ dataDir, port: 0, log: silentLogger });
});

afterAll(async () => {
  await shell.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it("serves the API, the page with the bridge connection, and the bridge on one port", async () => {
  expect(await (await fetch(`${shell.url}/api/health`)).json()).toEqual({ status: "ok" });

  const page = await (await fetch(`${shell.url}/`)).text();
  expect(page).toContain('name="toju-desktop-bridge"');
  expect(page).toContain(shell.secret);
  expect(page).toContain("hello-world");
  expect(page).toContain("&#60;b&#62;Hello&#60;/b&#62;");
  expect(page).not.toContain("<b>Hello");

  const call = (secret: string) =>
    fetch(`${shell.url}/desktop-bridge/ipc/listLocalPluginManifests`, { method: "POST", headers: { "content-type": "application/json", "x-toju-bridge-secret": secret }, body: "{}" });
  const listed = await call(shell.secret);
  expect(listed.status).toBe(200);
  const discovery = await listed.json();
  expect(discovery.pluginsPath).toBe(path.join(dataDir, "plugins"));
  expect(discovery.plugins.map((p: { manifest: { id: string } }) => p.manifest.id)).toEqual(["hello-world"]);
  expect((await call("wrong-secret-wrong-secret")).status).toBe(401);
});

it("starts from `npm start`'s entry on an empty data folder, prints its URL and stops cleanly on SIGTERM", async () => {
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
      setTimeout(() => reject(new Error(`no URL within 30 s: ${out}`)), 30_000).unref();
    });
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  } finally {
    child.kill("SIGKILL");
    rmSync(empty, { recursive: true, force: true });
  }
});
