// Writes the published OpenAPI 3.1 document with plain component names (`PluginRequirement`, not `Toju.Contract.PluginRequirement`).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { isObject, mapRefs, normalizeSchema, stableJson, type JsonObject } from "./schema-normalize";

const PREFIX = "Toju.Contract.";

export function normalizeOpenApi(raw: JsonObject): JsonObject {
  const renamed = mapRefs(raw, (ref) => ref.replace(`#/components/schemas/${PREFIX}`, "#/components/schemas/")) as JsonObject;
  const components = renamed.components as JsonObject;
  const schemas = components.schemas as JsonObject;
  const plain: JsonObject = {};
  for (const name of Object.keys(schemas).sort()) {
    const short = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : name;
    if (short in plain) throw new Error(`component name clash: ${short}`);
    plain[short] = normalizeSchema(schemas[name]);
  }
  const info = isObject(renamed.info) ? renamed.info : {};
  return { ...renamed, info: { ...info }, components: { ...components, schemas: plain } };
}

export function writeOpenApi(outDir: string, doc: JsonObject): string {
  const file = path.join(outDir, "openapi.json");
  writeFileSync(file, stableJson(doc));
  return file;
}
