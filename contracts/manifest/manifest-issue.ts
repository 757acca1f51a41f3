// The result shape of manifest validation: stable issue codes, JSON-pointer paths, messages for people.
import { escapePointer } from "../schema/error-details";

export const manifestIssueCodes = [
  // Violations of the published JSON Schema.
  "missing_property",
  "unknown_property",
  "wrong_type",
  "not_allowed_value",
  "invalid_format",
  "out_of_bounds",
  "no_matching_variant",
  "schema_violation",
  // Semantic rules of DESIGN.md §2 that JSON Schema cannot express.
  "invalid_version",
  "invalid_version_range",
  "invalid_license",
  "missing_capability",
  "duplicate_capability",
  "duplicate_event",
  "duplicate_data_key",
  "duplicate_ui_id",
  "self_relationship",
  "module_required",
  "theme_has_module",
  "theme_needs_stylesheet",
  "insecure_bundle_url",
  "invalid_integrity",
  "invalid_embedded_schema",
  "non_local_ref",
  "embedded_schema_too_large",
  // Checks of a plugin folder as the desktop loader sees it.
  "path_outside_root",
  "invalid_path",
  "missing_file",
  "not_a_file",
  "too_many_issues",
] as const;

export type ManifestIssueCode = (typeof manifestIssueCodes)[number];

export interface ManifestIssue {
  code: ManifestIssueCode;
  /** JSON pointer into the manifest (`""` for the whole document). */
  path: string;
  message: string;
}

export interface ManifestValidationResult {
  valid: boolean;
  issues: ManifestIssue[];
}

export const MAX_REPORTED_ISSUES = 100;

/** Thrown by APIs that must reject a manifest outright; carries the same issues validation returns. */
export class ManifestError extends Error {
  readonly issues: readonly ManifestIssue[];

  constructor(issues: readonly ManifestIssue[]) {
    super(`invalid plugin manifest: ${issues.map((i) => `${i.path || "/"} ${i.code}`).join("; ")}`);
    this.name = "ManifestError";
    this.issues = issues;
  }
}

export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${escapePointer(String(s))}`).join("");
}

export function toResult(issues: ManifestIssue[]): ManifestValidationResult {
  if (issues.length <= MAX_REPORTED_ISSUES) return { valid: issues.length === 0, issues };
  const kept = issues.slice(0, MAX_REPORTED_ISSUES);
  kept.push({ code: "too_many_issues", path: "", message: `${issues.length - MAX_REPORTED_ISSUES} more issues not listed` });
  return { valid: false, issues: kept };
}
