// PluginMessageBusService: topics, targeting, replay, isolation of listeners and hostile input.
import { type MessageBusMessage, PluginMessageBusError } from "@toju/contracts/sdk/toju-plugin-sdk";
import { messageBusHostPorts } from "./message-bus-host-ports";
import { type MessageBusListenerError, PluginMessageBusService } from "./plugin-message-bus.service";

function setup(options: ConstructorParameters<typeof PluginMessageBusService>[0] = {}) {
  const errors: MessageBusListenerError[] = [];
  const bus = new PluginMessageBusService({ onListenerError: (report) => errors.push(report), ...options });
  const received = (pluginId: string, topic: string, subscribeOptions?: object) => {
    const messages: MessageBusMessage[] = [];
    const subscription = bus.subscribe(pluginId, topic, (message) => messages.push(message), subscribeOptions);
    return { messages, subscription };
  };
  return { bus, errors, received };
}

describe("PluginMessageBusService delivery", () => {
  it("delivers to every subscriber of the topic, stamped with the sender", () => {
    const { bus, received } = setup();
    const first = received("dice-roller", "dice/rolled");
    const second = received("score-board", "dice/rolled");
    const elsewhere = received("score-board", "dice/cleared");
    bus.publish("dice-roller", "dice/rolled", { value: 6 });
    expect(first.messages).toEqual([{ topic: "dice/rolled", payload: { value: 6 }, fromPluginId: "dice-roller" }]);
    expect(second.messages).toEqual(first.messages);
    expect(elsewhere.messages).toEqual([]);
  });

  it("filters by channel and peer; unfiltered subscribers see everything", () => {
    const { bus, received } = setup();
    const all = received("score-board", "dice");
    const general = received("score-board", "dice", { channelId: "general" });
    const peer = received("score-board", "dice", { peerId: "user-2" });
    const both = received("score-board", "dice", { channelId: "general", peerId: "user-2" });
    bus.publish("dice-roller", "dice", 1, { channelId: "general" });
    bus.publish("dice-roller", "dice", 2, { channelId: "random", peerId: "user-2" });
    bus.publish("dice-roller", "dice", 3, { channelId: "general", peerId: "user-2" });
    bus.publish("dice-roller", "dice", 4);
    const payloads = (messages: MessageBusMessage[]) => messages.map((message) => message.payload);
    expect(payloads(all.messages)).toEqual([1, 2, 3, 4]);
    expect(payloads(general.messages)).toEqual([1, 3]);
    expect(payloads(peer.messages)).toEqual([2, 3]);
    expect(payloads(both.messages)).toEqual([3]);
    expect(all.messages[2]).toEqual({ topic: "dice", payload: 3, fromPluginId: "dice-roller", channelId: "general", peerId: "user-2" });
  });

  it("stops delivering after dispose, including during a dispatch", () => {
    const { bus, received } = setup();
    const later = received("score-board", "dice");
    bus.subscribe("dice-roller", "dice", () => later.subscription.dispose());
    const order: string[] = [];
    bus.subscribe("other-plugin", "dice", () => order.push("third"));
    // Subscriptions run in order: `later` first, then the one disposing it, so `later` still got this one.
    bus.publish("dice-roller", "dice", 1);
    bus.publish("dice-roller", "dice", 2);
    expect(later.messages.map((message) => message.payload)).toEqual([1]);
    expect(order).toEqual(["third", "third"]);
    later.subscription.dispose();
    expect(bus.subscriberCount("dice")).toBe(2);
  });

  it("isolates a throwing listener: the others still run and the error is reported", () => {
    const { bus, errors, received } = setup();
    bus.subscribe("broken-plugin", "dice", () => {
      throw new Error("listener bug");
    });
    const healthy = received("score-board", "dice");
    expect(() => bus.publish("dice-roller", "dice", 1)).not.toThrow();
    expect(healthy.messages).toHaveLength(1);
    expect(errors).toEqual([{ pluginId: "broken-plugin", topic: "dice", error: new Error("listener bug") }]);
  });

  it("survives an error reporter that throws", () => {
    const bus = new PluginMessageBusService({
      onListenerError: () => {
        throw new Error("reporter bug");
      },
    });
    const seen: unknown[] = [];
    bus.subscribe("broken-plugin", "dice", () => {
      throw new Error("listener bug");
    });
    bus.subscribe("score-board", "dice", (message) => seen.push(message.payload));
    expect(() => bus.publish("dice-roller", "dice", 1)).not.toThrow();
    expect(seen).toEqual([1]);
  });

  it("gives listeners a frozen copy, so no listener changes what another receives", () => {
    const { bus, received } = setup();
    const payload = { scores: [1, 2] };
    bus.subscribe("vandal-plugin", "dice", (message) => {
      expect(() => (message.payload as { scores: number[] }).scores.push(99)).toThrow(TypeError);
      expect(() => ((message as { fromPluginId: string }).fromPluginId = "someone-else")).toThrow(TypeError);
    });
    const honest = received("score-board", "dice");
    bus.publish("dice-roller", "dice", payload);
    payload.scores.push(3);
    expect(honest.messages[0]).toEqual({ topic: "dice", payload: { scores: [1, 2] }, fromPluginId: "dice-roller" });
  });

  it("breaks a publish loop between listeners instead of recursing forever", () => {
    const { bus, errors } = setup({ maxDispatchDepth: 4 });
    let calls = 0;
    bus.subscribe("ping-plugin", "ping", () => {
      calls++;
      bus.publish("ping-plugin", "ping", calls);
    });
    bus.publish("ping-plugin", "ping", 0);
    expect(calls).toBe(4);
    expect(errors).toHaveLength(1);
    expect(errors[0].error).toMatchObject({ code: "dispatch_too_deep" });
  });
});

