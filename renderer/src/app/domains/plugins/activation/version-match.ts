// Semver comparisons as the planner applies them: pre-release versions count (a beta satisfies `^2.0.0`).
import semver from "semver";

export function versionInRange(version: string, range: string | undefined): boolean {
  return range === undefined || semver.satisfies(version, range, { includePrerelease: true });
}

export function isOlderThan(version: string, minimum: string): boolean {
  return semver.lt(version, minimum);
}

export function apiMajorOf(apiVersion: string): string {
  return /^\d+$/.test(apiVersion) ? String(Number(apiVersion)) : apiVersion;
}
