// Reads a local plugin's module through the desktop's readLocalPluginFile: the loader's file: URL, or for a plugin
// installed from a URL the downloaded module discovery reported, becomes a path relative to the plugin folder (the
// desktop side checks containment again).
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";
import type { LocalPluginManifestDescriptor } from "@toju/generated/types/contract";

type InstalledFolder = Pick<LocalPluginManifestDescriptor, "pluginRoot" | "entrypointPath" | "source">;

export function relativeModulePath(pluginRootUrl: string, moduleUrl: string): string {
  const root = pluginRootUrl.endsWith("/") ? pluginRootUrl : `${pluginRootUrl}/`;
  if (!moduleUrl.startsWith(root)) throw new Error(`'${moduleUrl}' is outside the plugin folder`);
  return decodeURIComponent(moduleUrl.slice(root.length));
}

export async function readLocalModuleBytes(
  desktop: Pick<TojuDesktopApi, "readLocalPluginFile">,
  pluginRoot: string,
  pluginRootUrl: string,
  moduleUrl: string,
): Promise<Uint8Array> {
  const file = await desktop.readLocalPluginFile({ pluginRoot, path: relativeModulePath(pluginRootUrl, moduleUrl) });
  return decodeBase64(file.contentBase64);
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The downloaded module of a plugin installed from a URL, relative to its folder; `undefined` for any other folder. */
export function installedModulePath({ pluginRoot, entrypointPath, source }: InstalledFolder): string | undefined {
  if (!source) return undefined;
  if (entrypointPath === undefined) throw new Error(`the plugin installed from ${source.url} has no downloaded module`);
  const root = pluginRoot.replace(/[\\/]+$/, "");
  const separator = entrypointPath.charAt(root.length);
  if (!entrypointPath.startsWith(root) || (separator !== "/" && separator !== "\\"))
    throw new Error(`'${entrypointPath}' is outside the plugin folder`);
  return entrypointPath.slice(root.length + 1).replaceAll("\\", "/");
}

/** Bytes of an installed plugin's downloaded module, or `undefined` when the folder was not installed from a URL. */
export function readInstalledModuleBytes(
  desktop: Pick<TojuDesktopApi, "readLocalPluginFile">,
  folder: InstalledFolder,
): Promise<Uint8Array> | undefined {
  const path = installedModulePath(folder);
  if (path === undefined) return undefined;
  return desktop.readLocalPluginFile({ pluginRoot: folder.pluginRoot, path }).then((file) => decodeBase64(file.contentBase64));
}
