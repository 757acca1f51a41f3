// Compiles ajv standalone validators (ES module syntax, no eval, no require) with the shared contract options.
import { writeFileSync } from "node:fs";
import path from "node:path";
import standaloneCode from "ajv/dist/standalone";
import { createContractAjv } from "../../contracts/schema/ajv-options";
import type { JsonObject } from "./schema-normalize";

const HEADER = "// Generated from spec/ by `npm run generate`. Do not edit.\n";

/** ajv#2209: standalone ESM output still calls require() for its runtime helpers; turn each into an import. */
export function rewriteRequires(code: string): string {
  const imports = new Map<string, string>();
  const body = code.replace(/require\("([^"]+)"\)(\.[A-Za-z_$][\w$]*)?/g, (_all, mod: string, member?: string) => {
    const local = `__${mod.replace(/[^A-Za-z0-9]+/g, "_")}`;
    imports.set(mod, local);
    return member ? `${local}${member}` : local;
  });
  const lines = [...imports].sort().map(([mod, local]) => `import * as ${local} from "${mod}";`);
  return `${lines.join("\n")}\n${body}`;
}

const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

/** Annotations do not change what a schema accepts; dropping them keeps the validator modules small. */
export function stripAnnotations(node: unknown, inMap = false): unknown {
  if (Array.isArray(node)) return node.map((item) => stripAnnotations(item));
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inMap && (key === "description" || key === "$comment" || key === "title")) continue;
    out[key] = inMap ? stripAnnotations(value) : stripAnnotations(value, SCHEMA_MAPS.has(key));
  }
  return out;
}

export function writeValidators(
  outDir: string,
  schemas: Map<string, JsonObject>,
  validatorGroups: Record<string, readonly string[]>,
): void {
  const ajv = createContractAjv({ code: { source: true, esm: true, lines: false } });
  for (const schema of schemas.values()) ajv.addSchema(stripAnnotations(schema) as JsonObject);
  const typeImports = new Set<string>();
  const typed: string[] = [];
  for (const [group, names] of Object.entries(validatorGroups)) {
    const refs: Record<string, string> = {};
    for (const name of names) {
      const schema = schemas.get(name);
      if (!schema) throw new Error(`validator group ${group}: no schema ${name}`);
      refs[`validate${name}`] = schema.$id as string;
    }
    const code = rewriteRequires(standaloneCode(ajv, refs));
    if (/\brequire\(|new Function|\beval\(/.test(code)) throw new Error(`${group}: standalone code still needs require/eval`);
    writeFileSync(path.join(outDir, `${group}.standalone.js`), `${HEADER}${code}`);
    writeFileSync(
      path.join(outDir, `${group}.standalone.d.ts`),
      `${HEADER}${names.map((n) => `export declare const validate${n}: unknown;`).join("\n")}\n`,
    );
    typed.push(`import * as ${group} from "./${group}.standalone";`);
    for (const name of names) {
      typeImports.add(name);
      typed.push(`export const validate${name} = ${group}.validate${name} as ContractValidator<${name}>;`);
    }
  }
  const index = [
    HEADER.trimEnd(),
    "// Typed entry point of the precompiled validators; every tier imports from here.",
    'import type { ErrorObject } from "ajv";',
    `import type { ${[...typeImports].sort().join(", ")} } from "../types/contract";`,
    "",
    "export interface ContractValidator<T> {",
    "  (data: unknown): data is T;",
    "  errors?: ErrorObject[] | null;",
    "}",
    "",
    ...typed,
    "",
  ];
  writeFileSync(path.join(outDir, "index.ts"), index.join("\n"));
  writeFileSync(path.join(outDir, "format-descriptions.ts"), formatDescriptions(schemas));
}

/**
 * Pattern → the documentation of the scalar that declares it, so an issue can say what was expected. A pattern several
 * scalars share (`RequestId` has the shape of `EntityId`) keeps the first description, whose scalar names them all.
 */
function formatDescriptions(schemas: Map<string, JsonObject>): string {
  const described = new Map<string, string>();
  for (const s of schemas.values()) {
    if (typeof s.pattern === "string" && typeof s.description === "string" && !described.has(s.pattern))
      described.set(s.pattern, s.description);
  }
  const entries = [...described].map(([pattern, description]) => `  [${JSON.stringify(pattern)}, ${JSON.stringify(description)}],`);
  return `${HEADER}// What each contract pattern means, in words, for error messages.\nexport const patternDescriptions: ReadonlyMap<string, string> = new Map([\n${entries.join("\n")}\n]);\n`;
}
