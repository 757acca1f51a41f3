// `toju-plugin validate` on a folder or a lone manifest file, with the desktop loader's reader: the same manifest
// wins, it is read the same way, and every file it names must be a regular file inside the folder.
import { realpath } from "node:fs/promises";
import { toResult, type ManifestIssue, type ManifestValidationResult } from "../manifest/manifest-issue";
import { validateManifest } from "../manifest/validate-manifest";
import { MANIFEST_FILE_NAMES, MAX_MANIFEST_BYTES, parseManifestText } from "./manifest-text";
import { PluginFolderRefusal, readFolderManifest, resolveReferencedFile } from "./plugin-folder-reader";
import { readRegularFile, RegularFileError } from "./regular-file";
import { referencedPaths } from "./referenced-paths";

/** `ok: false` is unusable input (exit 2): nothing could be validated. */
export type ManifestCheck = { ok: true; manifestPath: string; result: ManifestValidationResult } | { ok: false; message: string };

/** A manifest file on its own: paths it names are checked only syntactically. */
export async function checkManifestFile(file: string): Promise<ManifestCheck> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, MAX_MANIFEST_BYTES);
  } catch (error) {
    if (!(error instanceof RegularFileError)) throw error;
    if (error.problem === "too_large")
      return { ok: false, message: `${file} ${error.message}; a manifest may be at most ${MAX_MANIFEST_BYTES} bytes` };
    return { ok: false, message: `${file} ${error.message}` };
  }
  const parsed = parseManifestText(bytes);
  if (!parsed.ok) return { ok: false, message: `${file}: ${parsed.message}` };
  return { ok: true, manifestPath: file, result: validateManifest(parsed.manifest) };
}

/** A plugin folder as the desktop loader sees it. */
export async function checkPluginFolder(folder: string): Promise<ManifestCheck> {
  let root: string;
  try {
    root = await realpath(folder);
  } catch {
    return { ok: false, message: `${folder} cannot be read` };
  }
  let found;
  try {
    found = await readFolderManifest(folder, root);
  } catch (error) {
    if (!(error instanceof PluginFolderRefusal)) throw error;
    if (error.code === "path_outside_root" || error.code === "invalid_path") {
      return {
        ok: true,
        manifestPath: error.path,
        result: toResult([{ code: error.code, path: "", message: `manifest file: ${error.message}` }]),
      };
    }
    if (error.code === "manifest_too_large")
      return { ok: false, message: `${error.path}: ${error.message}; a manifest may be at most ${MAX_MANIFEST_BYTES} bytes` };
    return { ok: false, message: `${error.path}: ${error.message}` };
  }
  if (!found) return { ok: false, message: `${folder} has neither ${MANIFEST_FILE_NAMES.join(" nor ")}` };
  return { ok: true, manifestPath: found.manifestPath, result: await folderIssues(root, found.manifest) };
}

/** What `validate` reports for a manifest read from the folder whose real path is `root`: the manifest's own issues and
 * those of every file it names. */
export async function folderIssues(root: string, manifest: unknown): Promise<ManifestValidationResult> {
  const result = validateManifest(manifest);
  const flagged = new Set(result.issues.map((i) => i.path));
  const fileIssues: ManifestIssue[] = [];
  for (const ref of referencedPaths(manifest)) {
    if (flagged.has(ref.path)) continue;
    const resolved = await resolveReferencedFile(root, ref.value);
    if (!resolved.ok) fileIssues.push({ code: resolved.code, path: ref.path, message: resolved.message });
  }
  return toResult([...result.issues, ...fileIssues]);
}
