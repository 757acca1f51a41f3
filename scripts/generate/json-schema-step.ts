// Writes one JSON Schema file per model and the self-contained manifest bundle published for plugin authors.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { collectRefs, GENERATED_NOTE, mapRefs, normalizeSchema, stableJson, type JsonObject } from "./schema-normalize";

export const SCHEMA_BASE_URI = "https://schemas.toju.chat/plugin-system/v1/";
export const MANIFEST_BUNDLE_FILE = "toju-plugin.schema.json";

export function normalizeJsonSchemas(raw: Map<string, JsonObject>): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const [name, schema] of raw) {
    const { $schema, $id, ...rest } = normalizeSchema(schema) as JsonObject;
    out.set(name, { $schema, $id, $comment: GENERATED_NOTE, ...rest });
  }
  return out;
}

export function writeJsonSchemas(outDir: string, schemas: Map<string, JsonObject>): void {
  for (const [name, schema] of schemas) writeFileSync(path.join(outDir, `${name}.json`), stableJson(schema));
  writeFileSync(path.join(outDir, MANIFEST_BUNDLE_FILE), stableJson(bundleSchema("TojuPluginManifest", schemas)));
}

/** One file, every `$ref` local (`#/$defs/X`): VS Code resolves no `$id` embedded in a bundle. */
export function bundleSchema(rootName: string, schemas: Map<string, JsonObject>): JsonObject {
  const nameOf = (ref: string): string => {
    if (!ref.startsWith(SCHEMA_BASE_URI) || !ref.endsWith(".json")) throw new Error(`unexpected $ref ${ref}`);
    return ref.slice(SCHEMA_BASE_URI.length, -".json".length);
  };
  const needed = new Set<string>();
  const visit = (name: string): void => {
    const schema = schemas.get(name);
    if (!schema) throw new Error(`no schema named ${name}`);
    for (const ref of collectRefs(schema)) {
      const dep = nameOf(ref);
      if (!needed.has(dep) && dep !== rootName) {
        needed.add(dep);
        visit(dep);
      }
    }
  };
  visit(rootName);
  const localize = (schema: JsonObject): JsonObject => {
    const { $schema: _s, $id: _i, $comment: _c, ...body } = schema;
    return mapRefs(body, (ref) => `#/$defs/${nameOf(ref)}`) as JsonObject;
  };
  const $defs: JsonObject = {};
  for (const name of [...needed].sort()) $defs[name] = localize(schemas.get(name)!);
  const root = localize(schemas.get(rootName)!);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${SCHEMA_BASE_URI}${MANIFEST_BUNDLE_FILE}`,
    $comment: GENERATED_NOTE,
    title: "Toju plugin manifest",
    ...root,
    $defs,
  };
}
