// The browser half of `npm run bench -- activation`, bundled by activation.bench.ts and run in headless Chromium under
// the renderer's CSP: the real PluginHost (registration, planner, module loader with Blob-URL imports, the plugin API
// facade) activates plugins with a random dependency DAG; the baseline imports the same modules at once and activates
// them in a fixed order with nothing else: the least any host must do.
import type { TojuClientPluginModule } from "../contracts/sdk/toju-plugin-sdk";
import type { Capability, TojuPluginManifest } from "../generated/types/contract";
import { manifest as testManifest } from "../renderer/src/app/domains/plugins/activation/testing/plugin-manifest-builder";
import { planActivation } from "../renderer/src/app/domains/plugins/activation/activation-planner";
import { createPluginClientApi } from "../renderer/src/app/domains/plugins/api/plugin-client-api";
import type { HostPorts } from "../renderer/src/app/domains/plugins/api/plugin-host-ports";
import { importModuleFromBytes } from "../renderer/src/app/domains/plugins/host/import-module-from-bytes";
import { PluginHost } from "../renderer/src/app/domains/plugins/host/plugin-host";
import { createPluginModuleLoader, toPluginModule } from "../renderer/src/app/domains/plugins/host/plugin-module-loader";

const CAPABILITIES: Capability[] = ["ui.panels", "storage.local"];

export interface ActivationRound {
  registerMs: number;
  activateMs: number;
  baselineMs: number;
  activated: number;
  edges: number;
}

/** A small deterministic generator (mulberry32), so every run plans the same graphs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` manifests; each requires up to three plugins of lower index (a DAG), in shuffled order. */
export function randomDag(count: number, seed: number): { manifests: TojuPluginManifest[]; edges: number } {
  const next = random(seed);
  const id = (i: number) => `bench.plugin-${String(i).padStart(4, "0")}`;
  let edges = 0;
  const manifests = Array.from({ length: count }, (_, i): TojuPluginManifest => {
    const requires = new Set<number>();
    const wanted = i === 0 ? 0 : Math.floor(next() * 4);
    while (requires.size < Math.min(wanted, i)) requires.add(Math.floor(next() * i));
    edges += requires.size;
    const manifest = testManifest(id(i), {
      title: `Bench plugin ${i}`,
      description: "A benchmark plugin with a realistic manifest.",
      capabilities: CAPABILITIES,
      load: { priority: (["high", "default", "low"] as const)[Math.floor(next() * 3)] },
    });
    if (requires.size) manifest.relationships = { requires: [...requires].map((r) => ({ pluginId: id(r), versionRange: "^1.0.0" })) };
    return manifest;
  });
  for (let i = manifests.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [manifests[i], manifests[j]] = [manifests[j], manifests[i]];
  }
  return { manifests, edges };
}

/** A distinct module per plugin (a new Blob URL is a new module instance each round), as a real plugin would be. */
function moduleBytes(pluginId: string, round: number): Uint8Array {
  return new TextEncoder().encode(
    `// ${pluginId} round ${round}\nlet active = false;\nexport function activate(context) { active = context.pluginId.length > 0; }\nexport function deactivate() { active = false; }\n`,
  );
}

const anyPorts = new Proxy({}, { get: () => new Proxy({}, { get: () => () => undefined }) }) as HostPorts;
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** One round: the host registers and activates every plugin; then the bare baseline imports and activates the same set. */
export async function activationRound(count: number, seed: number, round: number): Promise<ActivationRound> {
  const { manifests, edges } = randomDag(count, seed);
  const bytes = new Map(manifests.map((manifest) => [manifest.id, moduleBytes(manifest.id, round)]));
  const host = new PluginHost({
    tojuVersion: "1.0.0",
    grantedCapabilities: () => CAPABILITIES,
    loadModule: createPluginModuleLoader({
      approvedOrigins: () => [],
      fetchBytes: async (_url, plugin) => bytes.get(plugin.manifest.id)!,
      importModule: importModuleFromBytes,
    }),
    createApi: (pluginId) =>
      createPluginClientApi(
        pluginId,
        { host: anyPorts, log: silent, context: { serverId: () => undefined, channelId: () => undefined } },
        {
          assert: () => undefined,
        },
      ),
    reportError: () => undefined,
  });
  const started = performance.now();
  for (const manifest of manifests) host.registerManifest(manifest, { kind: "local", pluginRootUrl: `file:///plugins/${manifest.id}/` });
  const registered = performance.now();
  await host.activateAll();
  const activated = performance.now();
  const running = host.runningPluginIds.length;

  const baselineBytes = manifests.map((manifest) => moduleBytes(manifest.id, round + 1_000_000));
  const baselineStart = performance.now();
  const modules = await Promise.all(baselineBytes.map(async (source) => toPluginModule(await importModuleFromBytes(source))));
  for (const module of modules as TojuClientPluginModule[])
    await module.activate?.({ pluginId: "bench", manifest: manifests[0], api: undefined as never, subscriptions: [] });
  const baselineMs = performance.now() - baselineStart;
  return { registerMs: registered - started, activateMs: activated - registered, baselineMs, activated: running, edges };
}

/** Planning alone: `rounds` plans of `count` validated plugins, each duration in ms. */
export function planningRounds(count: number, seed: number, rounds: number): { durations: number[]; planned: number } {
  const { manifests } = randomDag(count, seed);
  const candidates = manifests.map((manifest) => ({
    manifest,
    origin: { kind: "local" as const, pluginRootUrl: `file:///plugins/${manifest.id}/` },
  }));
  const grantedCapabilities = new Map(manifests.map((manifest) => [manifest.id, CAPABILITIES]));
  const durations: number[] = [];
  let planned = 0;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const plan = planActivation({ apiMajor: "1", tojuVersion: "1.0.0", candidates, grantedCapabilities });
    durations.push(performance.now() - start);
    planned = plan.activate.length;
  }
  return { durations, planned };
}

(window as unknown as { tojuBench: unknown }).tojuBench = { activationRound, planningRounds };
