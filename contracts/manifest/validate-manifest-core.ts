// validateManifestWith: the generated JSON Schema validator plus every semantic manifest rule, in one call. It imports no
// schema compiler and no license lists, so the renderer runs it under its no-eval CSP; the two checks that need them
// are passed in by Node tiers (validate-manifest.ts: the CLI, the server, the desktop installer).
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
import { checkLicense, checkVersions, type LicenseCheck } from "./semantic/version-rules";

const SEMANTIC_CHECKS: readonly SemanticCheck[] = [
  checkVersions,
  checkUniqueness,
  checkCapabilityRequirements,
  checkRelationships,
  checkKind,
  checkBundle,
];

export interface ManifestValidationOptions {
  /** Compiles embedded schemas; omit it where `new Function` is forbidden (shape checks still run). */
  embeddedSchemaCompiler?: EmbeddedSchemaCompiler;
  /**
   * Checks `license` against the SPDX lists; omit it where the lists cannot be bundled (Angular's builder cannot resolve
   * the JSON-only packages `spdx-expression-parse` loads). The server, the CLI and the desktop installer always check.
   */
  isLicenseExpression?: LicenseCheck;
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
  if (options.isLicenseExpression) issues.push(...checkLicense(manifest, options.isLicenseExpression));
  issues.push(...checkEmbeddedSchemas(manifest, options.embeddedSchemaCompiler));
  return issues;
}

/** A value the schema already rejected is not reported a second time by a semantic rule. */
function withoutRepeats(schemaFound: readonly ManifestIssue[], semantic: ManifestIssue[]): ManifestIssue[] {
  const flagged = new Set(schemaFound.map((issue) => issue.path));
  return semantic.filter((issue) => !flagged.has(issue.path));
}
