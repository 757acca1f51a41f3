// `npm run server` entry: starts on an empty directory (or an empty PostgreSQL database), serves health, logs no
// secrets, exits 0 on SIGTERM.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPostgresDatabase, dropPostgresDatabase, testDialect } from "./testing/test-databases";

const root = path.resolve(__dirname, "..", "..");

describe("server main", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "toju-main-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`creates its database (${testDialect}), answers /api/health, and shuts down cleanly on SIGTERM`, async () => {
    const databaseFile = path.join(dir, "nested", "data", "toju.sqlite");
    const databaseUrl = testDialect === "postgres" ? await createPostgresDatabase() : `sqlite:${databaseFile}`;
    const child = spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "server/src/main.ts"], {
      cwd: root,
      env: {
        ...process.env,
        PORT: "0",
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        ATTACHMENTS_DIR: path.join(dir, "attachments"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", () => {
        const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.on("exit", () => reject(new Error(`server exited early:\n${output}`)));
    });
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ status: "ok", database: "ok", redis: "disabled" });
    const register = await fetch(`${url}/api/auth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "mainuser", password: "a fine password" }),
    });
    const { token } = await register.json();
    expect(existsSync(databaseFile)).toBe(testDialect === "sqlite");
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    if (testDialect === "postgres") await dropPostgresDatabase(databaseUrl);
    expect(output).not.toContain(token);
    expect(output).not.toContain("a fine password");
    expect(output).toContain("server.stopped");
  });
});
