// Semver validity of versions and ranges, and the SPDX license expression (when a license checker is given).
import semver from "semver";
import { pointer, type ManifestIssue } from "../manifest-issue";
import { asArray, asObject, asString, RELATIONSHIP_KINDS, type SemanticCheck } from "./manifest-view";

export const checkVersions: SemanticCheck = (manifest) => {
  const issues: ManifestIssue[] = [];
  const version = asString(manifest.version);
  if (version !== undefined && semver.valid(version) === null) {
    issues.push({ code: "invalid_version", path: "/version", message: `'${version}' is not a valid semver version` });
  }
  const minimum = asString(asObject(manifest.compatibility)?.minimumTojuVersion);
  if (minimum !== undefined && semver.valid(minimum) === null) {
    issues.push({
      code: "invalid_version",
      path: "/compatibility/minimumTojuVersion",
      message: `'${minimum}' is not a valid semver version`,
    });
  }
  const relationships = asObject(manifest.relationships) ?? {};
  for (const kind of RELATIONSHIP_KINDS) {
    asArray(relationships[kind]).forEach((entry, i) => {
      const range = asString(asObject(entry)?.versionRange);
      if (range !== undefined && semver.validRange(range) === null) {
        issues.push({
          code: "invalid_version_range",
          path: pointer("relationships", kind, i, "versionRange"),
          message: `'${range}' is not a valid semver range`,
        });
      }
    });
  }
  return issues;
};

/** Whether a string is a valid SPDX license expression. */
export type LicenseCheck = (expression: string) => boolean;

export const checkLicense = (manifest: Record<string, unknown>, isLicenseExpression: LicenseCheck): ManifestIssue[] => {
  const license = asString(manifest.license);
  if (license === undefined || isLicenseExpression(license)) return [];
  return [
    {
      code: "invalid_license",
      path: "/license",
      message: `'${license}' is not an SPDX license expression (for example MIT or "(MIT OR Apache-2.0)")`,
    },
  ];
};
