// Turns a raw manifest into a descriptor with the renderer's CSP-safe validator, or into issues.
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import type { ManifestIssue } from "@toju/contracts/manifest/manifest-issue";
import { validateManifestWith } from "@toju/contracts/manifest/validate-manifest-core";
import type { PluginDescriptor, PluginOrigin } from "../activation/plugin-descriptor";

export type RegistrationCheck =
  | { valid: true; pluginId: string; descriptor: PluginDescriptor }
  /** `pluginId` is the manifest's `id` when it is at least a string, so the issues can be shown against it. */
  | { valid: false; pluginId?: string; issues: ManifestIssue[] };

export function checkRegistration(raw: unknown, origin: PluginOrigin): RegistrationCheck {
  const result = validateManifestWith(raw);
  if (result.valid) {
    const manifest = frozenCopy(raw) as TojuPluginManifest;
    return { valid: true, pluginId: manifest.id, descriptor: { manifest, origin } };
  }
  const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return { valid: false, pluginId: typeof id === "string" && id.length > 0 ? id : undefined, issues: result.issues };
}

/** Plugins receive the manifest in their context; a copy they cannot change keeps later plans honest. */
function frozenCopy(value: unknown): unknown {
  const copy = structuredClone(value);
  const freeze = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    Object.freeze(node);
    for (const child of Object.values(node)) freeze(child);
  };
  freeze(copy);
  return copy;
}
