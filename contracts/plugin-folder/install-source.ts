// `source.json`: where a plugin installed from a URL came from. Discovery reports it, and for a remote bundle it
// names the downloaded module, which the manifest itself cannot (its `bundle.url` is remote).
import path from "node:path";
import type { PluginInstallSource } from "@toju/generated/types/contract";
import { validatePluginInstallSource } from "@toju/generated/validators/index";
import { PluginFolderRefusal } from "./plugin-folder-reader";
import { readRegularFile, RegularFileError } from "./regular-file";

export const SOURCE_FILE_NAME = "source.json";
const MAX_SOURCE_BYTES = 16 * 1024;

/** The folder's `source.json`, or undefined when it has none; a broken one refuses the folder. */
export async function readInstallSource(pluginRoot: string, manifestPath: string): Promise<PluginInstallSource | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path.join(pluginRoot, SOURCE_FILE_NAME), MAX_SOURCE_BYTES, { noFollow: true });
  } catch (error) {
    if (error instanceof RegularFileError && error.problem === "missing") return undefined;
    throw new PluginFolderRefusal("invalid_source", manifestPath, `${SOURCE_FILE_NAME} ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    value = undefined;
  }
  if (!validatePluginInstallSource(value))
    throw new PluginFolderRefusal("invalid_source", manifestPath, `${SOURCE_FILE_NAME} is not a valid install record`);
  return value;
}
