// The server-side subsystems through the plugin's own facade, on an in-memory server: what each acts on, what a
// plugin without the capability gets, and the SDK errors for every failure.
import {
  PluginCapabilityError,
  PluginDataUnavailableError,
  PluginHostNotConnectedError,
  PluginServerError,
  pluginApiMethods,
  type TojuClientPluginApi,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import type { Capability } from "@toju/generated/types/contract";
import { ApiRequestError } from "../../connection/api-request-error";
import { SocketRequestError } from "../../connection/socket-request-error";
import { createPluginClientApi } from "../api/plugin-client-api";
import type { HostPorts } from "../api/plugin-host-ports";
import { connectedHostPorts, type ConnectedSubsystem } from "./connected-host-ports";
import { disconnectedHostPorts } from "./disconnected-host-ports";
import { PluginEventPorts } from "./plugin-event-ports";
import { fakeServerHost } from "./testing/fake-server-host";

const CONNECTED: ConnectedSubsystem[] = [
  "channels",
  "messages",
  "users",
  "roles",
  "server",
  "profile",
  "attachments",
  "media",
  "serverData",
];

function setup(granted: readonly Capability[] = Object.values(pluginApiMethods).flatMap((m) => Object.values(m).map((e) => e.capability))) {
  const fake = fakeServerHost();
  const inert = () => undefined;
  const host = {
    ...disconnectedHostPorts(),
    ...connectedHostPorts(fake.source),
    events: new PluginEventPorts({ ...fake.source, newEventId: () => "e-1", reportListenerError: inert }).ports,
    storage: { get: inert, set: inert, delete: inert },
    messageBus: { publish: inert, subscribe: inert },
    ui: {
      registerPage: inert,
      registerPanel: inert,
      registerAction: inert,
      registerChannelSection: inert,
      registerEmbed: inert,
      registerSettings: inert,
      registerCommand: inert,
    },
  } as unknown as HostPorts;
  const held = new Set(granted);
  const gate = {
    assert: (pluginId: string, capability: Capability) => {
      if (!held.has(capability)) throw new PluginCapabilityError(pluginId, capability);
    },
  };
  const context = { serverId: () => fake.state.server?.id, channelId: () => fake.state.channelId };
  const api: TojuClientPluginApi = createPluginClientApi("dice-roller", { host, log: console, context }, gate);
  return { ...fake, api };
}

describe("the server-side subsystems", () => {
  it("reject with PluginHostNotConnectedError while signed out, as before a connection existed", async () => {
    const { api, state } = setup();
    state.user = undefined;
    state.server = undefined;
    for (const subsystem of CONNECTED) {
      for (const method of Object.keys(pluginApiMethods[subsystem])) {
        const call = (api[subsystem] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[method];
        await expect(call("c-general", "text")).rejects.toBeInstanceOf(PluginHostNotConnectedError);
      }
    }
  });

  it("read the open server's channels, and the context follows the shell's selection", async () => {
    const { api, state } = setup();
    await expect(api.channels.list()).resolves.toEqual([
      { id: "c-general", name: "general" },
      { id: "c-dice", name: "dice" },
    ]);
    await expect(api.channels.get("c-dice")).resolves.toEqual({ id: "c-dice", name: "dice" });
    await expect(api.channels.get("c-elsewhere")).resolves.toBeUndefined();
    expect([api.context.serverId, api.context.channelId]).toEqual(["s-game", "c-general"]);
    state.channelId = "c-dice";
    expect(api.context.channelId).toBe("c-dice");
    await expect(api.server.current()).resolves.toEqual({ id: "s-game", name: "Game night", ownerId: "u-alice" });
    state.server = undefined;
    await expect(api.server.current()).resolves.toBeUndefined();
    await expect(api.channels.list()).rejects.toBeInstanceOf(PluginHostNotConnectedError);
  });

  it("page a channel's messages through REST, refusing a bad page before any request", async () => {
    const { api, rest } = setup();
    await api.messages.list("c-general", { before: "m-9", limit: 20 });
    expect(rest.listMessages).toHaveBeenCalledWith("s-game", "c-general", { before: "m-9", limit: 20 });
    await expect(api.messages.list("c-general", { limit: 500 })).rejects.toMatchObject({
      name: "PluginServerError",
      code: "invalid_request",
    });
    await expect(api.messages.list("../etc")).rejects.toMatchObject({ code: "invalid_request" });
    expect(rest.listMessages).toHaveBeenCalledTimes(1);
    rest.listMessages.mockRejectedValueOnce(new ApiRequestError("forbidden", "members only", 403));
    await expect(api.messages.list("c-general")).rejects.toEqual(expect.objectContaining({ name: "PluginServerError", code: "forbidden" }));
  });

  it("send as the user, or as the plugin user only with messages.sendAsPluginUser", async () => {
    const { api, socket } = setup();
    await expect(api.messages.send("c-dice", "hello")).resolves.toMatchObject({
      messageId: "m-new",
      channelId: "c-dice",
      content: "hello",
    });
    await expect(api.messages.sendAsPluginUser("c-dice", "rolled 17")).resolves.toMatchObject({ pluginId: "dice-roller" });
    expect(socket.sent).toEqual([
      { type: "send_message", serverId: "s-game", channelId: "c-dice", content: "hello" },
      { type: "send_message", serverId: "s-game", channelId: "c-dice", content: "rolled 17", asPluginId: "dice-roller" },
    ]);

    const limited = setup(["messages.send"]);
    await expect(limited.api.messages.sendAsPluginUser("c-dice", "as the bot")).rejects.toBeInstanceOf(PluginCapabilityError);
    expect(limited.socket.sent).toEqual([]);
  });

  it("hand the server's refusal to the plugin as PluginServerError, and a lost connection as not connected", async () => {
    const { api, socket } = setup();
    socket.answer = () => {
      throw new SocketRequestError("forbidden", "the server blocks this plugin");
    };
    await expect(api.messages.sendAsPluginUser("c-dice", "x")).rejects.toEqual(
      expect.objectContaining({ name: "PluginServerError", code: "forbidden", method: "messages.sendAsPluginUser" }),
    );
    socket.answer = () => {
      throw new SocketRequestError("connection_lost", "dropped");
    };
    await expect(api.messages.send("c-dice", "x")).rejects.toBeInstanceOf(PluginHostNotConnectedError);
  });

  it("list the open server's members as users, and its roles", async () => {
    const { api } = setup();
    await expect(api.users.list()).resolves.toEqual([
      { id: "u-alice", username: "alice" },
      { id: "u-bob", username: "bob", displayName: "Bob" },
    ]);
    await expect(api.users.get("u-bob")).resolves.toEqual({ id: "u-bob", username: "bob", displayName: "Bob" });
    await expect(api.users.get("u-nobody")).resolves.toBeUndefined();
    await expect(api.roles.list()).resolves.toEqual([
      { id: "owner", name: "Owner", permissions: ["manageServer", "manageMembers"] },
      { id: "member", name: "Member", permissions: [] },
    ]);
    await expect(api.profile.get()).resolves.toEqual({ id: "u-alice", username: "alice" });
  });

  it("describe known attachments, upload to the open channel, and refuse a file over 8 MiB without a request", async () => {
    const { api, rest } = setup();
    await expect(api.attachments.get("a-known")).resolves.toMatchObject({ id: "a-known", name: "map.png" });
    await expect(api.attachments.get("a-unknown")).resolves.toBeUndefined();
    const file = new File(["hello"], "notes.txt", { type: "text/plain" });
    await expect(api.attachments.upload(file)).resolves.toMatchObject({ id: "a-1", name: "notes.txt", size: 5 });
    expect(rest.uploadAttachment).toHaveBeenCalledWith("s-game", "c-general", file, "notes.txt");
    const huge = new Blob([new Uint8Array(8 * 1024 * 1024 + 1)]);
    await expect(api.attachments.upload(huge, { channelId: "c-dice" })).rejects.toEqual(
      expect.objectContaining({ name: "PluginServerError", code: "payload_too_large" }),
    );
    expect(rest.uploadAttachment).toHaveBeenCalledTimes(1);
  });

  it("list media devices as the browser reports them", async () => {
    await expect(setup().api.media.listDevices()).resolves.toEqual([{ id: "mic-1", kind: "audioinput", label: "Desk microphone" }]);
  });

  it("surface the server's 410 for server data as PluginDataUnavailableError", async () => {
    const { api, rest } = setup();
    rest.pluginData.mockRejectedValue(new ApiRequestError("gone", "no plugin data here", 410));
    await expect(api.serverData.get("board")).rejects.toBeInstanceOf(PluginDataUnavailableError);
    await expect(api.serverData.set("board", { cells: [] })).rejects.toMatchObject({ code: "server_data_unavailable" });
    await expect(api.serverData.delete("board")).rejects.toMatchObject({ code: "server_data_unavailable" });
    expect(rest.pluginData).toHaveBeenCalledWith("PUT", "s-game", "dice-roller", "board", { cells: [] });
    rest.pluginData.mockRejectedValueOnce(new ApiRequestError("forbidden", "no", 403));
    await expect(api.serverData.get("board")).rejects.toBeInstanceOf(PluginServerError);
  });
});
