// Which copy of the grants wins when localStorage and the desktop file disagree.
//
// The copy holding the newest change wins whole; a tie goes to localStorage. A missing or corrupt copy
// never wins, so corruption can only remove grants, never add them. This is safe because the service
// never deletes an entry: a revoke empties the entry and stamps it, so the newest change of a copy
// always moves forward and a stale copy cannot resurrect a revoked grant.
import type { PluginCapabilityGrants } from "@toju/generated/types/contract";
import { newestChange } from "./capability-grants-document";

export type GrantsWinner = "local" | "desktop" | "neither";

export function chooseGrants(local: PluginCapabilityGrants | undefined, desktop: PluginCapabilityGrants | undefined): GrantsWinner {
  if (!local && !desktop) return "neither";
  if (!desktop) return "local";
  if (!local) return "desktop";
  return newestChange(desktop) > newestChange(local) ? "desktop" : "local";
}
