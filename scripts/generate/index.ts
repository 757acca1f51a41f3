// `npm run generate`: spec/ → generated/ (JSON Schema, OpenAPI 3.1, TypeScript types, standalone validators).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { diffTrees } from "./diff-trees";
import { compileSpec } from "./tsp-compile";
import { normalizeJsonSchemas, writeJsonSchemas } from "./json-schema-step";
import { normalizeOpenApi, writeOpenApi } from "./openapi-step";
import { writeTsoaOutput } from "./tsoa-step";
import { writeContractTypes } from "./types-step";
import { writeValidators } from "./validators-step";

const repoRoot = path.resolve(__dirname, "..", "..");
const committed = path.join(repoRoot, "generated");

function step(label: string, run: () => void): void {
  const started = Date.now();
  run();
  console.log(`generate: ${label} (${Date.now() - started} ms)`);
}

function generate(generated: string): void {
  let output!: ReturnType<typeof compileSpec>;
  step("tsp compile spec/", () => (output = compileSpec(repoRoot)));
  rmSync(generated, { recursive: true, force: true });
  const dirs = ["json-schema", "openapi", "types", "validators"].map((d) => path.join(generated, d));
  dirs.forEach((d) => mkdirSync(d, { recursive: true }));
  const [schemaDir, openapiDir, typesDir, validatorsDir] = dirs;
  const schemas = normalizeJsonSchemas(output.jsonSchemas);
  step("json-schema", () => writeJsonSchemas(schemaDir, schemas));
  let openapiFile = "";
  step("openapi 3.1", () => (openapiFile = writeOpenApi(openapiDir, normalizeOpenApi(output.openapi))));
  step("types", () => {
    writeContractTypes(typesDir, schemas);
    const cli = path.join(repoRoot, "node_modules", "openapi-typescript", "bin", "cli.js");
    const target = path.join(typesDir, "openapi.ts");
    execFileSync(process.execPath, [cli, openapiFile, "--output", target, "--root-types", "--root-types-no-schema-prefix"], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    const code = readFileSync(target, "utf8").replace(/^\/\*\*[\s\S]*?\*\/\n/, "");
    writeFileSync(target, `// Generated from spec/ by \`npm run generate\` (openapi-typescript). Do not edit.\n${code}`);
  });
  step("validators", () => writeValidators(validatorsDir, schemas));
  step("tsoa routes + spec", () => writeTsoaOutput(path.join(generated, "server")));
}

/** `--check` regenerates into a scratch folder and fails when generated/ differs: CI catches a spec edit without regeneration. */
function main(): void {
  if (!process.argv.includes("--check")) return generate(committed);
  const scratch = mkdtempSync(path.join(tmpdir(), "toju-generated-"));
  try {
    generate(path.join(scratch, "generated"));
    const differences = diffTrees(path.join(scratch, "generated"), committed);
    if (differences.length > 0) {
      console.error("generated/ is stale: run `npm run generate` and commit the result.");
      differences.forEach((d) => console.error(`  ${d}`));
      process.exitCode = 1;
    } else console.log("generate: generated/ is up to date");
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
