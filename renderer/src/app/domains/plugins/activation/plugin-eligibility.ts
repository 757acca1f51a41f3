// Checks of one plugin against the host and the current server, independent of the other plugins.
import type { Capability, PluginActivationReason, PluginRequirementsSnapshot, TojuPluginManifest } from "@toju/generated/types/contract";
import { apiMajorOf, isOlderThan, versionInRange } from "./version-match";

export interface HostCompatibility {
  /** The host API major, `"1"`. */
  apiMajor: string;
  /** The running Toju version (semver). */
  tojuVersion: string;
}

export type IneligibleOutcome =
  { outcome: "blocked"; reason: PluginActivationReason } | { outcome: "inactive"; reason: PluginActivationReason };

/** `undefined` when nothing about the plugin alone stops it from activating. */
export function checkEligibility(
  manifest: TojuPluginManifest,
  host: HostCompatibility,
  server: PluginRequirementsSnapshot | undefined,
): IneligibleOutcome | undefined {
  return checkHost(manifest, host) ?? checkServer(manifest, server);
}

/** Blocked while the user has granted none of the capabilities the plugin declares; a plugin declaring none needs no answer. */
export function checkConsent(manifest: TojuPluginManifest, granted: Iterable<Capability> | undefined): IneligibleOutcome | undefined {
  const declared = manifest.capabilities ?? [];
  const held = new Set(granted ?? []);
  if (declared.length === 0 || declared.some((capability) => held.has(capability))) return undefined;
  return blocked("capabilities_not_granted", `"${manifest.title}" is waiting for you to grant: ${declared.join(", ")}.`);
}

function checkHost(manifest: TojuPluginManifest, host: HostCompatibility): IneligibleOutcome | undefined {
  const name = `"${manifest.title}"`;
  if (apiMajorOf(manifest.apiVersion) !== apiMajorOf(host.apiMajor)) {
    return blocked(
      "api_version_mismatch",
      `${name} is written for plugin API ${manifest.apiVersion}; this Toju provides API ${host.apiMajor}.`,
    );
  }
  const minimum = manifest.compatibility.minimumTojuVersion;
  if (isOlderThan(host.tojuVersion, minimum)) {
    return blocked("toju_version_too_old", `${name} needs Toju ${minimum} or newer; this is Toju ${host.tojuVersion}.`);
  }
  return undefined;
}

/**
 * A `blocked`/`incompatible` requirement with a `versionRange` applies only to the versions in that range;
 * for the other statuses the range is what the server accepts, so a version outside it is blocked.
 */
function checkServer(manifest: TojuPluginManifest, server: PluginRequirementsSnapshot | undefined): IneligibleOutcome | undefined {
  const name = `"${manifest.title}"`;
  const requirement = server?.requirements.find((r) => r.pluginId === manifest.id);
  if (requirement) {
    const inRange = versionInRange(manifest.version, requirement.versionRange);
    if (requirement.status === "blocked" && inRange) {
      return blocked("server_blocked", `This server does not allow ${name}${rangeNote(requirement.versionRange)}.`);
    }
    if (requirement.status === "incompatible" && inRange) {
      return blocked("server_incompatible", `This server marks ${name}${rangeNote(requirement.versionRange)} as incompatible.`);
    }
    if (requirement.status !== "blocked" && requirement.status !== "incompatible" && !inRange) {
      return blocked(
        "server_version_mismatch",
        `This server needs ${name} ${requirement.versionRange}; version ${manifest.version} is installed.`,
      );
    }
    return undefined;
  }
  if (manifest.scope === "server") {
    const where = server ? "this server does not use it" : "no server is open";
    return {
      outcome: "inactive",
      reason: { code: "not_required_by_server", message: `${name} runs only in servers that use it; ${where}.` },
    };
  }
  return undefined;
}

function rangeNote(range: string | undefined): string {
  return range === undefined ? "" : ` ${range}`;
}

function blocked(code: PluginActivationReason["code"], message: string): IneligibleOutcome {
  return { outcome: "blocked", reason: { code, message } };
}
