// The staleness check behind `npm run generate:check` names every added, missing and changed file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { diffTrees } from "./diff-trees";

describe("diffTrees", () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(path.join(tmpdir(), "toju-diff-"))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const tree = (name: string, files: Record<string, string>) => {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name, rel)), { recursive: true });
      writeFileSync(path.join(root, name, rel), text);
    }
    return path.join(root, name);
  };

  it("is empty for identical trees", () => {
    expect(diffTrees(tree("a", { "x.json": "1", "d/y.ts": "2" }), tree("b", { "x.json": "1", "d/y.ts": "2" }))).toEqual([]);
  });

  it("reports a hand edit, a deleted file and a stray file", () => {
    const fresh = tree("fresh", { "x.json": "1", "d/y.ts": "2" });
    const committed = tree("committed", { "x.json": "1 edited by hand", "stray.ts": "" });
    expect(diffTrees(fresh, committed)).toEqual([
      `missing: generated/${path.join("d", "y.ts")}`,
      "not produced by spec/: generated/stray.ts",
      "changed: generated/x.json",
    ]);
  });
});
