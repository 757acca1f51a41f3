// Compiles embedded schemas with the shared contract options; needs `new Function`, so Node tiers only (server, CLI).
import type { ValidateFunction } from "ajv";
import { createContractAjv } from "../schema/ajv-options";
import type { EmbeddedSchemaCompiler, EmbeddedSchemaProblem } from "./embedded-schema";

/**
 * Compiles embedded schemas with the shared contract options (strict mode: unknown keywords and formats
 * are errors), caching by schema text. Needs `new Function`: for Node tiers, not the renderer.
 */
export function createEmbeddedSchemaCompiler(cacheSize = 256): EmbeddedSchemaCompiler & { compile(schema: object): ValidateFunction } {
  const ajv = createContractAjv();
  const cache = new Map<string, ValidateFunction | EmbeddedSchemaProblem[]>();
  const compileOrProblems = (schema: object): ValidateFunction | EmbeddedSchemaProblem[] => {
    const key = JSON.stringify(schema);
    const hit = cache.get(key);
    if (hit) return hit;
    let result: ValidateFunction | EmbeddedSchemaProblem[];
    try {
      result = ajv.compile(schema);
    } catch (error) {
      result = [{ code: "invalid_embedded_schema", path: "", message: `schema does not compile: ${(error as Error).message}` }];
    } finally {
      ajv.removeSchema(schema);
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
