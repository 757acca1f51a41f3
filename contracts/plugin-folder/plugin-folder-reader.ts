// The one reader of a plugin folder, shared by the desktop loader and `toju-plugin validate`: which manifest file
// wins, how it is opened (no link out of the folder, regular files only, 1 MiB cap) and parsed, and how a path the
// manifest names resolves inside the folder.
import { lstat } from "node:fs/promises";
import path from "node:path";
import type { LocalPluginDiscoveryErrorCode } from "@toju/generated/types/contract";
import { CodedError } from "../errors/coded-error";
import { resolveInsidePluginRoot } from "../paths/is-path-inside";
import { relativePathProblem } from "../paths/relative-path";
import { MANIFEST_FILE_NAMES, MAX_MANIFEST_BYTES, parseManifestText } from "./manifest-text";
import { readRegularFile, RegularFileError } from "./regular-file";

/** Why a folder (or its manifest) cannot be used; `path` is the folder or the manifest file. */
export class PluginFolderRefusal extends CodedError<LocalPluginDiscoveryErrorCode> {
  override readonly name = "PluginFolderRefusal";
  constructor(
    code: LocalPluginDiscoveryErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(code, message);
  }
}

export interface FolderManifest {
  /** `<folder>/<name>` as the folder was named (not resolved). */
  manifestPath: string;
  manifest: unknown;
}

/** The preferred manifest of the folder, read and parsed; null when the folder has none. `pluginRoot` is its real path. */
export async function readFolderManifest(folderPath: string, pluginRoot: string): Promise<FolderManifest | null> {
  for (const name of MANIFEST_FILE_NAMES) {
    const manifestPath = path.join(folderPath, name);
    const bytes = await readManifestBytes(pluginRoot, name, manifestPath);
    if (bytes === null) continue;
    const parsed = parseManifestText(bytes);
    if (!parsed.ok) throw new PluginFolderRefusal("invalid_json", manifestPath, parsed.message);
    return { manifestPath, manifest: parsed.manifest };
  }
  return null;
}

async function readManifestBytes(pluginRoot: string, name: string, manifestPath: string): Promise<Buffer | null> {
  try {
    return await readRegularFile(path.join(pluginRoot, name), MAX_MANIFEST_BYTES, { noFollow: true });
  } catch (error) {
    if (!(error instanceof RegularFileError)) throw error;
    if (error.problem === "missing") return null;
    if (error.problem !== "is_link") throw manifestRefusal(error, name, manifestPath);
  }
  // A link: allowed only when its target stays inside the plugin folder.
  const resolved = await resolveInsidePluginRoot(pluginRoot, name, { rootIsReal: true });
  if (!resolved.ok) throw new PluginFolderRefusal(resolved.reason, manifestPath, `${name}: ${resolved.message}`);
  try {
    return await readRegularFile(resolved.realPath, MAX_MANIFEST_BYTES);
  } catch (error) {
    if (error instanceof RegularFileError) throw manifestRefusal(error, name, manifestPath);
    throw error;
  }
}

function manifestRefusal(error: RegularFileError, name: string, manifestPath: string): PluginFolderRefusal {
  if (error.problem === "too_large") return new PluginFolderRefusal("manifest_too_large", manifestPath, `${name} ${error.message}`);
  if (error.problem === "missing") return new PluginFolderRefusal("missing_file", manifestPath, `${name} does not exist`);
  return new PluginFolderRefusal("unreadable", manifestPath, `${name} ${error.message}`);
}

export type ReferencedFile =
  | { ok: true; realPath: string }
  | {
      ok: false;
      code: Extract<LocalPluginDiscoveryErrorCode, "invalid_path" | "path_outside_root" | "missing_file" | "not_a_file">;
      message: string;
    };

/** Resolves a path the manifest names (entrypoint, readme, stylesheet, icon): inside the real root and a regular file. */
export async function resolveReferencedFile(pluginRoot: string, value: unknown): Promise<ReferencedFile> {
  const direct = await plainFileDirectlyInRoot(pluginRoot, value);
  if (direct) return { ok: true, realPath: direct };
  const resolved = await resolveInsidePluginRoot(pluginRoot, value, { rootIsReal: true });
  if (!resolved.ok) return { ok: false, code: resolved.reason, message: resolved.message };
  const stats = await lstat(resolved.realPath).catch(() => null);
  if (!stats?.isFile()) return { ok: false, code: "not_a_file", message: `${String(value)} is not a regular file` };
  return { ok: true, realPath: resolved.realPath };
}

/** A name with no separator that lstat shows to be a plain file (no link) in a real root is its own real path. */
async function plainFileDirectlyInRoot(pluginRoot: string, value: unknown): Promise<string | null> {
  if (typeof value !== "string" || relativePathProblem(value) !== null || /[/\\]/.test(value) || value === ".") return null;
  const candidate = path.join(pluginRoot, value);
  const stats = await lstat(candidate).catch(() => null);
  return stats?.isFile() ? candidate : null;
}