describe("PluginMessageBusService replay", () => {
  it("replays the last message of the topic to a late subscriber that asks, if its filters match", () => {
    const { bus, received } = setup();
    bus.publish("dice-roller", "dice", 1, { channelId: "general" });
    bus.publish("dice-roller", "dice", 2, { channelId: "general" });
    expect(received("score-board", "dice", { replay: true }).messages.map((message) => message.payload)).toEqual([2]);
    expect(received("score-board", "dice", { replay: true, channelId: "general" }).messages).toHaveLength(1);
    expect(received("score-board", "dice", { replay: true, channelId: "random" }).messages).toEqual([]);
    expect(received("score-board", "dice").messages).toEqual([]);
    expect(received("score-board", "other", { replay: true }).messages).toEqual([]);
  });

  it("reports a replayed message's listener error like any other", () => {
    const { bus, errors } = setup();
    bus.publish("dice-roller", "dice", 1);
    expect(() =>
      bus.subscribe(
        "broken-plugin",
        "dice",
        () => {
          throw new Error("late bug");
        },
        { replay: true },
      ),
    ).not.toThrow();
    expect(errors).toEqual([{ pluginId: "broken-plugin", topic: "dice", error: new Error("late bug") }]);
  });

  it("keeps retained messages within bounds", () => {
    const { bus, received } = setup({ maxRetainedTopics: 3, maxRetainedBytes: 100 });
    for (let index = 0; index < 1000; index++) bus.publish("dice-roller", `topic-${index}`, index);
    expect(received("score-board", "topic-0", { replay: true }).messages).toEqual([]);
    expect(received("score-board", "topic-999", { replay: true }).messages).toHaveLength(1);
    bus.publish("dice-roller", "big", "x".repeat(200));
    expect(received("score-board", "big", { replay: true }).messages).toEqual([]);
  });

  it("forgets a deactivated plugin's subscriptions and retained messages", () => {
    const { bus, received } = setup();
    const own = received("dice-roller", "dice");
    bus.publish("dice-roller", "dice", 1);
    bus.publish("score-board", "scores", 1);
    bus.removeAll("dice-roller");
    bus.publish("score-board", "dice", 2);
    expect(own.messages.map((message) => message.payload)).toEqual([1]);
    expect(bus.subscriberCount("dice")).toBe(0);
    bus.publish("score-board", "unrelated", 0);
    expect(received("other-plugin", "scores", { replay: true }).messages).toHaveLength(1);
    const dice = received("other-plugin", "dice", { replay: true });
    expect(dice.messages.map((message) => message.fromPluginId)).toEqual(["score-board"]);
  });
});

