// Syntactic rules for a path a manifest names relative to its plugin root: no `..`, absolute, drive or NUL paths.

export type RelativePathProblem = "not_a_string" | "empty" | "nul" | "absolute" | "drive" | "parent_segment";

/** Why `value` is not a safe relative path, or null when it is one. */
export function relativePathProblem(value: unknown): RelativePathProblem | null {
  if (typeof value !== "string") return "not_a_string";
  if (value.length === 0) return "empty";
  if (value.includes("\u0000")) return "nul";
  if (/^[A-Za-z]:/.test(value)) return "drive";
  if (value.startsWith("/") || value.startsWith("\\")) return "absolute";
  if (value.split(/[/\\]/).includes("..")) return "parent_segment";
  return null;
}
