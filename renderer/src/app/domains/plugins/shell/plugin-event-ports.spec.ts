// The `events` ports on an in-memory websocket: a publish settles on the server's verdict, a subscription hears only
// its own plugin's events from the open server, and a stopped plugin hears nothing.
import { PluginApiArgumentError, PluginEventRejectedError, PluginHostNotConnectedError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { RelayedPluginEventEnvelope } from "@toju/generated/types/contract";
import { PluginEventPorts } from "./plugin-event-ports";
import { fakeServerHost } from "./testing/fake-server-host";

function setup() {
  const fake = fakeServerHost();
  const problems: [string, unknown][] = [];
  let nextId = 0;
  const events = new PluginEventPorts({
    ...fake.source,
    newEventId: () => `e-${++nextId}`,
    reportListenerError: (pluginId, error) => problems.push([pluginId, error]),
  });
  fake.state.requirements = {
    serverId: "s-game",
    revision: 3,
    requirements: [],
    events: [
      {
        pluginId: "dice-roller",
        eventName: "dice.rolled",
        direction: "clientToServer",
        scope: "channel",
        maxPayloadBytes: 256,
        updatedAt: "2026-12-01T09:00:00.000Z",
      },
    ],
  };
  return { ...fake, ports: events.ports, events, problems };
}

const relayed = (overrides: Partial<RelayedPluginEventEnvelope> = {}): RelayedPluginEventEnvelope => ({
  type: "plugin_event",
  eventId: "e-remote",
  serverId: "s-game",
  pluginId: "dice-roller",
  eventName: "dice.rolled",
  direction: "clientToServer",
  scope: "channel",
  channelId: "c-general",
  sourceUserId: "u-bob",
  sentAt: "2026-12-01T10:00:00.000Z",
  payload: { sides: 20, value: 17 },
  ...overrides,
});

describe("events.publish", () => {
  it("sends a plugin_event to the open server, to the open channel for a channel-scoped event, and resolves when accepted", async () => {
    const { ports, socket } = setup();
    await expect(ports.publish("dice-roller", "dice.rolled", { sides: 20, value: 4 })).resolves.toBeUndefined();
    await ports.publish("dice-roller", "dice.rolled", { sides: 6, value: 2 }, { channelId: "c-dice" });
    expect(socket.sent).toEqual([
      {
        type: "plugin_event",
        eventId: "e-1",
        serverId: "s-game",
        pluginId: "dice-roller",
        eventName: "dice.rolled",
        direction: "clientToServer",
        channelId: "c-general",
        payload: { sides: 20, value: 4 },
      },
      expect.objectContaining({ eventId: "e-2", channelId: "c-dice" }),
    ]);
  });

  it("rejects with PluginEventRejectedError carrying the server's code, message and details", async () => {
    const { ports, socket } = setup();
    const details = [{ path: "/payload/value", message: "must be integer" }];
    socket.answer = (envelope) => ({
      type: "plugin_event_rejected",
      eventId: (envelope as { eventId: string }).eventId,
      code: "schema_mismatch",
      message: "the payload does not match the event's schema",
      details,
    });
    const refused = ports.publish("dice-roller", "dice.rolled", { sides: 20, value: "x" });
    await expect(refused).rejects.toBeInstanceOf(PluginEventRejectedError);
    await expect(refused).rejects.toMatchObject({ code: "schema_mismatch", eventName: "dice.rolled", details });
  });

  it("refuses a payload that is not plain JSON before anything is sent", async () => {
    const { ports, socket } = setup();
    await expect(ports.publish("dice-roller", "dice.rolled", { roll: () => 4 })).rejects.toBeInstanceOf(PluginApiArgumentError);
    expect(socket.sent).toEqual([]);
  });

  it("rejects with PluginHostNotConnectedError while signed out or without an open server", async () => {
    const { ports, state } = setup();
    state.server = undefined;
    await expect(ports.publish("dice-roller", "dice.rolled", {})).rejects.toBeInstanceOf(PluginHostNotConnectedError);
    state.user = undefined;
    await expect(ports.publishP2pHint("dice-roller", "dice.hint", "u-bob", {})).rejects.toBeInstanceOf(PluginHostNotConnectedError);
  });

  it("sends a p2pHint to one member", async () => {
    const { ports, socket } = setup();
    await ports.publishP2pHint("dice-roller", "dice.hint", "u-bob", { offer: true });
    expect(socket.sent[0]).toMatchObject({ direction: "p2pHint", targetUserId: "u-bob", eventName: "dice.hint" });
    expect(socket.sent[0]).not.toHaveProperty("channelId");
  });
});

describe("events.subscribe", () => {
  it("hands the plugin its own event from the open server only, each listener its own copy", async () => {
    const { ports, socket, state } = setup();
    const heard: unknown[] = [];
    ports.subscribe("dice-roller", "dice.rolled", (event) => heard.push(event));
    ports.subscribe("dice-roller", "dice.rolled", (event) => ((event.payload as { value: number }).value = 0));
    socket.deliver(relayed({ pluginId: "other-plugin" }));
    socket.deliver(relayed({ eventName: "dice.cleared" }));
    socket.deliver(relayed({ serverId: "s-elsewhere" }));
    socket.deliver(relayed());
    expect(heard).toEqual([
      {
        eventId: "e-remote",
        serverId: "s-game",
        pluginId: "dice-roller",
        eventName: "dice.rolled",
        direction: "clientToServer",
        scope: "channel",
        channelId: "c-general",
        sourceUserId: "u-bob",
        sentAt: "2026-12-01T10:00:00.000Z",
        payload: { sides: 20, value: 17 },
      },
    ]);
    state.user = undefined;
    state.server = undefined;
    socket.deliver(relayed());
    expect(heard).toHaveLength(1);
  });

  it("contains a throwing listener and stops on dispose, or when the plugin stops", () => {
    const { ports, socket, events, problems } = setup();
    const heard: string[] = [];
    ports.subscribe("dice-roller", "dice.rolled", () => {
      throw new Error("the plugin's bug");
    });
    const kept = ports.subscribe("dice-roller", "dice.rolled", (event) => heard.push(event.eventId));
    socket.deliver(relayed({ eventId: "e-a" }));
    expect(heard).toEqual(["e-a"]);
    expect(problems).toEqual([["dice-roller", expect.objectContaining({ message: "the plugin's bug" })]]);
    kept.dispose();
    socket.deliver(relayed({ eventId: "e-b" }));
    expect(heard).toEqual(["e-a"]);
    events.removeAll("dice-roller");
    expect(socket.listenerCount("plugin_event")).toBe(0);
  });
});
