// One set of named TypeScript types for the whole contract, made by openapi-typescript: the published OpenAPI
// document plus every JSON Schema model that no route reaches (websocket envelopes, IPC payloads, lifecycle states),
// so REST clients, envelopes and IPC share the same generated names. Enum values are exported as arrays too.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SCHEMA_BASE_URI } from "./json-schema-step";
import { mapRefs, type JsonObject } from "./schema-normalize";

const HEADER =
  "// Generated from spec/ by `npm run generate` (openapi-typescript). Do not edit.\n// Named types of every contract model (`TojuPluginManifest`, `ServerEnvelope`, …), the REST `paths` and enum value arrays.\n";

/** The published document with every JSON Schema model added as a component. */
export function allModelsDocument(openapi: JsonObject, schemas: Map<string, JsonObject>): JsonObject {
  const components = openapi.components as JsonObject;
  const merged: JsonObject = { ...(components.schemas as JsonObject) };
  for (const [name, schema] of schemas) {
    if (name in merged) continue;
    const { $schema: _s, $id: _i, $comment: _c, ...body } = schema;
    merged[name] = mapRefs(body, (ref) => {
      if (!ref.startsWith(SCHEMA_BASE_URI)) throw new Error(`${name}: $ref ${ref} is not a model; give the type a name in spec/`);
      return `#/components/schemas/${ref.slice(SCHEMA_BASE_URI.length).replace(/\.json$/, "")}`;
    });
  }
  const sorted: JsonObject = {};
  for (const name of Object.keys(merged).sort()) sorted[name] = withDiscriminatorMapping(merged[name] as JsonObject, merged);
  return { ...openapi, components: { ...components, schemas: sorted } };
}

export function writeContractTypes(repoRoot: string, outDir: string, openapi: JsonObject, schemas: Map<string, JsonObject>): void {
  const scratch = mkdtempSync(path.join(tmpdir(), "toju-types-"));
  try {
    const input = path.join(scratch, "contract.json");
    const target = path.join(scratch, "contract.ts");
    writeFileSync(input, JSON.stringify(allModelsDocument(openapi, schemas)));
    const cli = path.join(repoRoot, "node_modules", "openapi-typescript", "bin", "cli.js");
    const flags = ["--root-types", "--root-types-no-schema-prefix", "--root-types-keep-casing", "--enum-values", "--empty-objects-unknown"];
    execFileSync(process.execPath, [cli, input, "--output", target, ...flags], { stdio: ["ignore", "ignore", "inherit"] });
    const code = readFileSync(target, "utf8").replace(/^\/\*\*[\s\S]*?\*\/\n/, "");
    writeFileSync(path.join(outDir, "contract.ts"), `${HEADER}${code}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * OpenAPI reads a discriminator without `mapping` as "the value is the schema name"; ours are the members' `const`s
 * (`"identify"`, not `"IdentifyEnvelope"`), so the mapping is spelt out from them.
 */
function withDiscriminatorMapping(schema: JsonObject, all: JsonObject): JsonObject {
  const discriminator = schema.discriminator as { propertyName: string; mapping?: unknown } | undefined;
  if (!discriminator || discriminator.mapping || !Array.isArray(schema.oneOf)) return schema;
  const mapping: Record<string, string> = {};
  for (const member of schema.oneOf as { $ref: string }[]) {
    const name = member.$ref.replace("#/components/schemas/", "");
    const property = ((all[name] as JsonObject).properties as Record<string, { const?: unknown }>)[discriminator.propertyName];
    if (typeof property?.const !== "string") throw new Error(`${name}.${discriminator.propertyName} is no string constant`);
    mapping[property.const] = member.$ref;
  }
  return { ...schema, discriminator: { ...discriminator, mapping } };
}
