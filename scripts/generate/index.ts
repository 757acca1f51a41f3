// `npm run generate`: spec/ → generated/ (JSON Schema, OpenAPI 3.1, TypeScript types, the IPC surface and constants,
// standalone validators, tsoa routes).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { diffTrees } from "./diff-trees";
import { compileSpec, type TspOutput } from "./tsp-compile";
import { normalizeJsonSchemas, writeJsonSchemas } from "./json-schema-step";
import { normalizeOpenApi, writeOpenApi } from "./openapi-step";
import { writeRouteTable } from "./route-table-step";
import { ipcModelNames, readSurface, writeSurface } from "./surface-step";
import { writeTsoaOutput } from "./tsoa-step";
import { writeContractTypes } from "./types-step";
import { validatorGroups } from "./validator-groups";
import { writeValidators } from "./validators-step";

const repoRoot = path.resolve(__dirname, "..", "..");
const committed = path.join(repoRoot, "generated");

async function step<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  console.log(`generate: ${label} (${Date.now() - started} ms)`);
  return result;
}

async function generate(generated: string): Promise<void> {
  const output: TspOutput = await step("tsp compile spec/", () => compileSpec(repoRoot));
  rmSync(generated, { recursive: true, force: true });
  const [schemaDir, openapiDir, typesDir, validatorsDir] = ["json-schema", "openapi", "types", "validators"].map((d) => {
    mkdirSync(path.join(generated, d), { recursive: true });
    return path.join(generated, d);
  });
  const schemas = normalizeJsonSchemas(output.jsonSchemas);
  const openapi = normalizeOpenApi(output.openapi);
  const surface = await readSurface(output.program);
  await step("json-schema", () => writeJsonSchemas(schemaDir, schemas));
  await step("openapi 3.1", () => writeOpenApi(openapiDir, openapi));
  await step("types", () => writeContractTypes(repoRoot, typesDir, openapi, schemas));
  await step("validators", () => writeValidators(validatorsDir, schemas, validatorGroups(openapi, ipcModelNames(surface))));
  await step("IPC surface + constants", () => writeSurface(typesDir, validatorsDir, surface));
  await step("tsoa routes + spec", () => writeTsoaOutput(path.join(generated, "server")));
  await step("route table", () => writeRouteTable(path.join(generated, "server"), openapi));
}

/** `--check` regenerates into a scratch folder and fails when generated/ differs: CI catches a spec edit without regeneration. */
async function main(): Promise<void> {
  if (!process.argv.includes("--check")) return generate(committed);
  const scratch = mkdtempSync(path.join(tmpdir(), "toju-generated-"));
  try {
    await generate(path.join(scratch, "generated"));
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
