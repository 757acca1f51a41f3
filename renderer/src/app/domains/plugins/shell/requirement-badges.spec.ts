// Requirement badges: what the plugin manager says about each requirement of the open server.
import type { PluginRequirementsSnapshot } from "@toju/generated/types/contract";
import { missingRequirements, requirementBadges } from "./requirement-badges";
import type { PluginStatus } from "./plugin-status";

const plugin = (pluginId: string, running: boolean) => ({ pluginId, running }) as PluginStatus;
const snapshot = (requirements: object[]) =>
  ({
    serverId: "s-1",
    revision: 3,
    events: [],
    requirements: requirements.map((r) => ({ updatedAt: "2026-03-01T10:00:00.000Z", ...r })),
  }) as unknown as PluginRequirementsSnapshot;

describe("requirement badges", () => {
  const plugins = [
    plugin("dice-roller", true),
    plugin("poll", false),
    plugin("old-theme", true),
    plugin("spam", false),
    plugin("notes", true),
  ];
  const requirements = snapshot([
    { pluginId: "dice-roller", status: "required", versionRange: "^1.0.0" },
    { pluginId: "poll", status: "required" },
    { pluginId: "old-theme", status: "incompatible" },
    { pluginId: "spam", status: "blocked" },
    { pluginId: "notes", status: "recommended" },
    {
      pluginId: "whiteboard",
      status: "required",
      installUrl: "https://plugins.example/whiteboard.json",
      manifest: { title: "Whiteboard" },
    },
    { pluginId: "karaoke", status: "recommended" },
    { pluginId: "casino", status: "blocked", installUrl: "https://plugins.example/casino.json" },
    { pluginId: "stickers", status: "optional", installUrl: "https://plugins.example/stickers.json" },
    { pluginId: "quiet", status: "optional" },
  ]);

  it("labels each local plugin the open server names", () => {
    const badges = requirementBadges(requirements, plugins);
    expect(Object.fromEntries([...badges].map(([id, badge]) => [id, badge.label]))).toEqual({
      "dice-roller": "Required by this server",
      poll: "Required by this server, not running",
      "old-theme": "Incompatible with this server",
      spam: "Blocked by this server",
      notes: "Recommended by this server",
    });
    expect(badges.get("dice-roller")).toMatchObject({ kind: "required", status: "required", versionRange: "^1.0.0" });
  });

  it("lists what the server requires, recommends or offers to install that is not installed, but not what it blocks", () => {
    expect(missingRequirements(requirements, plugins)).toEqual([
      {
        pluginId: "whiteboard",
        title: "Whiteboard",
        installUrl: "https://plugins.example/whiteboard.json",
        badge: { kind: "required-missing", status: "required", label: "Required but missing" },
      },
      {
        pluginId: "karaoke",
        title: "karaoke",
        badge: { kind: "recommended-missing", status: "recommended", label: "Recommended by this server, not installed" },
      },
      {
        pluginId: "stickers",
        title: "stickers",
        installUrl: "https://plugins.example/stickers.json",
        badge: { kind: "optional", status: "optional", label: "Optional on this server" },
      },
    ]);
  });

  it("says nothing when no server is open", () => {
    expect(requirementBadges(undefined, plugins).size).toBe(0);
    expect(missingRequirements(undefined, plugins)).toEqual([]);
  });
});
