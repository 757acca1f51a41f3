// Compiles spec/ with the TypeSpec compiler API (options from spec/tspconfig.yaml) into a scratch folder and returns
// the emitted JSON Schemas and OpenAPI document together with the checked program, which later steps read directly.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Program } from "@typespec/compiler";

export interface TspOutput {
  jsonSchemas: Map<string, Record<string, unknown>>;
  openapi: Record<string, unknown>;
  program: Program;
}

export async function compileSpec(repoRoot: string): Promise<TspOutput> {
  const tsp = await import("@typespec/compiler");
  const entrypoint = path.join(repoRoot, "spec", "main.tsp");
  const outputDir = mkdtempSync(path.join(tmpdir(), "toju-tsp-"));
  try {
    const [options, configProblems] = await tsp.resolveCompilerOptions(tsp.NodeHost, {
      cwd: repoRoot,
      entrypoint,
      overrides: { outputDir },
    });
    const program = await tsp.compile(tsp.NodeHost, entrypoint, { ...options, warningAsError: true });
    const problems = [...configProblems, ...program.diagnostics];
    if (problems.length > 0) {
      const lines = problems.map((d) => `${tsp.formatDiagnostic(d)}`);
      throw new Error(`spec/ does not compile:\n${lines.join("\n")}`);
    }
    const jsonSchemas = new Map<string, Record<string, unknown>>();
    for (const file of readdirSync(path.join(outputDir, "json-schema")).sort()) {
      jsonSchemas.set(file.replace(/\.json$/, ""), readJson(path.join(outputDir, "json-schema", file)));
    }
    return { jsonSchemas, openapi: readJson(path.join(outputDir, "openapi", "openapi.json")), program };
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}
