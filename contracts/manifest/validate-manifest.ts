// validateManifest for Node tiers (server, CLI, desktop): the core checks plus compilation of embedded schemas with the
// shared ajv options and the SPDX license check.
import { createEmbeddedSchemaCompiler } from "../event-schemas/embedded-schema-compiler";
import type { EmbeddedSchemaCompiler } from "../event-schemas/embedded-schema";
import type { ManifestValidationResult } from "./manifest-issue";
import { isSpdxExpression } from "./semantic/spdx-expression";
import { validateManifestWith } from "./validate-manifest-core";

let nodeCompiler: EmbeddedSchemaCompiler | undefined;

/** Never throws; embedded schemas are compiled (and cached) as the server will compile them. */
export function validateManifest(raw: unknown): ManifestValidationResult {
  nodeCompiler ??= createEmbeddedSchemaCompiler();
  return validateManifestWith(raw, { embeddedSchemaCompiler: nodeCompiler, isLicenseExpression: isSpdxExpression });
}
