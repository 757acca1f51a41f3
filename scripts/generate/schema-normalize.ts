// Turns TypeSpec's JSON Schema output into what editors, plain validators and SDK generators understand: sealed objects
// become `additionalProperties: false` (VS Code ignores `unevaluatedProperties`), open records `additionalProperties: {}`
// (openapi-typescript reads an object with no additionalProperties as `Record<string, never>`).
export type JsonObject = Record<string, unknown>;

export const GENERATED_NOTE = "Generated from spec/ by `npm run generate`. Do not edit.";

export function normalizeSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalizeSchema);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "unevaluatedProperties") continue;
    out[key] = normalizeSchema(value);
  }
  const seal = node.unevaluatedProperties;
  if (seal !== undefined) {
    const sealed = isObject(seal) && isObject(seal.not) && Object.keys(seal.not).length === 0;
    const open = isObject(seal) && Object.keys(seal).length === 0;
    if (sealed && !("allOf" in node)) out.additionalProperties = false;
    else if (open) out.additionalProperties = {};
    else out.unevaluatedProperties = seal;
  }
  return out;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function mapRefs(node: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => mapRefs(item, rewrite));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === "$ref" && typeof value === "string" ? rewrite(value) : mapRefs(value, rewrite);
  }
  return out;
}

export function collectRefs(node: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, into));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") into.add(value);
      else collectRefs(value, into);
    }
  }
  return into;
}

export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}
