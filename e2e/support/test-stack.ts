// The stack a Chromium suite drives, as `npm start` runs it (server, desktop bridge, built renderer), on a scratch data
// folder with the plugins the suite chose, plus a Chromium: one set-up and one stop() for every browser suite.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { silentLogger } from "../../server/src/ops/logger";
import { startBrowserShell, type BrowserShell } from "../../scripts/start/browser-shell";
import { buildRenderer, isRendererBuildStale, rendererBrowserDir } from "../../scripts/start/renderer-build";
import { launchChromium } from "../browser/chromium";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");

/** Example plugins by name, for `plugins`: each in a folder of its own name. */
export function examplePlugins(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, path.join(EXAMPLES, name)]));
}

export interface TestStack {
  /** The scratch folder: the data folder and, when `renderer/dist` is stale, a renderer built for this suite. */
  scratch: string;
  dataDir: string;
  rendererDir: string;
  /** The running shell; a suite that restarts it puts the new one here, so stop() closes that one. */
  shell: BrowserShell;
  browser: Browser;
  /** Closes the browser and the shell and removes the scratch folder. */
  stop(): Promise<void>;
}

/**
 * Starts the stack on a fresh scratch folder named `toju-<name>-…`, with `plugins` (folder name in the data folder's
 * `plugins` → source folder, spec files left out) copied in. Cleans up after itself when a step fails.
 */
export async function startTestStack(name: string, plugins: Record<string, string> = {}): Promise<TestStack> {
  const scratch = mkdtempSync(path.join(tmpdir(), `toju-${name}-`));
  const dataDir = path.join(scratch, "data");
  const stack: Partial<TestStack> = { scratch, dataDir };
  const stop = async () => {
    await stack.browser?.close();
    await stack.shell?.close();
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    for (const [folder, source] of Object.entries(plugins))
      cpSync(source, path.join(dataDir, "plugins", folder), { recursive: true, filter: (file) => !file.endsWith(".spec.ts") });
    stack.rendererDir = rendererBrowserDir();
    if (isRendererBuildStale()) {
      await buildRenderer(path.join(scratch, "renderer"));
      stack.rendererDir = rendererBrowserDir(path.join(scratch, "renderer"));
    }
    stack.shell = await startBrowserShell({ dataDir, port: 0, log: silentLogger, rendererDir: stack.rendererDir });
    stack.browser = await launchChromium();
  } catch (error) {
    await stop();
    throw error;
  }
  return Object.assign(stack as TestStack, { stop });
}
