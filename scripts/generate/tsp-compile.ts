// Runs the TypeSpec compiler on spec/ into a scratch folder and returns the emitted files.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TspOutput {
  jsonSchemas: Map<string, Record<string, unknown>>;
  openapi: Record<string, unknown>;
}

export function compileSpec(repoRoot: string): TspOutput {
  const outDir = mkdtempSync(path.join(tmpdir(), "toju-tsp-"));
  try {
    const tsp = path.join(repoRoot, "node_modules", "@typespec", "compiler", "cmd", "tsp.js");
    execFileSync(
      process.execPath,
      [
        tsp,
        "compile",
        path.join(repoRoot, "spec"),
        "--warn-as-error",
        "--option",
        `@typespec/json-schema.emitter-output-dir=${path.join(outDir, "json-schema")}`,
        "--option",
        `@typespec/openapi3.emitter-output-dir=${path.join(outDir, "openapi")}`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const jsonSchemas = new Map<string, Record<string, unknown>>();
    for (const file of readdirSync(path.join(outDir, "json-schema")).sort()) {
      jsonSchemas.set(file.replace(/\.json$/, ""), readJson(path.join(outDir, "json-schema", file)));
    }
    return { jsonSchemas, openapi: readJson(path.join(outDir, "openapi", "openapi.json")) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}
