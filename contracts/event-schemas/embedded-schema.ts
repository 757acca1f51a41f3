// Rules for JSON Schemas a plugin embeds (event payloads, data values, settings) that need no compiler: 16 KiB,
// local $ref only, `uniqueItems` only with a small `maxItems`. Safe under the renderer's no-eval CSP; patterns are
// judged by the compiler (embedded-schema-compiler.ts), which runs them on a linear-time engine.
import { escapePointer } from "../schema/error-details";

export const MAX_EMBEDDED_SCHEMA_BYTES = 16 * 1024;
/** `uniqueItems` compares every pair of items: allowed only on arrays bounded to this many. */
export const MAX_UNIQUE_ITEMS = 1000;

export interface EmbeddedSchemaProblem {
  code: "embedded_schema_too_large" | "non_local_ref" | "invalid_embedded_schema" | "unsupported_pattern" | "unbounded_unique_items";
  /** JSON pointer inside the schema. */
  path: string;
  message: string;
}

/** Size, `$ref` and `uniqueItems` checks that need no compiler (safe under a no-eval CSP). */
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
  if (!/"(\$ref|\$dynamicRef|\$id|uniqueItems)"/.test(text ?? "")) return [];
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
    if (node.uniqueItems === true && !(typeof node.maxItems === "number" && node.maxItems <= MAX_UNIQUE_ITEMS)) {
      problems.push({
        code: "unbounded_unique_items",
        path: `${pointer}/uniqueItems`,
        message: `uniqueItems needs maxItems of at most ${MAX_UNIQUE_ITEMS} beside it: checking uniqueness compares every pair of items`,
      });
    }
  });
  return problems;
}

export function walk(node: unknown, pointer: string, visit: (node: Record<string, unknown>, pointer: string) => void): void {
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
