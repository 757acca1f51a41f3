// Rules for JSON Schemas a plugin embeds (event payloads, data values, settings) that need no compiler: 16 KiB,
// local $ref only, no catastrophic patterns. Safe under the renderer's no-eval CSP; the compiler is embedded-schema-compiler.ts.
import isSafeRegex from "safe-regex2";
import { escapePointer } from "../schema/error-details";

export const MAX_EMBEDDED_SCHEMA_BYTES = 16 * 1024;

export interface EmbeddedSchemaProblem {
  code: "embedded_schema_too_large" | "non_local_ref" | "invalid_embedded_schema";
  /** JSON pointer inside the schema. */
  path: string;
  message: string;
}

/**
 * Size, `$ref` and regular-expression checks that need no compiler (safe under a no-eval CSP). Patterns that can
 * backtrack catastrophically are refused: the server runs them on every payload a client sends.
 */
export function checkEmbeddedSchemaShape(schema: unknown): EmbeddedSchemaProblem[] {
  let text: string | undefined;
  try {
    text = JSON.stringify(schema);
  } catch {
    return [{ code: "embedded_schema_too_large", path: "", message: "schema is nested too deeply to serialize" }];
  }
  const bytes = new TextEncoder().encode(text ?? "").length;
  if (bytes > MAX_EMBEDDED_SCHEMA_BYTES) {
    return [
      { code: "embedded_schema_too_large", path: "", message: `schema is ${bytes} bytes; the limit is ${MAX_EMBEDDED_SCHEMA_BYTES}` },
    ];
  }
  if (!/"(\$ref|\$dynamicRef|\$id|pattern|patternProperties)"/.test(text ?? "")) return [];
  const problems: EmbeddedSchemaProblem[] = [];
  walk(schema, "", (node, pointer) => {
    for (const key of ["$ref", "$dynamicRef"]) {
      const ref = node[key];
      if (ref !== undefined && (typeof ref !== "string" || !ref.startsWith("#"))) {
        problems.push({
          code: "non_local_ref",
          path: `${pointer}/${escapePointer(key)}`,
          message: `only local references ('#...') are allowed, got ${JSON.stringify(ref)}`,
        });
      }
    }
    if (node.$id !== undefined) {
      problems.push({ code: "non_local_ref", path: `${pointer}/$id`, message: "embedded schemas may not declare $id" });
    }
    if (typeof node.pattern === "string" && !isSafePattern(node.pattern)) {
      problems.push({
        code: "invalid_embedded_schema",
        path: `${pointer}/pattern`,
        message: `pattern ${JSON.stringify(node.pattern)} may backtrack catastrophically (nested quantifiers); simplify it`,
      });
    }
    const patternProperties = node.patternProperties;
    if (typeof patternProperties === "object" && patternProperties !== null) {
      for (const key of Object.keys(patternProperties)) {
        if (!isSafePattern(key))
          problems.push({
            code: "invalid_embedded_schema",
            path: `${pointer}/patternProperties/${escapePointer(key)}`,
            message: `pattern ${JSON.stringify(key)} may backtrack catastrophically (nested quantifiers); simplify it`,
          });
      }
    }
  });
  return problems;
}

function isSafePattern(pattern: string): boolean {
  try {
    return isSafeRegex(pattern);
  } catch {
    return false;
  }
}

function walk(node: unknown, pointer: string, visit: (node: Record<string, unknown>, pointer: string) => void): void {
  const stack: [unknown, string][] = [[node, pointer]];
  while (stack.length > 0) {
    const [current, at] = stack.pop()!;
    if (Array.isArray(current)) current.forEach((item, i) => stack.push([item, `${at}/${i}`]));
    else if (typeof current === "object" && current !== null) {
      visit(current as Record<string, unknown>, at);
      for (const [key, value] of Object.entries(current)) stack.push([value, `${at}/${escapePointer(key)}`]);
    }
  }
}

/** Compiles an embedded schema and returns its problems (none when it compiles). */
export type EmbeddedSchemaCompiler = (schema: object) => EmbeddedSchemaProblem[];
