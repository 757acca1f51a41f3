// `npm run docs`: the SDK reference (TypeDoc → Markdown, docs/reference/sdk/) and the generated tables of the plugin
// builder's guide. `--check` rebuilds into a scratch folder and fails when the committed docs differ.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { diffTrees } from "../generate/diff-trees";
import { guideBlocks } from "./guide-blocks";

const repoRoot = path.resolve(__dirname, "..", "..");
const GUIDE = path.join("docs", "developer", "llm-plugin-builder-guide.md");
const REFERENCE = path.join("docs", "reference", "sdk");

/** Replaces the body of every `<!-- generated:NAME -->` block; a block with no generator is an error. */
export function fillGuide(text: string, blocks: Record<string, string>): string {
  return text.replace(/<!-- generated:([a-z-]+) -->\n[\s\S]*?<!-- \/generated:\1 -->/g, (_all, name: string) => {
    const body = blocks[name];
    if (body === undefined) throw new Error(`${GUIDE}: no generator for the block '${name}'`);
    return `<!-- generated:${name} -->\n${body}\n<!-- /generated:${name} -->`;
  });
}

function writeReference(outDir: string): void {
  const typedoc = path.join(repoRoot, "node_modules", "typedoc", "bin", "typedoc");
  execFileSync(process.execPath, [typedoc, "--out", outDir, "--logLevel", "Error"], { cwd: repoRoot, stdio: "inherit" });
}

function main(): void {
  const check = process.argv.includes("--check");
  const guide = fillGuide(readFileSync(path.join(repoRoot, GUIDE), "utf8"), guideBlocks());
  if (!check) {
    writeFileSync(path.join(repoRoot, GUIDE), guide);
    rmSync(path.join(repoRoot, REFERENCE), { recursive: true, force: true });
    writeReference(path.join(repoRoot, REFERENCE));
    console.log(`docs: wrote ${GUIDE} and ${REFERENCE}/`);
    return;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), "toju-docs-"));
  try {
    writeReference(path.join(scratch, "sdk"));
    const stale = diffTrees(path.join(scratch, "sdk"), path.join(repoRoot, REFERENCE)).map((d) => d.replace("generated/", `${REFERENCE}/`));
    if (guide !== readFileSync(path.join(repoRoot, GUIDE), "utf8")) stale.push(`changed: ${GUIDE}`);
    if (stale.length > 0) {
      console.error("docs are stale: run `npm run docs` and commit the result.");
      stale.forEach((line) => console.error(`  ${line}`));
      process.exitCode = 1;
    } else console.log("docs: up to date");
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
