// The result shape of manifest validation: stable issue codes, JSON-pointer paths, messages for people.
import type { ManifestIssue, ManifestValidationReport } from "@toju/generated/types/contract";
import { escapePointer } from "../schema/error-details";

export type { ManifestIssueCode, ManifestIssue } from "@toju/generated/types/contract";

/** What `validateManifest` returns and `toju-plugin validate --json` prints (`ManifestValidationReport` in spec/). */
export type ManifestValidationResult = ManifestValidationReport;

export const MAX_REPORTED_ISSUES = 100;

export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${escapePointer(String(s))}`).join("");
}

export function toResult(issues: ManifestIssue[]): ManifestValidationResult {
  if (issues.length <= MAX_REPORTED_ISSUES) return { valid: issues.length === 0, issues };
  const kept = issues.slice(0, MAX_REPORTED_ISSUES);
  kept.push({ code: "too_many_issues", path: "", message: `${issues.length - MAX_REPORTED_ISSUES} more issues not listed` });
  return { valid: false, issues: kept };
}
