// `npm run bench -- discovery`: discoverLocalPlugins over 1,000 plugin folders (10 % broken) against a bare
// readdir + readFile + JSON.parse loop over the same tree, in the same run.
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { discoverLocalPlugins } from "../contracts/plugin-folder/discover-local-plugins";

const FOLDERS = 1000;
const BROKEN_EVERY = 10;
const ROUNDS = 15;

async function buildTree(root: string): Promise<{ valid: number; broken: number }> {
  const pluginsPath = path.join(root, "plugins");
  const outside = path.join(root, "outside.js");
  await mkdir(pluginsPath, { recursive: true });
  await writeFile(outside, "export {};\n");
  let broken = 0;
  for (let i = 0; i < FOLDERS; i += 1) {
    const folder = path.join(pluginsPath, `plugin-${String(i).padStart(4, "0")}`);
    await mkdir(path.join(folder, "dist"), { recursive: true });
    const manifest = {
      schemaVersion: 1,
      id: `bench.plugin-${i}`,
      title: `Plugin ${i}`,
      description: "A benchmark plugin with a realistic manifest.",
      version: "1.2.3",
      apiVersion: "1",
      kind: "client",
      compatibility: { minimumTojuVersion: "1.0.0" },
      entrypoint: "dist/main.js",
      readme: "README.md",
      capabilities: ["storage.local", "ui.panels", "messages.read"],
      ui: { panels: [{ id: "main", title: "Main panel", location: "right" }] },
      data: [{ key: "settings", scope: "user", storage: "local" }],
    };
    let text = JSON.stringify(manifest, null, 2);
    if (i % BROKEN_EVERY === 0) {
      broken += 1;
      const kind = (i / BROKEN_EVERY) % 4;
      if (kind === 0) text = text.slice(0, text.length / 2);
      if (kind === 1) text = JSON.stringify({ ...manifest, entrypoint: "../../outside.js" });
      if (kind === 2) text = JSON.stringify({ ...manifest, entrypoint: "dist/missing.js" });
      if (kind === 3) await symlink(outside, path.join(folder, "dist", "escape.js"));
      if (kind === 3) text = JSON.stringify({ ...manifest, entrypoint: "dist/escape.js" });
    }
    await writeFile(path.join(folder, "toju-plugin.json"), text);
    await writeFile(path.join(folder, "dist", "main.js"), "export function activate() {}\n");
    await writeFile(path.join(folder, "README.md"), `# Plugin ${i}\n`);
  }
  return { valid: FOLDERS - broken, broken };
}

/** The same bare work with every folder in flight at once: the cheapest possible scan. */
async function bareParallel(pluginsPath: string): Promise<number> {
  const names = await readdir(pluginsPath);
  const results = await Promise.all(
    names.map((name) => readFile(path.join(pluginsPath, name, "toju-plugin.json"), "utf8").then(parseOrNull, () => null)),
  );
  return results.length;
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The baseline: what any loader must do at least, one folder after another. */
async function bareLoop(pluginsPath: string): Promise<number> {
  let parsed = 0;
  for (const name of await readdir(pluginsPath)) {
    try {
      JSON.parse(await readFile(path.join(pluginsPath, name, "toju-plugin.json"), "utf8"));
      parsed += 1;
    } catch {
      // broken on purpose
    }
  }
  return parsed;
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

// The fastest round is the least disturbed by other processes on a shared machine; medians are printed too.
const fastest = (values: number[]): number => Math.min(...values);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value: number): number => Math.round(value * 100) / 100;

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), "toju-bench-discovery-"));
  try {
    const tree = await buildTree(root);
    const pluginsPath = path.join(root, "plugins");
    const check = await discoverLocalPlugins(pluginsPath);
    if (check.plugins.length !== tree.valid || check.errors.length !== tree.broken) {
      throw new Error(
        `discovery found ${check.plugins.length} plugins and ${check.errors.length} errors; expected ${tree.valid} and ${tree.broken}`,
      );
    }
    await bareLoop(pluginsPath);
    const discovery: number[] = [];
    const baseline: number[] = [];
    const sequential: number[] = [];
    const parallel: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      baseline.push(await time(() => bareLoop(pluginsPath)));
      discovery.push(await time(() => discoverLocalPlugins(pluginsPath)));
      sequential.push(await time(() => discoverLocalPlugins(pluginsPath, { concurrency: 1 })));
      parallel.push(await time(() => bareParallel(pluginsPath)));
    }
    const discoveryMs = fastest(discovery);
    const baselineMs = fastest(baseline);
    const sequentialMs = fastest(sequential);
    const parallelMs = fastest(parallel);
    console.log(`discovery: ${FOLDERS} folders (${tree.valid} valid, ${tree.broken} broken), fastest of ${ROUNDS} interleaved rounds`);
    console.log(`  discoverLocalPlugins          ${discoveryMs.toFixed(1)} ms (realpath containment, 1 MiB cap, bounded concurrency)`);
    console.log(`  readdir+readFile+JSON.parse   ${baselineMs.toFixed(1)} ms (bare sequential loop, same tree, same run)`);
    console.log(
      `  medians: discovery ${median(discovery).toFixed(1)} ms, bare loop ${median(baseline).toFixed(1)} ms (ratio ${(median(discovery) / median(baseline)).toFixed(2)})`,
    );
    console.log(
      `  for context: discovery with concurrency 1 ${sequentialMs.toFixed(1)} ms; bare loop with every read in flight ${parallelMs.toFixed(1)} ms`,
    );
    console.log(`  ratio ${(discoveryMs / baselineMs).toFixed(2)} (discoverLocalPlugins / bare loop; target <= 1.5)`);
    console.log(
      JSON.stringify({
        bench: "discovery",
        folders: FOLDERS,
        valid: tree.valid,
        broken: tree.broken,
        rounds: ROUNDS,
        discoveryMs: round(discoveryMs),
        baselineMs: round(baselineMs),
        sequentialDiscoveryMs: round(sequentialMs),
        parallelBaselineMs: round(parallelMs),
        medianDiscoveryMs: round(median(discovery)),
        medianBaselineMs: round(median(baseline)),
        ratio: round(discoveryMs / baselineMs),
      }),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
