// Test helper: a small in-memory signaling server behind fakes of the REST client and the websocket client, and an
// in-memory sessionStorage, for the chat domain's TestBed specs.
import type { Provider } from "@angular/core";
import { TypedEmitter, type Subscription } from "@toju/contracts/async/typed-emitter";
import type {
  Attachment,
  AuthSession,
  ChatMessage,
  Member,
  PluginRequirementsSnapshot,
  Server,
  ServerEnvelope,
  ServerSummary,
} from "@toju/generated/types/contract";
import { ApiRequestError } from "../../connection/api-request-error";
import { SESSION_TOKEN_STORE, TOJU_REST, TOJU_SOCKET } from "../../connection/connection.tokens";
import type { MessagePage, TojuRestClient } from "../../connection/rest-client";
import { SessionTokenStore } from "../../connection/session-token-store";
import { SocketRequestError } from "../../connection/socket-request-error";
import type { OutboundEnvelope, ServerWatch, TojuSocketClient } from "../../connection/websocket-client";
import type { ConnectionState } from "../../session/shell-session";

export class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

interface Account {
  id: string;
  username: string;
  password: string;
}

/** The server's data: what REST answers and what the socket delivers. */
export class FakeServerData {
  readonly accounts: Account[] = [];
  readonly servers: Server[] = [];
  readonly members = new Map<string, Member[]>();
  readonly messages: ChatMessage[] = [];
  readonly snapshots = new Map<string, PluginRequirementsSnapshot>();
  readonly tokens = new Map<string, string>();
  readonly attachments = new Map<string, Attachment>();
  private count = 0;

  id(prefix: string): string {
    return `${prefix}-${++this.count}`;
  }

  account(username: string, password = "a good password"): AuthSession {
    const account = { id: this.id("u"), username, password };
    this.accounts.push(account);
    return this.session(account);
  }

  session(account: Account): AuthSession {
    const token = `token-of-${account.username}-${this.id("t")}`.padEnd(16, "x");
    this.tokens.set(token, account.id);
    return { user: { id: account.id, username: account.username }, token };
  }

  server(name: string, ownerId: string): Server {
    const server = { id: this.id("s"), name, ownerId, channels: [{ id: this.id("c"), name: "general" }] };
    this.servers.push(server);
    const owner = this.accounts.find((account) => account.id === ownerId)!;
    this.members.set(server.id, [{ userId: ownerId, username: owner.username, roles: ["owner"] }]);
    this.snapshots.set(server.id, { serverId: server.id, revision: 0, requirements: [], events: [] });
    return server;
  }

  /** `count` messages in the channel, one minute apart, oldest first. */
  fill(server: Server, channelId: string, count: number, authorUserId: string): ChatMessage[] {
    const start = Date.parse("2026-12-01T08:00:00.000Z");
    const added = Array.from({ length: count }, (_, index) => ({
      messageId: this.id("m"),
      serverId: server.id,
      channelId,
      authorUserId,
      content: `message ${index + 1}`,
      sentAt: new Date(start + index * 60_000).toISOString(),
    }));
    this.messages.push(...added);
    return added;
  }
}

/** The REST client, answering from `FakeServerData` as the caller whose token is current. */
export function fakeRest(data: FakeServerData, store: SessionTokenStore) {
  const caller = () => {
    const userId = data.tokens.get(store.token() ?? "");
    if (!userId) throw new ApiRequestError("unauthenticated", "no valid bearer token", 401);
    return data.accounts.find((account) => account.id === userId)!;
  };
  const server = (serverId: string) => {
    const found = data.servers.find((s) => s.id === serverId);
    if (!found) throw new ApiRequestError("not_found", "unknown server", 404);
    return found;
  };
  const rest = {
    register: jest.fn(async ({ username, password }: { username: string; password: string }): Promise<AuthSession> => {
      if (data.accounts.some((account) => account.username === username)) throw new ApiRequestError("conflict", "name taken", 409);
      return data.account(username, password);
    }),
    login: jest.fn(async ({ username, password }: { username: string; password: string }): Promise<AuthSession> => {
      const account = data.accounts.find((a) => a.username === username && a.password === password);
      if (!account) throw new ApiRequestError("unauthenticated", "wrong name or password", 401);
      return data.session(account);
    }),
    me: jest.fn(async () => ({ id: caller().id, username: caller().username })),
    listServers: jest.fn(async (): Promise<ServerSummary[]> => {
      const me = caller().id;
      return data.servers
        .filter((s) => data.members.get(s.id)?.some((m) => m.userId === me))
        .map(({ id, name, ownerId }) => ({ id, name, ownerId }));
    }),
    getServer: jest.fn(async (serverId: string) => (caller(), structuredClone(server(serverId)))),
    createServer: jest.fn(async (name: string) => structuredClone(data.server(name, caller().id))),
    joinServer: jest.fn(async (serverId: string) => {
      const me = caller();
      const members = data.members.get(server(serverId).id)!;
      if (!members.some((m) => m.userId === me.id)) members.push({ userId: me.id, username: me.username, roles: ["member"] });
      return { serverId, userId: me.id, owner: false, permissions: { manageServer: false }, joinedAt: "2026-12-01T09:00:00.000Z" };
    }),
    createChannel: jest.fn(async (serverId: string, name: string) => {
      const target = server(serverId);
      if (target.ownerId !== caller().id) throw new ApiRequestError("forbidden", "needs manageServer", 403);
      if (target.channels.some((c) => c.name === name)) throw new ApiRequestError("conflict", "name taken", 409);
      const channel = { id: data.id("c"), name };
      target.channels.push(channel);
      return channel;
    }),
    listMembers: jest.fn(async (serverId: string) => (caller(), structuredClone(data.members.get(server(serverId).id) ?? []))),
    listRoles: jest.fn(async (serverId: string) => (caller(), server(serverId), ROLES)),
    listMessages: jest.fn(async (serverId: string, channelId: string, page: MessagePage = {}) => {
      caller();
      const all = data.messages.filter((m) => m.serverId === serverId && m.channelId === channelId).reverse();
      const from = page.before ? all.findIndex((m) => m.messageId === page.before) + 1 : 0;
      return all.slice(from, from + (page.limit ?? 50));
    }),
    uploadAttachment: jest.fn(async (_serverId: string, _channelId: string, file: Blob, name: string): Promise<Attachment> => {
      caller();
      const id = data.id("a");
      const attachment = { id, name, mediaType: file.type || "application/octet-stream", size: file.size, url: `/api/attachments/${id}` };
      data.attachments.set(id, attachment);
      return attachment;
    }),
    downloadAttachment: jest.fn(async () => new Blob(["bytes"])),
    putPluginRequirement: jest.fn(async (_serverId: string, pluginId: string, input: object) => ({
      pluginId,
      ...input,
      updatedAt: "2026-12-01T09:00:00.000Z",
    })),
    deletePluginRequirement: jest.fn(async () => undefined),
  };
  return rest;
}

