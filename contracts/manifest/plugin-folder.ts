// Checks a plugin folder the way the desktop loader sees it: which manifest file wins, and that every file it names exists inside the folder.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { resolveInsidePluginRoot } from "../paths/is-path-inside";
import { pointer, toResult, type ManifestIssue, type ManifestValidationResult } from "./manifest-issue";
import { asArray, asObject, UI_CONTRIBUTION_LISTS } from "./semantic/manifest-view";
import { validateManifest } from "./validate-manifest";

export const MANIFEST_FILE_NAMES = ["toju-plugin.json", "plugin.json"] as const;
export const MAX_MANIFEST_BYTES = 1024 * 1024;

export type ManifestFileLoad = { ok: true; manifest: unknown } | { ok: false; message: string };

/** Reads and parses a manifest file; refuses files over 1 MiB before reading them. */
export async function loadManifestFile(file: string): Promise<ManifestFileLoad> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, message: `${file} is not a file` };
    size = info.size;
  } catch {
    return { ok: false, message: `${file} cannot be read` };
  }
  if (size > MAX_MANIFEST_BYTES) return { ok: false, message: `${file} is ${size} bytes; a manifest may be at most ${MAX_MANIFEST_BYTES}` };
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { ok: false, message: `${file} cannot be read` };
  }
  try {
    return { ok: true, manifest: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON: ${(error as Error).message}` };
  }
}

export type PluginFolderCheck = { ok: true; manifestPath: string; result: ManifestValidationResult } | { ok: false; message: string };

export async function validatePluginFolder(folder: string): Promise<PluginFolderCheck> {
  let manifestPath: string | undefined;
  for (const name of MANIFEST_FILE_NAMES) {
    const candidate = path.join(folder, name);
    if (await exists(candidate)) {
      manifestPath = candidate;
      break;
    }
  }
  if (!manifestPath) return { ok: false, message: `${folder} has neither ${MANIFEST_FILE_NAMES.join(" nor ")}` };
  const inside = await resolveInsidePluginRoot(folder, path.basename(manifestPath));
  if (!inside.ok) {
    const result = toResult([{ code: inside.reason, path: "", message: `manifest file: ${inside.message}` }]);
    return { ok: true, manifestPath, result };
  }
  const load = await loadManifestFile(manifestPath);
  if (!load.ok) return { ok: false, message: load.message };
  const result = validateManifest(load.manifest);
  const fileIssues = await referencedFileIssues(folder, load.manifest, new Set(result.issues.map((i) => i.path)));
  return { ok: true, manifestPath, result: toResult([...result.issues, ...fileIssues]) };
}

/** Every path a manifest names, with its pointer: entrypoint, readme, stylesheets and UI icons. */
export function referencedPaths(manifest: unknown): { path: string; value: unknown }[] {
  const m = asObject(manifest);
  if (!m) return [];
  const found: { path: string; value: unknown }[] = [];
  for (const field of ["entrypoint", "readme"] as const) if (m[field] !== undefined) found.push({ path: pointer(field), value: m[field] });
  const ui = asObject(m.ui) ?? {};
  asArray(ui.stylesheets).forEach((value, i) => found.push({ path: pointer("ui", "stylesheets", i), value }));
  for (const [list] of UI_CONTRIBUTION_LISTS) {
    asArray(ui[list]).forEach((entry, i) => {
      const icon = asObject(entry)?.icon;
      if (icon !== undefined) found.push({ path: pointer("ui", list, i, "icon"), value: icon });
    });
  }
  return found;
}

async function referencedFileIssues(folder: string, manifest: unknown, alreadyFlagged: Set<string>): Promise<ManifestIssue[]> {
  const issues: ManifestIssue[] = [];
  for (const ref of referencedPaths(manifest)) {
    if (alreadyFlagged.has(ref.path)) continue;
    const resolved = await resolveInsidePluginRoot(folder, ref.value);
    if (!resolved.ok) issues.push({ code: resolved.reason, path: ref.path, message: resolved.message });
    else if (!(await stat(resolved.realPath)).isFile())
      issues.push({ code: "not_a_file", path: ref.path, message: `${String(ref.value)} is not a file` });
  }
  return issues;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ENOENT" && (error as NodeJS.ErrnoException).code !== "ENOTDIR";
  }
}
