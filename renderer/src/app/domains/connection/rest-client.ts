// The REST client of the signaling server, generated from the contract's `paths` (openapi-fetch): the session's
// bearer token goes on every call, every answer passes the generated validator before use, and every failure
// becomes an `ApiRequestError` carrying the `ApiError` code.
import { describeError } from "@toju/contracts/errors/coded-error";
import type {
  Attachment,
  AuthSession,
  Channel,
  ChatMessage,
  Credentials,
  Member,
  Membership,
  PluginEventDefinition,
  PluginEventDefinitionInput,
  PluginRequirement,
  PluginRequirementInput,
  PluginRequirementsSnapshot,
  Role,
  Server,
  ServerSummary,
  UserProfile,
  paths,
} from "@toju/generated/types/contract";
import {
  validateApiError,
  validateAttachment,
  validateAuthSession,
  validateChannel,
  validateChatMessage,
  validateMember,
  validateMembership,
  validatePluginEventDefinition,
  validatePluginRequirement,
  validatePluginRequirementsSnapshot,
  validateRole,
  validateServer,
  validateServerSummary,
  validateUserProfile,
} from "@toju/generated/validators/index";
import createClient, { type Client } from "openapi-fetch";
import { ApiRequestError } from "./api-request-error";

export interface RestClientOptions {
  /** The server's origin, e.g. `http://127.0.0.1:3000`; routes start with `/api`. */
  baseUrl: string;
  /** The signed-in session's token, read at every call; undefined sends no `Authorization`. */
  token(): string | undefined;
  fetch?: (request: Request) => Promise<Response>;
}

type Check<T> = (data: unknown) => data is T;

const listOf =
  <T>(check: Check<T>): Check<T[]> =>
  (data): data is T[] =>
    Array.isArray(data) && data.every((item) => check(item));
const isBlob: Check<Blob> = (data): data is Blob => data instanceof Blob;
/** Routes whose success has no body (204), or none the contract describes (410-only plugin data). */
const noBody: Check<undefined> = (data): data is undefined => data === undefined;

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface MessagePage {
  /** Only messages older than this message. */
  before?: string;
  /** 1 to 100; the server's default is 50. */
  limit?: number;
}

export class TojuRestClient {
  private readonly client: Client<paths>;

  constructor(options: RestClientOptions) {
    const fetchFn = options.fetch ?? ((request: Request) => globalThis.fetch(request));
    this.client = createClient<paths>({ baseUrl: options.baseUrl, fetch: fetchFn });
    this.client.use({
      onRequest: ({ request }) => {
        const token = options.token();
        if (token !== undefined) request.headers.set("Authorization", `Bearer ${token}`);
        return request;
      },
    });
  }

  register(body: Credentials): Promise<AuthSession> {
    return this.call(validateAuthSession, () => this.client.POST("/api/auth/register", { body }));
  }

  login(body: Credentials): Promise<AuthSession> {
    return this.call(validateAuthSession, () => this.client.POST("/api/auth/login", { body }));
  }

  me(): Promise<UserProfile> {
    return this.call(validateUserProfile, () => this.client.GET("/api/users/me"));
  }

  listServers(): Promise<ServerSummary[]> {
    return this.call(listOf(validateServerSummary), () => this.client.GET("/api/servers"));
  }

  getServer(serverId: string): Promise<Server> {
    return this.call(validateServer, () => this.client.GET("/api/servers/{serverId}", { params: { path: { serverId } } }));
  }

  createServer(name: string): Promise<Server> {
    return this.call(validateServer, () => this.client.POST("/api/servers", { body: { name } }));
  }

  joinServer(serverId: string): Promise<Membership> {
    return this.call(validateMembership, () => this.client.POST("/api/servers/{serverId}/members", { params: { path: { serverId } } }));
  }

  createChannel(serverId: string, name: string): Promise<Channel> {
    return this.call(validateChannel, () =>
      this.client.POST("/api/servers/{serverId}/channels", { params: { path: { serverId } }, body: { name } }),
    );
  }

  listMembers(serverId: string): Promise<Member[]> {
    return this.call(listOf(validateMember), () => this.client.GET("/api/servers/{serverId}/members", { params: { path: { serverId } } }));
  }

