// Turns ajv errors from the generated manifest validator into manifest issues with precise pointers.
import type { ErrorObject } from "ajv";
import { patternDescriptions } from "../../generated/validators/format-descriptions";
import { pointer, type ManifestIssue, type ManifestIssueCode } from "./manifest-issue";

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
    const issue = toIssue(error);
    const key = `${issue.code} ${issue.path} ${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

function toIssue(error: ErrorObject): ManifestIssue {
  const code = CODE_BY_KEYWORD[error.keyword] ?? "schema_violation";
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required") {
    const name = String(params.missingProperty);
    return { code, path: `${error.instancePath}${pointer(name)}`, message: `'${name}' is required` };
  }
  if (error.keyword === "additionalProperties") {
    const name = String(params.additionalProperty);
    return { code, path: `${error.instancePath}${pointer(name)}`, message: `unknown property '${name}'` };
  }
  if (error.keyword === "enum") {
    const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
    return { code, path: error.instancePath, message: `must be one of ${allowed}` };
  }
  if (error.keyword === "const") {
    return { code, path: error.instancePath, message: `must be ${JSON.stringify(params.allowedValue)}` };
  }
  if (error.keyword === "pattern") {
    const meaning = patternDescriptions.get(String(params.pattern));
    if (meaning) return { code, path: error.instancePath, message: `must be ${lowerFirst(meaning.replace(/\.$/, ""))}` };
  }
  return { code, path: error.instancePath, message: error.message ?? error.keyword };
}

function lowerFirst(text: string): string {
  return /^[A-Z](?![A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
