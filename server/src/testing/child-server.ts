// A signaling server in a child process (`npm run server`'s entry), for tests that measure it from outside: its
// resident memory (/proc/<pid>/status) and how fast it answers a health probe while a hostile client works on it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const repoRoot = path.resolve(__dirname, "..", "..", "..");

export interface ChildServer {
  port: number;
  pid: number;
  /** The log lines (JSON) the server wrote so far whose event starts with `ws.`. */
  websocketLogs(): Record<string, unknown>[];
  /** VmRSS of the server process, in bytes. */
  rssBytes(): number;
  stop(): Promise<void>;
}

/** Starts `server/src/main.ts` on 127.0.0.1 (a free port, a sqlite file in a temp dir) with extra environment. */
export async function startChildServer(env: Record<string, string> = {}): Promise<ChildServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "toju-child-"));
  const child: ChildProcess = spawn(
    process.execPath,
    // tsx as a loader, not its CLI (which runs the script in a second process): the pid is the server's own.
    ["--import", "tsx", path.join(repoRoot, "server", "src", "main.ts")],
    {
      cwd: repoRoot,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATABASE_URL: `sqlite:${path.join(dir, "toju.sqlite")}`, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const logs: Record<string, unknown>[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let partial = "";
    stream.on("data", (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop()!;
      for (const line of lines) if (line.includes('"event":"ws.')) logs.push(JSON.parse(line));
    });
  }
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the child server did not start: ${out.slice(-500)}`)), 20_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        out = "";
        resolve(Number(match[1]));
      } else if (out.length > 100_000) out = out.slice(-1000);
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the child server exited with ${code}: ${out.slice(-500)}`));
    });
  });
  return {
    port,
    pid: child.pid!,
    websocketLogs: () => [...logs],
    rssBytes: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))![1]) * 1024,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ProbeResult {
  probes: number;
  maxMs: number;
}

/** `GET /api/health` every `everyMs` over one kept-alive connection; `stop()` reports the slowest answer. */
export function startHealthProbe(port: number, everyMs = 10): { stop(): Promise<ProbeResult> } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let running = true;
  const probeOnce = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      const req = request({ host: "127.0.0.1", port, path: "/api/health", agent }, (res) => {
        res.resume();
        res.on("end", () => {
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      req.on("error", reject);
      req.end();
    });
  const loop = (async () => {
    while (running) {
      await probeOnce();
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      agent.destroy();
      return { probes: latencies.length, maxMs: Math.max(...latencies) };
    },
  };
}
