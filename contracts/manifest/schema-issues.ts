// Turns ajv errors from the generated manifest validator into manifest issues with precise pointers.
import type { ErrorObject } from "ajv";
import { describeAjvError } from "../schema/error-details";
import type { ManifestIssue, ManifestIssueCode } from "./manifest-issue";

const CODE_BY_KEYWORD: Record<string, ManifestIssueCode> = {
  required: "missing_property",
  additionalProperties: "unknown_property",
  type: "wrong_type",
  enum: "not_allowed_value",
  const: "not_allowed_value",
  pattern: "invalid_format",
  format: "invalid_format",
  minLength: "out_of_bounds",
  maxLength: "out_of_bounds",
  minItems: "out_of_bounds",
  maxItems: "out_of_bounds",
  minimum: "out_of_bounds",
  maximum: "out_of_bounds",
  oneOf: "no_matching_variant",
  anyOf: "no_matching_variant",
  discriminator: "no_matching_variant",
};

export function schemaIssues(errors: readonly ErrorObject[] | null | undefined): ManifestIssue[] {
  const seen = new Set<string>();
  const issues: ManifestIssue[] = [];
  for (const error of errors ?? []) {
    const issue: ManifestIssue = { code: CODE_BY_KEYWORD[error.keyword] ?? "schema_violation", ...describeAjvError(error) };
    const key = `${issue.code} ${issue.path} ${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}
