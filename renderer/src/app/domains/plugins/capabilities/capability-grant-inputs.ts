// Checks on what callers hand the capability service: plugin ids, capability strings, bundle origins.
import { isSecureBundleUrl } from "@toju/contracts/manifest/semantic/bundle-rules";
import { capabilityValues, type Capability } from "@toju/generated/types/contract";
import { validateHttpOrigin, validatePluginId } from "@toju/generated/validators/index";
import { PluginGrantError } from "./plugin-grant-error";

const knownCapabilities: ReadonlySet<string> = new Set(capabilityValues);

export function isCapability(value: unknown): value is Capability {
  return typeof value === "string" && knownCapabilities.has(value);
}

export function requirePluginId(pluginId: unknown): string {
  if (!validatePluginId(pluginId)) throw new PluginGrantError("invalid_plugin_id", `'${describe(pluginId)}' is not a plugin id`);
  return pluginId;
}

export function requireCapability(capability: unknown): Capability {
  if (!isCapability(capability))
    throw new PluginGrantError("unknown_capability", `'${describe(capability)}' is not a capability of this host`);
  return capability;
}

/** The origin of a bundle URL, or undefined when the loader would never fetch from it (not https, nor http on loopback). */
export function bundleOrigin(urlOrOrigin: unknown): string | undefined {
  if (typeof urlOrOrigin !== "string" || !isSecureBundleUrl(urlOrOrigin)) return undefined;
  const origin = new URL(urlOrOrigin).origin;
  return validateHttpOrigin(origin) ? origin : undefined;
}

export function requireBundleOrigin(urlOrOrigin: unknown): string {
  const origin = bundleOrigin(urlOrOrigin);
  if (!origin) throw new PluginGrantError("invalid_origin", `'${describe(urlOrOrigin)}' is not an https origin (http only on loopback)`);
  return origin;
}

function describe(value: unknown): string {
  return String(typeof value === "string" ? value : typeof value).slice(0, 80);
}