describe("PluginMessageBusService hostile input", () => {
  it.each(["__proto__", "", "_private", "a".repeat(129), "white space", "new\nline", 42, null])("refuses the topic %p", (topic) => {
    const { bus } = setup();
    expect(() => bus.publish("dice-roller", topic as string, 1)).toThrow(expect.objectContaining({ code: "invalid_topic" }));
    expect(() => bus.subscribe("dice-roller", topic as string, () => undefined)).toThrow(PluginMessageBusError);
  });

  it("treats topics named like Object.prototype members as ordinary topics", () => {
    const { bus, received } = setup();
    const constructorTopic = received("score-board", "constructor");
    bus.publish("dice-roller", "constructor", 1);
    bus.publish("dice-roller", "toString", 2);
    expect(constructorTopic.messages).toHaveLength(1);
    expect(received("score-board", "hasOwnProperty", { replay: true }).messages).toEqual([]);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it("refuses bad plugin ids, options, listeners and payloads", () => {
    const { bus } = setup({ maxPayloadBytes: 1024 });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => bus.publish("__proto__", "dice", 1)).toThrow(expect.objectContaining({ code: "invalid_plugin_id" }));
    expect(() => bus.subscribe("__proto__", "dice", () => undefined)).toThrow(expect.objectContaining({ code: "invalid_plugin_id" }));
    expect(() => bus.publish("dice-roller", "dice", 1, { channelId: "../general" })).toThrow(
      expect.objectContaining({ code: "invalid_options" }),
    );
    expect(() => bus.publish("dice-roller", "dice", 1, { peerId: "" })).toThrow(expect.objectContaining({ code: "invalid_options" }));
    expect(() => bus.publish("dice-roller", "dice", 1, { everyone: true } as never)).toThrow(
      expect.objectContaining({ code: "invalid_options" }),
    );
    expect(() => bus.publish("dice-roller", "dice", 1, "general" as never)).toThrow(expect.objectContaining({ code: "invalid_options" }));
    expect(() => bus.subscribe("dice-roller", "dice", () => undefined, { replay: "yes" } as never)).toThrow(
      expect.objectContaining({ code: "invalid_options" }),
    );
    expect(() => bus.subscribe("dice-roller", "dice", "listener" as never)).toThrow(expect.objectContaining({ code: "invalid_listener" }));
    expect(() => bus.publish("dice-roller", "dice", cyclic)).toThrow(expect.objectContaining({ code: "payload_not_serializable" }));
    expect(() => bus.publish("dice-roller", "dice", () => 1)).toThrow(expect.objectContaining({ code: "payload_not_serializable" }));
    expect(() => bus.publish("dice-roller", "dice", "x".repeat(2000))).toThrow(expect.objectContaining({ code: "payload_too_large" }));
    expect(bus.subscriberCount("dice")).toBe(0);
  });

  it("delivers a __proto__ key inside a payload as data without polluting anything", () => {
    const { bus, received } = setup();
    const sink = received("score-board", "dice");
    bus.publish("dice-roller", "dice", JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(Object.keys(sink.messages[0].payload as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("caps subscriptions per plugin", () => {
    const { bus } = setup({ maxSubscriptionsPerPlugin: 3 });
    for (let index = 0; index < 3; index++) bus.subscribe("dice-roller", "dice", () => undefined);
    expect(() => bus.subscribe("dice-roller", "dice", () => undefined)).toThrow(
      expect.objectContaining({ code: "too_many_subscriptions" }),
    );
    expect(() => bus.subscribe("score-board", "dice", () => undefined)).not.toThrow();
  });
});

describe("messageBusHostPorts", () => {
  it("forwards the facade's calls with the calling plugin's id", () => {
    const { bus } = setup();
    const ports = messageBusHostPorts(bus);
    const seen: MessageBusMessage[] = [];
    const subscription = ports.subscribe("score-board", "dice", (message) => seen.push(message), { replay: false });
    ports.publish("dice-roller", "dice", 5, undefined);
    subscription.dispose();
    ports.publish("dice-roller", "dice", 6, undefined);
    expect(seen).toEqual([{ topic: "dice", payload: 5, fromPluginId: "dice-roller" }]);
  });
});
