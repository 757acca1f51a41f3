// Test helper: what the server-side host ports act on (the open server, the signed-in user, a REST client and a
// websocket client), in memory, with every call recorded.
import type { Subscription } from "@toju/contracts/async/typed-emitter";
import type { PluginRequirementsSnapshot, Server, ServerEnvelope, UserProfile } from "@toju/generated/types/contract";
import type { OutboundEnvelope } from "../../../connection/websocket-client";
import type { ConnectedHostSource } from "../connected-host-ports";

export class FakeSocket {
  readonly sent: OutboundEnvelope[] = [];
  private readonly listeners = new Map<string, Set<(envelope: ServerEnvelope) => void>>();
  /** How the server answers; by default it echoes a stored message or accepts an event. */
  answer: (envelope: OutboundEnvelope) => ServerEnvelope | Promise<ServerEnvelope> = (envelope) => defaultAnswer(envelope);

  readonly request = async (envelope: OutboundEnvelope): Promise<ServerEnvelope> => {
    this.sent.push(envelope);
    return this.answer(envelope);
  };

  readonly on = (type: string, listener: (envelope: never) => void): Subscription => {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    const entry = listener as (envelope: ServerEnvelope) => void;
    set.add(entry);
    return { dispose: () => void set.delete(entry) };
  };

  /** Delivers a frame as the websocket client would, to every listener of its type. */
  deliver(envelope: ServerEnvelope): void {
    for (const listener of [...(this.listeners.get(envelope.type) ?? [])]) listener(envelope);
  }

  listenerCount(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }
}

function defaultAnswer(envelope: OutboundEnvelope): ServerEnvelope {
  if (envelope.type === "send_message") {
    const { type: _type, attachmentIds: _ids, asPluginId, ...message } = envelope;
    return {
      type: "message",
      messageId: "m-new",
      authorUserId: "u-alice",
      sentAt: "2026-12-01T10:00:00.000Z",
      ...message,
      ...(asPluginId ? { pluginId: asPluginId, authorDisplayName: "Bot" } : {}),
    };
  }
  if (envelope.type === "plugin_event") return { type: "plugin_event_accepted", eventId: envelope.eventId, deliveredTo: 1 };
  throw new Error(`the fake server has no answer for ${envelope.type}`);
}

export const ALICE: UserProfile = { id: "u-alice", username: "alice" };
export const GAME_NIGHT: Server = {
  id: "s-game",
  name: "Game night",
  ownerId: "u-alice",
  channels: [
    { id: "c-general", name: "general" },
    { id: "c-dice", name: "dice" },
  ],
};

export function fakeServerHost() {
  const state = {
    user: ALICE as UserProfile | undefined,
    server: GAME_NIGHT as Server | undefined,
    channelId: "c-general" as string | undefined,
    requirements: undefined as PluginRequirementsSnapshot | undefined,
  };
  const socket = new FakeSocket();
  const rest = {
    listMembers: jest.fn(async (_serverId: string) => [
      { userId: "u-alice", username: "alice", roles: ["owner" as const] },
      { userId: "u-bob", username: "bob", displayName: "Bob", roles: ["member" as const] },
    ]),
    listRoles: jest.fn(async (_serverId: string) => [
      { id: "owner" as const, name: "Owner", permissions: ["manageServer" as const, "manageMembers" as const] },
      { id: "member" as const, name: "Member", permissions: [] },
    ]),
    listMessages: jest.fn(async (_serverId: string, _channelId: string, _page?: object) => []),
    uploadAttachment: jest.fn(async (_serverId: string, _channelId: string, file: Blob, name: string) => ({
      id: "a-1",
      name,
      mediaType: file.type,
      size: file.size,
      url: "/api/attachments/a-1",
    })),
    pluginData: jest.fn(async (): Promise<unknown> => undefined),
  };
  const source: ConnectedHostSource = {
    user: () => state.user,
    server: () => state.server,
    channelId: () => state.channelId,
    requirements: () => state.requirements,
    attachment: (id) =>
      id === "a-known" ? { id, name: "map.png", mediaType: "image/png", size: 10, url: "/api/attachments/a-known" } : undefined,
    rest,
    socket,
    enumerateDevices: async () => [{ deviceId: "mic-1", kind: "audioinput", label: "Desk microphone" }],
  };
  return { state, socket, rest, source };
}
