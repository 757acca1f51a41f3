// Builds the Angular renderer (`ng build`, production) when its output is missing or older than its sources.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

export const REPO_ROOT = path.join(__dirname, "..", "..");
export const RENDERER_OUTPUT = path.join(REPO_ROOT, "renderer", "dist");

/** What the renderer bundle is built from: its own sources and everything of other tiers it imports. */
const INPUTS = [
  "angular.json",
  "renderer/tsconfig.app.json",
  "renderer/src",
  "renderer/build",
  "contracts",
  "generated",
  "electron/bridge",
  "electron/ipc",
];

/** The folder `index.html` and the bundles are served from. */
export function rendererBrowserDir(outputPath = RENDERER_OUTPUT): string {
  return path.join(outputPath, "browser");
}

export function isRendererBuildStale(outputPath = RENDERER_OUTPUT): boolean {
  const index = path.join(rendererBrowserDir(outputPath), "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return INPUTS.some((input) => newestChange(path.join(REPO_ROOT, input)) > built);
}

function newestChange(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) {
    if (entry === "node_modules" || entry === "dist" || entry === "fixtures" || entry.endsWith(".spec.ts")) continue;
    newest = Math.max(newest, newestChange(path.join(file, entry)));
  }
  return newest;
}

/** Runs `ng build` into `outputPath`; rejects with the build's output when it fails. */
export function buildRenderer(outputPath = RENDERER_OUTPUT): Promise<void> {
  const ng = path.join(REPO_ROOT, "node_modules", "@angular", "cli", "bin", "ng.js");
  const child = spawn(process.execPath, [ng, "build", "--configuration", "production", "--output-path", outputPath], {
    cwd: REPO_ROOT,
    env: { ...process.env, NG_CLI_ANALYTICS: "false", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`ng build failed (exit ${code}):\n${output}`))));
  });
}

/**
 * Builds only when needed; says so on stdout, since it takes a few seconds. The build goes to a scratch folder
 * that then replaces `renderer/dist`, so a reader never sees half an output.
 */
export async function ensureRendererBuild(log: (line: string) => void = console.log): Promise<void> {
  if (!isRendererBuildStale()) return;
  log("Building the renderer (ng build)…");
  const scratch = `${RENDERER_OUTPUT}.building-${process.pid}`;
  try {
    await buildRenderer(scratch);
    rmSync(RENDERER_OUTPUT, { recursive: true, force: true });
    renameSync(scratch, RENDERER_OUTPUT);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
