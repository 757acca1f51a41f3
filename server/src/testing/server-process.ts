// A signaling server in a child process (`server/src/main.ts`, as `npm run server` starts it), for tests that run
// several instances or kill one: its port, HTTP and websocket helpers, and its output for diagnostics.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { instanceClient, type InstanceClient } from "./harness";

const root = path.resolve(__dirname, "..", "..", "..");

export interface ServerProcess extends InstanceClient {
  child: ChildProcess;
  exited: Promise<NodeJS.Signals | number | null>;
  /** The last 64 KiB it printed. */
  output(): string;
  /** SIGKILL: no shutdown at all. */
  kill(): Promise<void>;
  /** SIGTERM, waiting for it to exit (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>, startTimeoutMs = 30_000): Promise<ServerProcess> {
  // tsx as a loader of this very process (not its CLI, which would run the server in a grandchild that a SIGKILL misses).
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-65_536));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no server within ${startTimeoutMs} ms:\n${output}`)), startTimeoutMs);
    const look = () => {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off("data", look);
      resolve(Number(match[1]));
    };
    child.stdout!.on("data", look);
    void exited.then(() => (clearTimeout(timer), reject(new Error(`server exited before listening:\n${output}`))));
  });
  const client = instanceClient(port);
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(name);
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return {
    ...client,
    child,
    exited,
    output: () => output,
    kill: async () => {
      await signal("SIGKILL");
      client.terminateClients();
    },
    stop: async () => {
      client.terminateClients();
      await signal("SIGTERM");
    },
  };
}
