// The Redis bus on a Redis of the test's own: frames cross byte for byte between instances, an instance never hears
// itself or another deployment's prefix, and a Redis that goes away and comes back is reported and resynchronised.
import { Redis } from "ioredis";
import { silentLogger } from "../ops/logger";
import { eventually } from "../testing/harness";
import { startTestRedis, type TestRedis } from "../testing/redis-server";
import type { FanoutMessage } from "./fanout-bus";
import { decodeBusMessage, encodeBusMessage, RedisFanoutBus } from "./redis-bus";

interface Heard {
  messages: [FanoutMessage, string][];
  resyncs: number;
  /** Each resync's `since` (when the link noticed it was down) and when it was heard. */
  since: { since: number; at: number }[];
}

function listen(bus: RedisFanoutBus): Heard {
  const heard: Heard = { messages: [], resyncs: 0, since: [] };
  bus.subscribe({
    message: (message, origin) => heard.messages.push([message, origin]),
    resync: (since) => {
      heard.resyncs++;
      heard.since.push({ since, at: Date.now() });
    },
  });
  return heard;
}

const frame = Buffer.from('{"type":"plugin_event","payload":"line\\nbreak ✓"}', "utf8");

describe("bus messages on the wire", () => {
  it("carry a frame's bytes as they are after one line of JSON", () => {
    const message: FanoutMessage = {
      kind: "plugin_event",
      serverId: "s1",
      pluginId: "p.x",
      scope: "user",
      direction: "p2pHint",
      targetUserId: "u1",
      frame,
    };
    const decoded = decodeBusMessage(encodeBusMessage(message, "origin-1"))!;
    expect(decoded.origin).toBe("origin-1");
    expect(decoded.message).toEqual(message);
    expect(decodeBusMessage(encodeBusMessage({ kind: "alive" }, "o"))).toEqual({ message: { kind: "alive" }, origin: "o" });
    expect(decodeBusMessage(Buffer.from('{"v":99,"o":"x","kind":"alive"}\n'))).toBeUndefined();
  });
});

describe("RedisFanoutBus", () => {
  let redis: TestRedis;
  const buses: RedisFanoutBus[] = [];
  const open = async (prefix: string) => {
    const bus = new RedisFanoutBus({ url: redis.url, prefix, log: silentLogger, maxRetryDelayMs: 200 });
    buses.push(bus);
    await bus.start();
    return bus;
  };

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
    await redis?.stop();
  });

  it("delivers to the other instances of its prefix only, in publish order, never back to the sender", async () => {
    const [a, b, elsewhere] = [await open("t1:"), await open("t1:"), await open("t2:")];
    const [heardA, heardB, heardElsewhere] = [listen(a), listen(b), listen(elsewhere)];
    for (let i = 0; i < 20; i++) a.publish({ kind: "chat_message", serverId: `s${i}`, frame });
    await eventually(
      async () => heardB.messages.length,
      (n) => n === 20,
      5_000,
    );
    expect(heardB.messages.map(([m]) => (m as { serverId: string }).serverId)).toEqual(Array.from({ length: 20 }, (_, i) => `s${i}`));
    expect(heardB.messages.every(([m, origin]) => origin === a.instanceId && (m as { frame: Buffer }).frame.equals(frame))).toBe(true);
    expect(heardA.messages).toEqual([]);
    expect(heardElsewhere.messages).toEqual([]);
    expect(await a.health(1_000)).toBe("ok");
  });

  it("reports Redis unavailable while it is down, drops what it cannot send, then recovers and resynchronises", async () => {
    const [a, b] = [await open("t3:"), await open("t3:")];
    const [heardA, heardB] = [listen(a), listen(b)];
    const stoppedAt = Date.now();
    await redis.stop();
    await eventually(
      () => a.health(500),
      (health) => health === "unavailable",
      5_000,
    );
    expect(() => a.publish({ kind: "chat_message", serverId: "lost", frame })).not.toThrow();
    await redis.start();
    await eventually(
      () => a.health(500),
      (health) => health === "ok",
      10_000,
    );
    // Both noticed they may have missed messages (and rebuild what they cache).
    await eventually(
      async () => [heardA.resyncs, heardB.resyncs],
      ([x, y]) => x === 1 && y === 1,
      10_000,
    );
    // Each says since when: from the moment its link went down, so what was stored meanwhile can be sent again.
    for (const { since, at } of [...heardA.since, ...heardB.since]) expect(since >= stoppedAt && since <= at).toBe(true);
    a.publish({ kind: "chat_message", serverId: "after", frame });
    await eventually(async () => heardB.messages.some(([m]) => (m as { serverId?: string }).serverId === "after"), Boolean, 5_000);
    expect(heardB.messages.some(([m]) => (m as { serverId?: string }).serverId === "lost")).toBe(false);
  });

  it("tells the others to resynchronise when only its publishing link dropped a message", async () => {
    const [a, b] = [await open("t4:"), await open("t4:")];
    const heardB = listen(b);
    const admin = new Redis(redis.url);
    try {
      const clients = String(await admin.call("CLIENT", "LIST"));
      const line = clients.split("\n").find((l) => l.includes(`name=toju-fanout-pub-${a.instanceId.slice(0, 8)}`))!;
      await admin.call("CLIENT", "KILL", "ID", /\bid=(\d+)/.exec(line)![1]);
    } finally {
      admin.disconnect();
    }
    a.publish({ kind: "chat_message", serverId: "lost", frame });
    const resync = await eventually(async () => heardB.messages.find(([m]) => m.kind === "resync"), Boolean, 5_000);
    // From when the publication was dropped.
    expect((resync![0] as { since: number }).since).toBeLessThanOrEqual(Date.now());
    expect(heardB.resyncs).toBe(0);
  });
});
