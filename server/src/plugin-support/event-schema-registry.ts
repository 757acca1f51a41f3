// Event payload schemas: refused at registration unless they compile, use local $ref only and fit in 16 KiB;
// compiled once (cached by schema text) for payload checks.
import type { ValidateFunction } from "ajv";
import type { ErrorDetail } from "@toju/generated/types/contract";
import { checkEmbeddedSchemaShape } from "@toju/contracts/event-schemas/embedded-schema";
import { createEmbeddedSchemaCompiler } from "@toju/contracts/event-schemas/embedded-schema-compiler";

export class EventSchemaRegistry {
  private readonly compiler = createEmbeddedSchemaCompiler(1024);

  /** Problems with a schema, as details under `pointer` (empty when usable). */
  problems(schema: object, pointer: string): ErrorDetail[] {
    const shape = checkEmbeddedSchemaShape(schema);
    const problems = shape.length > 0 ? shape : this.compiler(schema);
    return problems.map((p) => ({ path: `${pointer}${p.path}`, message: `${p.code}: ${p.message}` }));
  }

  compile(schema: object): ValidateFunction {
    return this.compiler.compile(schema);
  }
}
