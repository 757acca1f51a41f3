// The REST client of the signaling server, generated from the contract's `paths` (openapi-fetch): the session's
// bearer token goes on every call, and every failure becomes an `ApiRequestError` carrying the `ApiError` code.
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
import { validateApiError } from "@toju/generated/validators/index";
import createClient, { type Client } from "openapi-fetch";
import { ApiRequestError } from "./api-request-error";

export interface RestClientOptions {
  /** The server's origin, e.g. `http://127.0.0.1:3000`; routes start with `/api`. */
  baseUrl: string;
  /** The signed-in session's token, read at every call; undefined sends no `Authorization`. */
  token(): string | undefined;
  fetch?: (request: Request) => Promise<Response>;
}

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
    return this.call(() => this.client.POST("/api/auth/register", { body }));
  }

  login(body: Credentials): Promise<AuthSession> {
    return this.call(() => this.client.POST("/api/auth/login", { body }));
  }

  me(): Promise<UserProfile> {
    return this.call(() => this.client.GET("/api/users/me"));
  }

  listServers(): Promise<ServerSummary[]> {
    return this.call(() => this.client.GET("/api/servers"));
  }

  getServer(serverId: string): Promise<Server> {
    return this.call(() => this.client.GET("/api/servers/{serverId}", { params: { path: { serverId } } }));
  }

  createServer(name: string): Promise<Server> {
    return this.call(() => this.client.POST("/api/servers", { body: { name } }));
  }

  joinServer(serverId: string): Promise<Membership> {
    return this.call(() => this.client.POST("/api/servers/{serverId}/members", { params: { path: { serverId } } }));
  }

  createChannel(serverId: string, name: string): Promise<Channel> {
    return this.call(() => this.client.POST("/api/servers/{serverId}/channels", { params: { path: { serverId } }, body: { name } }));
  }

  listMembers(serverId: string): Promise<Member[]> {
    return this.call(() => this.client.GET("/api/servers/{serverId}/members", { params: { path: { serverId } } }));
  }

  listRoles(serverId: string): Promise<Role[]> {
    return this.call(() => this.client.GET("/api/servers/{serverId}/roles", { params: { path: { serverId } } }));
  }

  /** Newest first. */
  listMessages(serverId: string, channelId: string, page: MessagePage = {}): Promise<ChatMessage[]> {
    return this.call(() =>
      this.client.GET("/api/servers/{serverId}/channels/{channelId}/messages", {
        params: { path: { serverId, channelId }, query: page },
      }),
    );
  }

  /** The raw bytes as the body, the file's type as `Content-Type` (the server keeps it), its name as `?name=`. */
  uploadAttachment(serverId: string, channelId: string, file: Blob, name: string): Promise<Attachment> {
    return this.call(() =>
      this.client.POST("/api/servers/{serverId}/channels/{channelId}/attachments", {
        params: { path: { serverId, channelId }, query: { name } },
        body: file as never,
        bodySerializer: (body: unknown) => body,
        headers: { "Content-Type": file.type || "application/octet-stream" },
      }),
    );
  }

  downloadAttachment(attachmentId: string): Promise<Blob> {
    return this.call(
      () =>
        this.client.GET("/api/attachments/{attachmentId}", { params: { path: { attachmentId } }, parseAs: "blob" }) as Promise<
          Outcome<Blob>
        >,
    );
  }

  getPluginRequirements(serverId: string): Promise<PluginRequirementsSnapshot> {
    return this.call(() => this.client.GET("/api/servers/{serverId}/plugins", { params: { path: { serverId } } }));
  }

  putPluginRequirement(serverId: string, pluginId: string, body: PluginRequirementInput): Promise<PluginRequirement> {
    return this.call(() =>
      this.client.PUT("/api/servers/{serverId}/plugins/{pluginId}/requirement", { params: { path: { serverId, pluginId } }, body }),
    );
  }

  deletePluginRequirement(serverId: string, pluginId: string): Promise<void> {
    return this.call(() =>
      this.client.DELETE("/api/servers/{serverId}/plugins/{pluginId}/requirement", { params: { path: { serverId, pluginId } } }),
    ).then(() => undefined);
  }

  putPluginEvent(serverId: string, pluginId: string, eventName: string, body: PluginEventDefinitionInput): Promise<PluginEventDefinition> {
    return this.call(() =>
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
    if (method === "GET") return this.call(() => this.client.GET(route, { params }));
    if (method === "PUT") return this.call(() => this.client.PUT(route, { params, body: value as never }));
    return this.call(() => this.client.DELETE(route, { params }));
  }

  private async call<T>(send: () => Promise<Outcome<T>>): Promise<T> {
    let outcome: Outcome<T>;
    try {
      outcome = await send();
    } catch (error) {
      throw new ApiRequestError("network_error", `the server could not be reached: ${describeError(error)}`, 0);
    }
    const { data, error, response } = outcome;
    if (response.ok) return data as T;
    if (validateApiError(error)) throw new ApiRequestError(error.code, error.message, response.status, error.details);
    throw new ApiRequestError("unexpected_response", `the server answered ${response.status} without an error body`, response.status);
  }
}
