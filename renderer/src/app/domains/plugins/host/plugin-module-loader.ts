// The host's `loadModule` port: resolve the URL, fetch the bytes, verify their integrity, import, check the exports. A
// plugin installed from a URL is read from the module the desktop downloaded into its folder, never fetched here.
import { CodedError } from "@toju/contracts/errors/coded-error";
import type { TojuClientPluginModule } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginDescriptor } from "../activation/plugin-descriptor";
import { verifyIntegrity, type IntegrityErrorCode } from "@toju/contracts/integrity/subresource-integrity";
import { resolveModuleUrl, type ModuleUrlErrorCode } from "./module-url";

export interface PluginModuleLoaderPorts {
  /** Origins the user approved for this plugin when installing it (kept with the grants). */
  approvedOrigins(pluginId: string): readonly string[];
  /** `fetch` for remote code, the desktop bridge's `readLocalPluginFile` for local files. */
  fetchBytes(url: string, plugin: PluginDescriptor): Promise<ArrayBuffer | Uint8Array>;
  /**
   * The bytes of the module `installPluginFromUrl` downloaded into the plugin's folder, read through the desktop;
   * `undefined` for a plugin that was not installed from a URL.
   */
  readInstalledModule?(plugin: PluginDescriptor): Promise<ArrayBuffer | Uint8Array> | undefined;
  /** `importModuleFromBytes` in the browser. */
  importModule(bytes: ArrayBuffer | Uint8Array): Promise<unknown>;
  /** Starts a plugin whose manifest says `isolation: "worker"` in its own worker; a host without it refuses such plugins. */
  loadIsolated?(bytes: ArrayBuffer | Uint8Array, plugin: PluginDescriptor): Promise<TojuClientPluginModule>;
}

export class PluginModuleLoadError extends CodedError<
  ModuleUrlErrorCode | IntegrityErrorCode | "invalid_module" | "isolation_unavailable"
> {
  override readonly name = "PluginModuleLoadError";
}

const HOOKS = ["activate", "ready", "deactivate", "onServerRequirementsChanged", "onPluginDataChanged"] as const;

export function createPluginModuleLoader(ports: PluginModuleLoaderPorts): (plugin: PluginDescriptor) => Promise<TojuClientPluginModule> {
  return async (plugin) => {
    const { bytes, integrity } = await readModule(plugin, ports);
    if (integrity !== undefined) {
      const verified = await verifyIntegrity(bytes, integrity);
      if (!verified.ok) throw new PluginModuleLoadError(verified.code, verified.message);
    }
    if (plugin.manifest.isolation === "worker") {
      if (!ports.loadIsolated)
        throw new PluginModuleLoadError("isolation_unavailable", "This host cannot run plugins in a worker (isolation: worker).");
      return ports.loadIsolated(bytes, plugin);
    }
    return toPluginModule(await ports.importModule(bytes));
  };
}

/** The downloaded module is checked again against `bundle.integrity`: the folder may have changed since the install. */
async function readModule(
  plugin: PluginDescriptor,
  ports: PluginModuleLoaderPorts,
): Promise<{ bytes: ArrayBuffer | Uint8Array; integrity?: string }> {
  const installed = ports.readInstalledModule?.(plugin);
  if (installed) return { bytes: await installed, integrity: plugin.manifest.bundle?.integrity };
  const resolved = resolveModuleUrl(plugin, { approvedOrigins: ports.approvedOrigins(plugin.manifest.id) });
  if (!resolved.ok) throw new PluginModuleLoadError(resolved.code, resolved.message);
  return { bytes: await ports.fetchBytes(resolved.url, plugin), integrity: resolved.integrity };
}

/** Hooks may be named exports or methods of the default export (kept bound to it); a hook that is not a function is refused. */
export function toPluginModule(namespace: unknown): TojuClientPluginModule {
  if (typeof namespace !== "object" || namespace === null)
    throw new PluginModuleLoadError("invalid_module", "The plugin module exports nothing.");
  const exported = namespace as Record<string, unknown>;
  const defaults = typeof exported.default === "object" && exported.default !== null ? (exported.default as Record<string, unknown>) : {};
  const module: Record<string, unknown> = {};
  for (const hook of HOOKS) {
    const owner = exported[hook] !== undefined ? exported : defaults;
    const value = owner[hook];
    if (value === undefined) continue;
    if (typeof value !== "function")
      throw new PluginModuleLoadError("invalid_module", `The plugin module's '${hook}' export is not a function.`);
    module[hook] = value.bind(owner);
  }
  return module as TojuClientPluginModule;
}
