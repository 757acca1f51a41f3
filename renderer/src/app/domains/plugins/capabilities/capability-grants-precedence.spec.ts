// The newest copy wins whole; a missing or corrupt copy never wins.
import type { PluginCapabilityGrants } from "@toju/generated/types/contract";
import { chooseGrants } from "./capability-grants-precedence";

const documentAt = (updatedAt: string): PluginCapabilityGrants => ({
  schemaVersion: 1,
  grants: [{ pluginId: "dice-roller", capabilities: [], updatedAt }],
});
const older = documentAt("2026-01-01T00:00:00Z");
const newer = documentAt("2026-01-02T00:00:00Z");
const empty: PluginCapabilityGrants = { schemaVersion: 1, grants: [] };

describe("chooseGrants", () => {
  it.each([
    ["neither when both are unusable", undefined, undefined, "neither"],
    ["the desktop copy when local is unusable", undefined, older, "desktop"],
    ["the local copy when the desktop copy is unusable", older, undefined, "local"],
    ["the desktop copy when it is newer", older, newer, "desktop"],
    ["the local copy when it is newer", newer, older, "local"],
    ["the local copy on a tie", newer, newer, "local"],
    ["the desktop copy over an empty local one", empty, older, "desktop"],
    ["the local copy over an empty desktop one", older, empty, "local"],
  ])("picks %s", (_, local, desktop, winner) => {
    expect(chooseGrants(local, desktop)).toBe(winner);
  });
});