const ROLES = [
  { id: "owner" as const, name: "Owner", permissions: ["manageServer" as const, "manageMembers" as const] },
  { id: "admin" as const, name: "Admin", permissions: ["manageServer" as const] },
  { id: "member" as const, name: "Member", permissions: [] },
];

/** The websocket client: `connect` identifies at once, `watchServer` answers with the server's snapshot. */
export class FakeSocketClient {
  state: ConnectionState = "signed-out";
  token?: string;
  readonly sent: OutboundEnvelope[] = [];
  readonly watched = new Map<string, ServerWatch>();
  readonly activePlugins = new Map<string, readonly string[]>();
  readonly left: string[] = [];
  private readonly events = new TypedEmitter<{ state: ConnectionState; tokenRefused: void }>();
  private readonly listeners = new Map<string, Set<(envelope: ServerEnvelope) => void>>();

  constructor(private readonly data: FakeServerData) {}

  onStateChange(listener: (state: ConnectionState) => void): Subscription {
    return this.events.on("state", listener);
  }

  onTokenRefused(listener: () => void): Subscription {
    return this.events.on("tokenRefused", listener);
  }

  on(type: string, listener: (envelope: never) => void): Subscription {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    const entry = listener as (envelope: ServerEnvelope) => void;
    set.add(entry);
    return { dispose: () => void set.delete(entry) };
  }

  connect(token: string): void {
    this.token = token;
    this.setState("connected");
  }

  disconnect(): void {
    this.token = undefined;
    this.watched.clear();
    this.activePlugins.clear();
    this.setState("signed-out");
  }

  setState(state: ConnectionState): void {
    this.state = state;
    this.events.emit("state", state);
  }

  refuseToken(): void {
    this.disconnect();
    this.events.emit("tokenRefused", undefined);
  }

  async request(envelope: OutboundEnvelope): Promise<ServerEnvelope> {
    if (this.state !== "connected") throw new SocketRequestError("not_connected", "not connected");
    this.sent.push(envelope);
    if (envelope.type !== "send_message") throw new Error(`the fake socket has no answer for ${envelope.type}`);
    const { type: _type, attachmentIds, asPluginId: _as, ...rest } = envelope;
    const attachments = (attachmentIds ?? []).flatMap((id) => this.data.attachments.get(id) ?? []);
    const message: ChatMessage = {
      ...rest,
      ...(attachments.length > 0 ? { attachments } : {}),
      messageId: this.data.id("m"),
      authorUserId: this.data.tokens.get(this.token!)!,
      sentAt: new Date().toISOString(),
    };
    this.data.messages.push(message);
    const reply: ServerEnvelope = { type: "message", requestId: "r-1", ...message };
    this.deliver(reply);
    return reply;
  }

  async watchServer(serverId: string, mode: ServerWatch): Promise<void> {
    this.watched.set(serverId, mode);
    const pluginRequirements = this.data.snapshots.get(serverId)!;
    this.deliver({ type: mode === "join" ? "server_joined" : "server_viewed", serverId, pluginRequirements });
  }

  leaveServer(serverId: string): void {
    this.watched.delete(serverId);
    this.left.push(serverId);
  }

  setActivePlugins(serverId: string, pluginIds: readonly string[]): void {
    this.activePlugins.set(serverId, [...pluginIds]);
  }

  /** A frame from the server, to every listener of its type. */
  deliver(envelope: ServerEnvelope): void {
    for (const listener of [...(this.listeners.get(envelope.type) ?? [])]) listener(envelope);
  }
}

/** Providers that put the chat domain on the fake server; the storage outlives a TestBed reset (a tab reload). */
export function fakeConnection(data = new FakeServerData(), storage = new MemoryStorage()) {
  const store = new SessionTokenStore(storage);
  const rest = fakeRest(data, store);
  const socket = new FakeSocketClient(data);
  const providers: Provider[] = [
    { provide: SESSION_TOKEN_STORE, useValue: store },
    { provide: TOJU_REST, useValue: rest as unknown as TojuRestClient },
    { provide: TOJU_SOCKET, useValue: socket as unknown as TojuSocketClient },
  ];
  return { data, storage, store, rest, socket, providers };
}
