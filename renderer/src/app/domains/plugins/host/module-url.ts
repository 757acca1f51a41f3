// Where a plugin's module is fetched from: inside its local folder, or a remote origin the user approved (https only).
import { isSecureBundleUrl } from "@toju/contracts/manifest/semantic/bundle-rules";
import type { PluginDescriptor } from "../activation/plugin-descriptor";

export type ModuleUrlErrorCode = "no_module" | "invalid_url" | "path_outside_root" | "insecure_url" | "origin_not_approved";

export type ModuleUrlResult = { ok: true; url: string; integrity?: string } | { ok: false; code: ModuleUrlErrorCode; message: string };

export interface ModuleUrlPolicy {
  /** Origins (`https://host[:port]`) the user approved when installing; remote code from any other is refused. */
  approvedOrigins: readonly string[];
}

/**
 * A local plugin imports `pluginRootUrl + entrypoint`, or its bundle when it has no entrypoint;
 * a remote plugin imports `bundle.entrypointUrl ?? bundle.url`. `integrity` is returned for the loader to verify.
 */
export function resolveModuleUrl(plugin: PluginDescriptor, policy: ModuleUrlPolicy): ModuleUrlResult {
  const { manifest, origin } = plugin;
  if (origin.kind === "local" && manifest.entrypoint !== undefined) return localUrl(origin.pluginRootUrl, manifest.entrypoint);
  if (manifest.bundle) return remoteUrl(manifest.bundle.entrypointUrl ?? manifest.bundle.url, manifest.bundle.integrity, policy);
  return { ok: false, code: "no_module", message: `"${manifest.title}" has no module to load.` };
}

function localUrl(pluginRootUrl: string, entrypoint: string): ModuleUrlResult {
  const root = parse(pluginRootUrl.endsWith("/") ? pluginRootUrl : `${pluginRootUrl}/`);
  if (!root || root.protocol !== "file:")
    return { ok: false, code: "invalid_url", message: `The plugin folder URL '${pluginRootUrl}' is not a file: URL.` };
  const url = parse(entrypoint, root.href);
  if (!url || url.protocol !== "file:" || !url.href.startsWith(root.href)) {
    return { ok: false, code: "path_outside_root", message: `The entrypoint '${entrypoint}' is outside the plugin folder.` };
  }
  return { ok: true, url: url.href };
}

function remoteUrl(value: string, integrity: string | undefined, policy: ModuleUrlPolicy): ModuleUrlResult {
  const url = parse(value);
  if (!url) return { ok: false, code: "invalid_url", message: `'${value}' is not a URL.` };
  if (!isSecureBundleUrl(url.href)) {
    return {
      ok: false,
      code: "insecure_url",
      message: `Plugin code is loaded over https only (plain http only from this machine), not from '${url.origin}'.`,
    };
  }
  const approved = new Set(policy.approvedOrigins.map((o) => parse(o)?.origin).filter((o) => o !== undefined));
  if (!approved.has(url.origin)) {
    return { ok: false, code: "origin_not_approved", message: `Loading plugin code from ${url.origin} was not approved.` };
  }
  return integrity === undefined ? { ok: true, url: url.href } : { ok: true, url: url.href, integrity };
}

function parse(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
