// Realpath containment: a file a plugin names must stay inside its plugin root, symlinks included.
import { realpath } from "node:fs/promises";
import path from "node:path";
import { relativePathProblem } from "./relative-path";

/** True when `candidate` equals `root` or lies below it (both already absolute and resolved). */
export function isPathInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === "" || (!rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel));
}

export type ResolvedPluginPath =
  { ok: true; realPath: string } | { ok: false; reason: "invalid_path" | "path_outside_root" | "missing_file"; message: string };

/**
 * Resolves `relative` against the real path of `pluginRoot` and follows symlinks; refuses anything
 * syntactically unsafe or whose real path leaves the root.
 */
export async function resolveInsidePluginRoot(
  pluginRoot: string,
  relative: unknown,
  options: { rootIsReal?: boolean } = {},
): Promise<ResolvedPluginPath> {
  const problem = relativePathProblem(relative);
  if (problem === "parent_segment") return { ok: false, reason: "path_outside_root", message: "a '..' segment leaves the plugin folder" };
  if (problem)
    return { ok: false, reason: "invalid_path", message: `not a relative path inside the plugin folder (${problem.replace(/_/g, " ")})` };
  // Callers that resolve many paths of one root pass its real path once (`rootIsReal`) and save a realpath each.
  const realRoot = options.rootIsReal ? pluginRoot : await realpath(pluginRoot);
  const lexical = path.resolve(realRoot, relative as string);
  if (!isPathInside(realRoot, lexical)) return { ok: false, reason: "path_outside_root", message: "path leaves the plugin folder" };
  let real: string;
  try {
    real = await realpath(lexical);
  } catch {
    return { ok: false, reason: "missing_file", message: `${String(relative)} does not exist` };
  }
  if (!isPathInside(realRoot, real))
    return { ok: false, reason: "path_outside_root", message: "path resolves (through a link) outside the plugin folder" };
  return { ok: true, realPath: real };
}
