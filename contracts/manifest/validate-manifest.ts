// validateManifest for Node tiers (server, CLI): the core checks plus compilation of embedded schemas with the shared ajv options.
import { createEmbeddedSchemaCompiler } from "../event-schemas/embedded-schema-compiler";
import type { EmbeddedSchemaCompiler } from "../event-schemas/embedded-schema";
import type { ManifestValidationResult } from "./manifest-issue";
import { validateManifestWith } from "./validate-manifest-core";

let nodeCompiler: EmbeddedSchemaCompiler | undefined;

/** Never throws; embedded schemas are compiled (and cached) as the server will compile them. */
export function validateManifest(raw: unknown): ManifestValidationResult {
  nodeCompiler ??= createEmbeddedSchemaCompiler();
  return validateManifestWith(raw, { embeddedSchemaCompiler: nodeCompiler });
}
