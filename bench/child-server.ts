// Benchmarks run the server under test in a child process (so load generator and server do not share a core's event loop).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/** What every serving child reports: the port it listens on. */
interface ListeningInfo {
  port: number;
}

export interface ServingChild<Info extends ListeningInfo = ListeningInfo> {
  child: ChildProcess;
  /** The first JSON line the child printed (its port and whatever else it reports). */
  info: Info;
}

/** Runs `file --serve ...args` with tsx and waits for the JSON line it prints once listening (the caller names its shape). */
export function startServingChild<Info extends ListeningInfo = ListeningInfo>(file: string, args: string[]): Promise<ServingChild<Info>> {
  const tsx = path.join(__dirname, "..", "node_modules", "tsx", "dist", "cli.mjs");
  const child = spawn(process.execPath, [tsx, file, "--serve", ...args], {
    cwd: path.join(__dirname, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve({ child, info: JSON.parse(line) as Info });
    });
    child.on("exit", (code) => reject(new Error(`${args[0] ?? "bench"} server exited with ${code}`)));
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
