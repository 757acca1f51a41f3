// Emits named TypeScript types for every JSON Schema model, with the schema's documentation as JSDoc.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { isObject, type JsonObject } from "./schema-normalize";
import { SCHEMA_BASE_URI } from "./json-schema-step";

export function writeContractTypes(outDir: string, schemas: Map<string, JsonObject>): void {
  const blocks = [...schemas].map(([name, schema]) => declaration(name, schema));
  const header =
    "// Generated from spec/ by `npm run generate`. Do not edit.\n// Named types for every model of the Toju plugin-system contract.\n";
  writeFileSync(path.join(outDir, "contract.ts"), `${header}\n${blocks.join("\n\n")}\n`);
}

function declaration(name: string, schema: JsonObject): string {
  const doc = jsDoc(schema, "");
  if (Array.isArray(schema.enum) && schema.type === "string") {
    const values = schema.enum.map((v) => JSON.stringify(v)).join(", ");
    return `${doc}export const ${lowerFirst(name)}Values = [${values}] as const;\n${doc}export type ${name} = (typeof ${lowerFirst(name)}Values)[number];`;
  }
  if (schema.type === "object" && isObject(schema.properties) && !schema.oneOf && !schema.anyOf) {
    return `${doc}export interface ${name} ${objectBody(schema, "")}`;
  }
  return `${doc}export type ${name} = ${typeOf(schema, "")};`;
}

function objectBody(schema: JsonObject, indent: string): string {
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const inner = `${indent}  `;
  const lines: string[] = [];
  for (const [key, prop] of Object.entries((schema.properties ?? {}) as JsonObject)) {
    const propSchema = isObject(prop) ? prop : {};
    const optional = required.has(key) ? "" : "?";
    lines.push(`${jsDoc(propSchema, inner)}${inner}${propertyKey(key)}${optional}: ${typeOf(propSchema, inner)};`);
  }
  if (schema.additionalProperties !== false) lines.push(`${inner}[key: string]: unknown;`);
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function typeOf(schema: JsonObject, indent: string): string {
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const variants = (schema.oneOf ?? schema.anyOf) as JsonObject[] | undefined;
  if (Array.isArray(variants)) return variants.map((v) => typeOf(v, indent)).join(" | ");
  switch (schema.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array": {
      const item = isObject(schema.items) ? typeOf(schema.items, indent) : "unknown";
      return /[|&]/.test(item) ? `Array<${item}>` : `${item}[]`;
    }
    case "object":
      return objectBody(schema, indent);
    default:
      return "unknown";
  }
}

function refName(ref: string): string {
  if (!ref.startsWith(SCHEMA_BASE_URI)) throw new Error(`unexpected $ref ${ref}`);
  return ref.slice(SCHEMA_BASE_URI.length).replace(/\.json$/, "");
}

function jsDoc(schema: JsonObject, indent: string): string {
  const lines: string[] = [];
  if (typeof schema.description === "string") lines.push(...schema.description.split("\n"));
  for (const key of ["pattern", "format", "minLength", "maxLength", "minimum", "maximum", "maxItems"]) {
    if (schema[key] !== undefined) lines.push(`@${key} ${String(schema[key])}`);
  }
  if (lines.length === 0) return "";
  const body = lines.map((line) => `${indent} * ${line.replace(/\*\//g, "*\\/")}`.trimEnd()).join("\n");
  return `${indent}/**\n${body}\n${indent} */\n`;
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
