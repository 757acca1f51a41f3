// Reads the `metoyou_plugin_capability_grants` document: validated against the contract, never trusted otherwise.
// Each signed-in user has a document of their own (see grantsStorageKey); the document names the profile it belongs to.
import type { PluginCapabilityGrant, PluginCapabilityGrants } from "@toju/generated/types/contract";
import { validatePluginCapabilityGrants } from "@toju/generated/validators/index";

export const PLUGIN_CAPABILITY_GRANTS_KEY = "metoyou_plugin_capability_grants";

/** The localStorage key of one profile's grants: the contract's key while signed out, `<key>:<userId>` for a user. */
export function grantsStorageKey(profileId: string | undefined): string {
  return profileId === undefined ? PLUGIN_CAPABILITY_GRANTS_KEY : `${PLUGIN_CAPABILITY_GRANTS_KEY}:${profileId}`;
}

/** The profile a grants key belongs to; `null` for a key that holds no grants. */
export function profileOfGrantsKey(key: string): { profileId: string | undefined } | null {
  if (key === PLUGIN_CAPABILITY_GRANTS_KEY) return { profileId: undefined };
  const prefix = `${PLUGIN_CAPABILITY_GRANTS_KEY}:`;
  return key.startsWith(prefix) && key.length > prefix.length ? { profileId: key.slice(prefix.length) } : null;
}
export const MAX_GRANT_ENTRIES = 1024;

export type GrantsRead = { kind: "ok"; document: PluginCapabilityGrants } | { kind: "missing" } | { kind: "corrupt"; reason: string };

/** Parses stored text; `null` (nothing stored) is `missing`, anything unparsable or off-contract is `corrupt`. */
export function parseGrantsText(text: string | null): GrantsRead {
  if (text === null) return { kind: "missing" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "corrupt", reason: "not JSON" };
  }
  return checkGrantsDocument(value);
}

/** A second entry for the same plugin is corruption: merging the two could only widen what the user approved. */
export function checkGrantsDocument(value: unknown): GrantsRead {
  if (!validatePluginCapabilityGrants(value)) {
    const first = validatePluginCapabilityGrants.errors?.[0];
    return {
      kind: "corrupt",
      reason: `does not match the PluginCapabilityGrants contract${first ? ` (${first.instancePath || "/"} ${first.message})` : ""}`,
    };
  }
  const seen = new Set<string>();
  for (const grant of value.grants) {
    if (seen.has(grant.pluginId)) return { kind: "corrupt", reason: `plugin ${grant.pluginId} has more than one grant entry` };
    seen.add(grant.pluginId);
  }
  const document: PluginCapabilityGrants = { schemaVersion: 1, grants: value.grants.map(normaliseGrant) };
  if (value.profileId !== undefined) document.profileId = value.profileId;
  if (value.approvedInstallOrigins) document.approvedInstallOrigins = [...new Set(value.approvedInstallOrigins)];
  return { kind: "ok", document };
}

/** Milliseconds of the newest change in the document; -Infinity when it has none. */
export function newestChange(document: PluginCapabilityGrants): number {
  let newest = -Infinity;
  for (const grant of document.grants) {
    const time = Date.parse(grant.updatedAt);
    if (time > newest) newest = time;
  }
  return newest;
}

function normaliseGrant(grant: PluginCapabilityGrant): PluginCapabilityGrant {
  const normalised: PluginCapabilityGrant = {
    pluginId: grant.pluginId,
    capabilities: [...new Set(grant.capabilities)],
    updatedAt: grant.updatedAt,
  };
  if (grant.approvedOrigins) normalised.approvedOrigins = [...new Set(grant.approvedOrigins)];
  return normalised;
}
