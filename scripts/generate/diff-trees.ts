// Lists the files that differ between two folders (added, missing or changed), for the staleness check.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export function diffTrees(expected: string, actual: string): string[] {
  const files = new Set([...listFiles(expected), ...listFiles(actual)]);
  const out: string[] = [];
  for (const rel of [...files].sort()) {
    const a = path.join(expected, rel);
    const b = path.join(actual, rel);
    if (!existsSync(b)) out.push(`missing: generated/${rel}`);
    else if (!existsSync(a)) out.push(`not produced by spec/: generated/${rel}`);
    else if (!readFileSync(a).equals(readFileSync(b))) out.push(`changed: generated/${rel}`);
  }
  return out;
}

function listFiles(root: string, rel = ""): string[] {
  if (!existsSync(path.join(root, rel))) return [];
  return readdirSync(path.join(root, rel)).flatMap((name) => {
    const child = path.join(rel, name);
    return statSync(path.join(root, child)).isDirectory() ? listFiles(root, child) : [child];
  });
}
