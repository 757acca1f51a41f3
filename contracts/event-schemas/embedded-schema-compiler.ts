// Compiles embedded schemas with the shared contract options and the linear-time regular-expression engine; needs
// `new Function`, so Node tiers only (server, desktop, CLI).
import type { ValidateFunction } from "ajv";
import { escapePointer } from "../schema/error-details";
import { createContractAjv } from "../schema/ajv-options";
import { walk, type EmbeddedSchemaCompiler, type EmbeddedSchemaProblem } from "./embedded-schema";
import { linearRegExpEngine, patternProblem, type RegExpEngine } from "./linear-regexp";
import { useLinearUniqueItems, withUniqueItemsBudget } from "./unique-items";

/**
 * Compiles embedded schemas with the shared contract options (strict mode: unknown keywords and formats are errors),
 * every `pattern`, `patternProperties` and `propertyNames` pattern on RE2 and `uniqueItems` in linear time, caching by
 * schema text. Needs `new Function`: for Node tiers, not the renderer.
 */
export function createEmbeddedSchemaCompiler(
  cacheSize = 256,
  engine: RegExpEngine | undefined = linearRegExpEngine(),
): EmbeddedSchemaCompiler & { compile(schema: object): ValidateFunction } {
  const ajv = createContractAjv(engine ? { code: { regExp: engine } } : {});
  useLinearUniqueItems(ajv);
  const cache = new Map<string, ValidateFunction | EmbeddedSchemaProblem[]>();
  const compileOrProblems = (schema: object): ValidateFunction | EmbeddedSchemaProblem[] => {
    const key = JSON.stringify(schema);
    const hit = cache.get(key);
    if (hit) return hit;
    let result: ValidateFunction | EmbeddedSchemaProblem[] = patternProblems(schema, engine);
    if (result.length === 0) {
      try {
        result = withUniqueItemsBudget(ajv.compile(schema));
      } catch (error) {
        result = [{ code: "invalid_embedded_schema", path: "", message: `schema does not compile: ${(error as Error).message}` }];
      } finally {
        ajv.removeSchema(schema);
      }
    }
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string);
    cache.set(key, result);
    return result;
  };
  const check = ((schema: object) => {
    const result = compileOrProblems(schema);
    return Array.isArray(result) ? result : [];
  }) as EmbeddedSchemaCompiler & { compile(schema: object): ValidateFunction };
  check.compile = (schema: object) => {
    const result = compileOrProblems(schema);
    if (Array.isArray(result)) throw new Error(result[0].message);
    return result;
  };
  return check;
}

/** Every pattern of the schema the engine cannot run, at its pointer. */
function patternProblems(schema: object, engine: RegExpEngine | undefined): EmbeddedSchemaProblem[] {
  const problems: EmbeddedSchemaProblem[] = [];
  const judge = (pattern: unknown, path: string) => {
    if (typeof pattern !== "string") return;
    const problem = patternProblem(pattern, engine);
    if (problem) problems.push({ code: "unsupported_pattern", path, message: problem });
  };
  walk(schema, "", (node, pointer) => {
    judge(node.pattern, `${pointer}/pattern`);
    const patternProperties = node.patternProperties;
    if (typeof patternProperties === "object" && patternProperties !== null) {
      for (const key of Object.keys(patternProperties)) judge(key, `${pointer}/patternProperties/${escapePointer(key)}`);
    }
  });
  return problems;
}
