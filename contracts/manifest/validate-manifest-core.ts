// validateManifestWith: the generated JSON Schema validator plus every semantic rule of DESIGN.md §2, in one call.
// Imports no compiler, so the renderer can run it under its no-eval CSP; Node tiers use validate-manifest.ts.
import { validateTojuPluginManifest } from "../../generated/validators";
import type { EmbeddedSchemaCompiler } from "../event-schemas/embedded-schema";
import { toResult, type ManifestIssue, type ManifestValidationResult } from "./manifest-issue";
import { schemaIssues } from "./schema-issues";
import { checkBundle } from "./semantic/bundle-rules";
import { checkCapabilityRequirements } from "./semantic/capability-rules";
import { checkEmbeddedSchemas } from "./semantic/embedded-schema-rules";
import { asObject, type SemanticCheck } from "./semantic/manifest-view";
import { checkKind, checkRelationships } from "./semantic/structure-rules";
import { checkUniqueness } from "./semantic/uniqueness-rules";
import { checkLicense, checkVersions } from "./semantic/version-rules";

const SEMANTIC_CHECKS: readonly SemanticCheck[] = [
  checkVersions,
  checkLicense,
  checkUniqueness,
  checkCapabilityRequirements,
  checkRelationships,
  checkKind,
  checkBundle,
];

export interface ManifestValidationOptions {
  /** Compiles embedded schemas; omit it where `new Function` is forbidden (shape checks still run). */
  embeddedSchemaCompiler?: EmbeddedSchemaCompiler;
}

/** Never throws: any input, however odd, yields `{valid, issues}`. */
export function validateManifestWith(raw: unknown, options: ManifestValidationOptions = {}): ManifestValidationResult {
  try {
    const schemaValid = validateTojuPluginManifest(raw);
    const issues = schemaValid ? [] : schemaIssues(validateTojuPluginManifest.errors);
    const manifest = asObject(raw);
    if (manifest) issues.push(...withoutRepeats(issues, semanticIssues(manifest, options)));
    return toResult(issues);
  } catch (error) {
    return toResult([{ code: "schema_violation", path: "", message: `manifest could not be checked: ${(error as Error).message}` }]);
  }
}

function semanticIssues(manifest: Record<string, unknown>, options: ManifestValidationOptions): ManifestIssue[] {
  const issues = SEMANTIC_CHECKS.flatMap((check) => check(manifest));
  issues.push(...checkEmbeddedSchemas(manifest, options.embeddedSchemaCompiler));
  return issues;
}

/** A value the schema already rejected is not reported a second time by a semantic rule. */
function withoutRepeats(schemaFound: readonly ManifestIssue[], semantic: ManifestIssue[]): ManifestIssue[] {
  const flagged = new Set(schemaFound.map((issue) => issue.path));
  return semantic.filter((issue) => !flagged.has(issue.path));
}
