// uninstallPlugin: removes the folder discovery lists for a plugin id, moving it aside first so a crash never leaves
// half a plugin behind, then the profile's data and settings values of the plugin.
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { discoverLocalPlugins } from "@toju/contracts/plugin-folder/discover-local-plugins";
import type { UninstallPluginResult } from "@toju/generated/types/contract";
import { IpcFailure } from "../ipc/ipc-error";
import type { ProfileState } from "../state/profile-state";

export async function uninstallPlugin(
  pluginId: string,
  pluginsPath: string,
  stagingPath: string,
  profile: ProfileState,
): Promise<UninstallPluginResult> {
  const { plugins } = await discoverLocalPlugins(pluginsPath);
  const plugin = plugins.find((candidate) => (candidate.manifest as { id?: unknown }).id === pluginId);
  if (!plugin) throw new IpcFailure("not_found", `no installed plugin ${pluginId}`);
  // The folder as the plugins folder names it (a link to a developer's checkout is unlinked, never emptied).
  const folder = path.dirname(plugin.manifestPath);
  await mkdir(stagingPath, { recursive: true });
  const aside = path.join(stagingPath, `removed-${pluginId}.${randomBytes(6).toString("hex")}`);
  await rename(folder, aside);
  await rm(aside, { recursive: true, force: true });
  const [data, settings] = await Promise.all([profile.data.deleteAll(pluginId), profile.clientData.deleteAll(pluginId)]);
  return { removedPath: folder, dataRemoved: data || settings };
}
