// Presence counts: this instance's sockets by what they receive, the changes to publish, and the other instances'
// counts as last reported, forgotten once an instance falls silent.
import type { Connection } from "../websocket/connection";
import { PresenceMirror, presenceKey } from "./presence";

function socket(userId: string, joined: Record<string, string[]> = {}): Connection {
  return {
    userId,
    joined: new Set(Object.keys(joined)),
    activePlugins: new Map(Object.entries(joined).map(([serverId, plugins]) => [serverId, new Set(plugins)])),
  } as unknown as Connection;
}

it("counts sockets by user, joined server and active plugin, and reports only what changed", () => {
  const presence = new PresenceMirror();
  const a = socket("u1", { s1: ["p.one"] });
  const b = socket("u1", { s1: [] });
  presence.track(a, true);
  presence.track(b, true);
  expect(new Map(presence.takeChanges())).toEqual(
    new Map([
      [presenceKey.user("u1"), 2],
      [presenceKey.joined("s1"), 2],
      [presenceKey.active("s1", "p.one"), 1],
    ]),
  );
  expect(presence.hasChanges()).toBe(false);
  a.activePlugins.set("s1", new Set());
  presence.track(a, true);
  presence.track(b, false);
  expect(new Map(presence.takeChanges())).toEqual(
    new Map([
      [presenceKey.active("s1", "p.one"), 0],
      [presenceKey.user("u1"), 1],
      [presenceKey.joined("s1"), 1],
    ]),
  );
  expect(new Map(presence.full())).toEqual(
    new Map([
      [presenceKey.user("u1"), 1],
      [presenceKey.joined("s1"), 1],
    ]),
  );
});

it("sums the other instances' last reports, replaces them on a full report, and forgets silent instances", () => {
  const presence = new PresenceMirror();
  const key = presenceKey.joined("s1");
  presence.apply("i1", [[key, 3]], false, 1_000);
  presence.apply("i2", [[key, 2]], true, 1_000);
  expect(presence.remoteCount(key)).toBe(5);
  presence.apply("i1", [[key, 0]], false, 2_000);
  presence.apply("i2", [[presenceKey.user("u"), 1]], true, 2_000);
  expect(presence.remoteCount(key)).toBe(0);
  expect(presence.remoteCount(presenceKey.user("u"))).toBe(1);
  presence.seen("i2", 9_000);
  presence.apply("i1", [[key, 4]], false, 3_000);
  presence.expire(5_000);
  expect(presence.remoteCount(key)).toBe(0);
  expect(presence.remoteCount(presenceKey.user("u"))).toBe(1);
  presence.expire(0, true);
  expect(presence.remoteCount(presenceKey.user("u"))).toBe(0);
});
