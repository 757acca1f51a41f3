// Test helper: a PluginHost wired to fake modules that record every hook call in one shared log.
import type { Capability, TojuPluginManifest } from "@toju/generated/types/contract";
import type { TojuClientPluginApi, TojuClientPluginModule, TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginDescriptor } from "../../activation/plugin-descriptor";
import { PluginHost, type PluginHostOptions } from "../plugin-host";
import type { PluginStateChange } from "../plugin-state-table";

export type FakeModule = TojuClientPluginModule | Error;

export function createTestHost(options: Partial<PluginHostOptions> = {}) {
  const log: string[] = [];
  const errors: string[] = [];
  const changes: PluginStateChange[] = [];
  const modules = new Map<string, FakeModule>();
  const contexts = new Map<string, TojuPluginActivationContext>();
  /** What the user granted each plugin; a test changes it, then calls `host.capabilityGrantsChanged()`. */
  const grants = new Map<string, Capability[]>();

  const recording = (id: string): TojuClientPluginModule => ({
    activate: (context) => {
      contexts.set(id, context);
      log.push(`${id}.activate`);
    },
    ready: () => void log.push(`${id}.ready`),
    deactivate: () => void log.push(`${id}.deactivate`),
    onServerRequirementsChanged: (_c, snapshot) => void log.push(`${id}.onServerRequirementsChanged#${snapshot.revision}`),
    onPluginDataChanged: (_c, event) => void log.push(`${id}.onPluginDataChanged:${event.key}`),
  });

  const loadModule = jest.fn(async (plugin: PluginDescriptor): Promise<TojuClientPluginModule> => {
    const id = plugin.manifest.id;
    log.push(`${id}.load`);
    const module = modules.get(id) ?? recording(id);
    if (module instanceof Error) throw module;
    return { ...recording(id), ...module };
  });
  const createApi = jest.fn(
    (pluginId: string, _manifest: TojuPluginManifest) => ({ context: { pluginId, apiVersion: "1" } }) as unknown as TojuClientPluginApi,
  );
  const host = new PluginHost({
    loadModule,
    createApi,
    tojuVersion: "1.5.0",
    hookTimeoutMs: 1000,
    grantedCapabilities: (pluginId) => grants.get(pluginId) ?? [],
    reportError: (id, m) => errors.push(`${id}: ${m}`),
    ...options,
  });
  host.onStateChange((change) => changes.push(change));

  const register = (...manifests: TojuPluginManifest[]): void => {
    for (const m of manifests) {
      const result = host.registerManifest(m, { kind: "local", pluginRootUrl: `file:///plugins/${m.id}/` });
      if (!result.accepted) throw new Error(`test manifest ${m.id} is invalid: ${JSON.stringify(result.issues)}`);
    }
  };
  const state = (id: string) => host.getState(id)?.state;
  const reason = (id: string) => host.getState(id)?.reason;

  return { host, log, errors, changes, modules, contexts, grants, loadModule, createApi, register, state, reason, recording };
}
