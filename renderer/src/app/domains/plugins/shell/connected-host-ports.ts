// Host ports of the server-side subsystems while a user is signed in: channels, messages, users, roles, the server,
// the profile, attachments, media devices and server data act on the open server through the REST and websocket
// clients. Signed out, every call rejects with `PluginHostNotConnectedError`, as before a connection existed.
import {
  PluginDataUnavailableError,
  PluginHostNotConnectedError,
  PluginServerError,
  type AttachmentInfo,
  type ChatMessage,
  type MediaDeviceSummary,
  type RoleInfo,
  type UserInfo,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import type { Attachment, Member, PluginRequirementsSnapshot, Server, ServerEnvelope, UserProfile } from "@toju/generated/types/contract";
import { validateEntityId } from "@toju/generated/validators/index";
import { ApiRequestError } from "../../connection/api-request-error";
import type { TojuRestClient } from "../../connection/rest-client";
import type { TojuSocketClient } from "../../connection/websocket-client";
import type { HostPorts } from "../api/plugin-host-ports";
import { forPlugin } from "./server-call-errors";

/** The contract's largest attachment (`Attachment.size`): 8 MiB. */
const MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;

/** What the server-side subsystems act on: the shell's session and the renderer's two server clients. */
export interface ConnectedHostSource {
  /** The signed-in user; undefined when signed out. */
  user(): UserProfile | undefined;
  /** The open server. */
  server(): Server | undefined;
  /** The open channel. */
  channelId(): string | undefined;
  requirements(): PluginRequirementsSnapshot | undefined;
  /** An attachment of a message the shell has seen. */
  attachment(attachmentId: string): Attachment | undefined;
  rest: Pick<TojuRestClient, "listMembers" | "listRoles" | "listMessages" | "uploadAttachment" | "pluginData">;
  socket: Pick<TojuSocketClient, "request" | "on">;
  /** The browser's `navigator.mediaDevices.enumerateDevices`; absent where the browser has none. */
  enumerateDevices?(): Promise<readonly Pick<MediaDeviceInfo, "deviceId" | "kind" | "label">[]>;
}

export type ConnectedSubsystem =
  "channels" | "messages" | "users" | "roles" | "server" | "profile" | "attachments" | "media" | "serverData";

export function connectedHostPorts(source: ConnectedHostSource): Pick<HostPorts, ConnectedSubsystem> {
  const signedIn = (method: string): UserProfile => {
    const user = source.user();
    if (!user) throw new PluginHostNotConnectedError(method);
    return user;
  };
  const openServer = (method: string): Server => {
    signedIn(method);
    const server = source.server();
    if (!server) throw new PluginHostNotConnectedError(method);
    return server;
  };
  const entityId = (method: string, what: string, value: unknown): string => {
    if (validateEntityId(value)) return value;
    throw new PluginServerError("invalid_request", method, `${what} is not an id`);
  };
  const members = (method: string) => forPlugin(method, async () => (await source.rest.listMembers(openServer(method).id)).map(userInfo));
  const send = (method: string, channelId: unknown, content: unknown, asPluginId?: string) =>
    forPlugin(method, async () => {
      const server = openServer(method);
      const reply = await source.socket.request({
        type: "send_message",
        serverId: server.id,
        channelId: entityId(method, "the channel", channelId),
        // Checked where every envelope is: the socket's generated validator refuses it (`invalid_envelope`).
        content: content as string,
        ...(asPluginId ? { asPluginId } : {}),
      });
      return chatMessage(method, reply);
    });
  const serverData = (method: "GET" | "PUT" | "DELETE", name: string) => (pluginId: string, key: string, value?: unknown) =>
    forPlugin(name, async () => {
      try {
        await source.rest.pluginData(method, openServer(name).id, pluginId, key, value);
      } catch (error) {
        if (error instanceof ApiRequestError && error.code === "gone") throw new PluginDataUnavailableError(name);
        throw error;
      }
      // The contract has no success answer for these routes; a server that keeps data would need one.
      throw new PluginDataUnavailableError(name);
    });

  return {
    channels: {
      list: async () => openServer("channels.list").channels.map((channel) => ({ ...channel })),
      get: async (_pluginId, channelId) => {
        const channel = openServer("channels.get").channels.find((c) => c.id === channelId);
        return channel && { ...channel };
      },
    },
    messages: {
      list: (_pluginId, channelId, options) =>
        forPlugin("messages.list", async () => {
          const server = openServer("messages.list");
          const { before, limit } = options ?? {};
          if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 100))
            throw new PluginServerError("invalid_request", "messages.list", "limit must be an integer from 1 to 100");
          return source.rest.listMessages(server.id, entityId("messages.list", "the channel", channelId), {
            ...(before !== undefined ? { before: entityId("messages.list", "before", before) } : {}),
            ...(limit !== undefined ? { limit } : {}),
          });
        }),
      send: (_pluginId, channelId, content) => send("messages.send", channelId, content),
      sendAsPluginUser: (pluginId, channelId, content) => send("messages.sendAsPluginUser", channelId, content, pluginId),
    },
    users: {
      list: () => members("users.list"),
      get: async (_pluginId, userId) => (await members("users.get")).find((user) => user.id === userId),
    },
    roles: {
      list: () =>
        forPlugin("roles.list", async () =>
          (await source.rest.listRoles(openServer("roles.list").id)).map(({ id, name, permissions }): RoleInfo => ({
            id,
            name,
            permissions: [...permissions],
          })),
        ),
    },
    server: {
      current: async () => {
        signedIn("server.current");
        const server = source.server();
        return server && { id: server.id, name: server.name, ownerId: server.ownerId };
      },
    },
    profile: {
      get: async () => {
        const { id, username, displayName, avatarUrl } = signedIn("profile.get");
        return { id, username, ...(displayName ? { displayName } : {}), ...(avatarUrl ? { avatarUrl } : {}) };
      },
    },
    attachments: {
      get: async (_pluginId, attachmentId) => {
        signedIn("attachments.get");
        const attachment = source.attachment(attachmentId);
        return attachment && attachmentInfo(attachment);
      },
      upload: (_pluginId, file, options) =>
        forPlugin("attachments.upload", async () => {
          const server = openServer("attachments.upload");
          if (!(file instanceof Blob)) throw new PluginServerError("invalid_request", "attachments.upload", "the file must be a Blob");
          if (file.size > MAX_ATTACHMENT_BYTES)
            throw new PluginServerError("payload_too_large", "attachments.upload", "the file is larger than 8 MiB");
          const channelId = entityId("attachments.upload", "the channel", options?.channelId ?? source.channelId());
          const name = typeof (file as File).name === "string" && (file as File).name ? (file as File).name : "attachment";
          return attachmentInfo(await source.rest.uploadAttachment(server.id, channelId, file, name));
        }),
    },
    media: {
      listDevices: async () => {
        signedIn("media.listDevices");
        const devices = (await source.enumerateDevices?.()) ?? [];
        return devices.map(({ deviceId, kind, label }): MediaDeviceSummary => ({ id: deviceId, kind, label }));
      },
    },
    serverData: {
      get: serverData("GET", "serverData.get") as HostPorts["serverData"]["get"],
      set: serverData("PUT", "serverData.set"),
      delete: serverData("DELETE", "serverData.delete"),
    },
  };
}

function userInfo({ userId, username, displayName }: Member): UserInfo {
  return { id: userId, username, ...(displayName ? { displayName } : {}) };
}

function attachmentInfo({ id, name, mediaType, size, url }: Attachment): AttachmentInfo {
  return { id, name, mediaType, size, url };
}

function chatMessage(method: string, reply: ServerEnvelope): ChatMessage {
  if (reply.type !== "message") throw new PluginServerError("internal", method, `the server answered with ${reply.type}`);
  const { type: _type, requestId: _requestId, ...message } = reply;
  return message;
}