  listRoles(serverId: string): Promise<Role[]> {
    return this.call(listOf(validateRole), () => this.client.GET("/api/servers/{serverId}/roles", { params: { path: { serverId } } }));
  }

  /** Newest first. */
  listMessages(serverId: string, channelId: string, page: MessagePage = {}): Promise<ChatMessage[]> {
    return this.call(listOf(validateChatMessage), () =>
      this.client.GET("/api/servers/{serverId}/channels/{channelId}/messages", {
        params: { path: { serverId, channelId }, query: page },
      }),
    );
  }

  /** The raw bytes as the body, the file's type as `Content-Type` (the server keeps it), its name as `?name=`. */
  uploadAttachment(serverId: string, channelId: string, file: Blob, name: string): Promise<Attachment> {
    return this.call(validateAttachment, () =>
      this.client.POST("/api/servers/{serverId}/channels/{channelId}/attachments", {
        params: { path: { serverId, channelId }, query: { name } },
        body: file as never,
        bodySerializer: (body: unknown) => body,
        headers: { "Content-Type": file.type || "application/octet-stream" },
      }),
    );
  }

  downloadAttachment(attachmentId: string): Promise<Blob> {
    return this.call(isBlob, () =>
      this.client.GET("/api/attachments/{attachmentId}", { params: { path: { attachmentId } }, parseAs: "blob" }),
    );
  }

  getPluginRequirements(serverId: string): Promise<PluginRequirementsSnapshot> {
    return this.call(validatePluginRequirementsSnapshot, () =>
      this.client.GET("/api/servers/{serverId}/plugins", { params: { path: { serverId } } }),
    );
  }

  putPluginRequirement(serverId: string, pluginId: string, body: PluginRequirementInput): Promise<PluginRequirement> {
    return this.call(validatePluginRequirement, () =>
      this.client.PUT("/api/servers/{serverId}/plugins/{pluginId}/requirement", { params: { path: { serverId, pluginId } }, body }),
    );
  }

  deletePluginRequirement(serverId: string, pluginId: string): Promise<void> {
    return this.call(noBody, () =>
      this.client.DELETE("/api/servers/{serverId}/plugins/{pluginId}/requirement", { params: { path: { serverId, pluginId } } }),
    );
  }

  putPluginEvent(serverId: string, pluginId: string, eventName: string, body: PluginEventDefinitionInput): Promise<PluginEventDefinition> {
    return this.call(validatePluginEventDefinition, () =>
      this.client.PUT("/api/servers/{serverId}/plugins/{pluginId}/events/{eventName}", {
        params: { path: { serverId, pluginId, eventName } },
        body,
      }),
    );
  }

  /** Server-side plugin data; the signaling server answers 410 `gone` today. */
  pluginData(method: "GET" | "PUT" | "DELETE", serverId: string, pluginId: string, key: string, value?: unknown): Promise<unknown> {
    const params = { path: { serverId, pluginId, key } };
    const route = "/api/servers/{serverId}/plugins/{pluginId}/data/{key}";
    if (method === "GET") return this.call(noBody, () => this.client.GET(route, { params }));
    if (method === "PUT") return this.call(noBody, () => this.client.PUT(route, { params, body: value as never }));
    return this.call(noBody, () => this.client.DELETE(route, { params }));
  }

  private async call<T>(check: Check<T>, send: () => Promise<Outcome<unknown>>): Promise<T> {
    let outcome: Outcome<unknown>;
    try {
      outcome = await send();
    } catch (error) {
      throw new ApiRequestError("network_error", `the server could not be reached: ${describeError(error)}`, 0);
    }
    const { data, error, response } = outcome;
    if (response.ok) {
      if (check(data)) return data;
      throw new ApiRequestError("unexpected_response", `the server's answer (${response.status}) breaks the contract`, response.status);
    }
    if (validateApiError(error)) throw new ApiRequestError(error.code, error.message, response.status, error.details);
    throw new ApiRequestError("unexpected_response", `the server answered ${response.status} without an error body`, response.status);
  }
}
