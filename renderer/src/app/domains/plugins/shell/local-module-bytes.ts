// Reads a local plugin's module through the desktop's readLocalPluginFile: the loader's file: URL becomes a path
// relative to the plugin folder that discovery reported (the desktop side checks containment again).
import type { TojuDesktopApi } from "@toju/contracts/desktop/desktop-ipc";

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
