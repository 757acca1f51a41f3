// ChatSessionService: the signed-in user, their servers, the open server and channel with its members, roles and
// plugin requirements, kept live from the websocket. It is the renderer's ShellSession.
import { DestroyRef, Injectable, computed, inject, signal } from "@angular/core";
import { describeError } from "@toju/contracts/errors/coded-error";
import type {
  AuthSession,
  Member,
  PluginRequirement,
  PluginRequirementInput,
  PluginRequirementsSnapshot,
  Role,
  Server,
  ServerSummary,
  UserProfile,
} from "@toju/generated/types/contract";
import { ApiRequestError } from "../connection/api-request-error";
import { SESSION_TOKEN_STORE, TOJU_REST, TOJU_SOCKET } from "../connection/connection.tokens";
import { RUNTIME_CONSOLE } from "../plugins/shell/runtime-tokens";
import type { ConnectionState, ShellSession } from "../session/shell-session";

const MANAGING_ROLES = new Set(["owner", "admin"]);

@Injectable({ providedIn: "root" })
export class ChatSessionService implements ShellSession {
  private readonly rest = inject(TOJU_REST);
  private readonly socket = inject(TOJU_SOCKET);
  private readonly stored = inject(SESSION_TOKEN_STORE);
  private readonly output = inject(RUNTIME_CONSOLE);
  private readonly profile = signal<UserProfile | undefined>(undefined);
  private readonly state = signal<ConnectionState>(this.socket.state);
  private readonly serverList = signal<ServerSummary[]>([]);
  private readonly server = signal<Server | undefined>(undefined);
  private readonly channel = signal<string | undefined>(undefined);
  private readonly memberList = signal<Member[]>([]);
  private readonly roleList = signal<Role[]>([]);
  private readonly snapshot = signal<PluginRequirementsSnapshot | undefined>(undefined);
  private readonly restoringSession = signal(false);
  private readonly problem = signal<string | undefined>(undefined);
  private activePluginIds: readonly string[] = [];

  readonly user = this.profile.asReadonly();
  readonly connection = this.state.asReadonly();
  /** The servers the user is a member of, by name. */
  readonly servers = this.serverList.asReadonly();
  readonly currentServer = this.server.asReadonly();
  readonly currentChannelId = this.channel.asReadonly();
  readonly currentChannel = computed(() => this.server()?.channels.find((channel) => channel.id === this.channel()));
  /** The open server's members with their roles. */
  readonly members = this.memberList.asReadonly();
  readonly roles = this.roleList.asReadonly();
  readonly requirements = this.snapshot.asReadonly();
  readonly canManageServer = computed(() => {
    const user = this.profile();
    const server = this.server();
    if (!user || !server) return false;
    if (server.ownerId === user.id) return true;
    return this.memberList().some((member) => member.userId === user.id && member.roles.some((role) => MANAGING_ROLES.has(role)));
  });
  /** A stored session is being checked after a reload. */
  readonly restoring = this.restoringSession.asReadonly();
  /** Why the session could not be restored or a server could not be opened; commands reject instead. */
  readonly error = this.problem.asReadonly();

  constructor() {
    const watching = [
      this.socket.onStateChange((state) => this.state.set(state)),
      this.socket.onTokenRefused(() => this.end("Your session has ended. Log in again.")),
      this.socket.on("server_joined", (envelope) => this.takeSnapshot(envelope.pluginRequirements)),
      this.socket.on("server_viewed", (envelope) => this.takeSnapshot(envelope.pluginRequirements)),
      this.socket.on("plugin_requirements_changed", (envelope) => this.takeSnapshot(envelope.snapshot)),
      this.socket.on("member_joined", ({ serverId, member }) => {
        if (serverId === this.server()?.id)
          this.memberList.update((members) => [...members.filter((m) => m.userId !== member.userId), member].sort(byUsername));
      }),
      this.socket.on("member_left", ({ serverId, userId }) => {
        if (serverId === this.server()?.id) this.memberList.update((members) => members.filter((m) => m.userId !== userId));
      }),
      this.socket.on("channel_created", ({ serverId, channel }) => {
        const server = this.server();
        if (server?.id === serverId && !server.channels.some((c) => c.id === channel.id))
          this.server.set({ ...server, channels: [...server.channels, channel] });
      }),
    ];
    inject(DestroyRef).onDestroy(() => watching.forEach((subscription) => subscription.dispose()));
  }

  /** Picks up the session kept in this tab (a reload), reopening the server and channel that were open. */
  async restore(): Promise<void> {
    const saved = this.stored.read();
    if (!saved || this.profile()) return;
    this.restoringSession.set(true);
    try {
      this.begin(saved.token, await this.rest.me());
      await this.loadServers();
      if (saved.serverId) await this.openServer(saved.serverId, saved.channelId);
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === "unauthenticated") this.end("Your session has ended. Log in again.");
      else this.problem.set(`The session could not be restored: ${describeError(error)}`);
    } finally {
      this.restoringSession.set(false);
    }
  }

  /** Rejects with `ApiRequestError` (`unauthenticated` for a wrong name or password). */
  async logIn(username: string, password: string): Promise<void> {
    await this.start(await this.rest.login({ username, password }));
  }

  /** A new account is signed in at once. Rejects with `ApiRequestError` (`conflict` for a taken name). */
  async createAccount(username: string, password: string): Promise<void> {
    await this.start(await this.rest.register({ username, password }));
  }

  logOut(): void {
    this.end(undefined);
  }

  async createServer(name: string): Promise<Server> {
    const server = await this.rest.createServer(name);
    this.serverList.update((servers) => [...servers.filter((s) => s.id !== server.id), summary(server)].sort(byName));
    await this.openServer(server.id);
    return server;
  }

  /** Joins by the ID its owner shared; rejects with `ApiRequestError` (`not_found`, `invalid_request`). */
  async joinServer(serverId: string): Promise<void> {
    await this.rest.joinServer(serverId);
    await this.loadServers();
    await this.openServer(serverId);
  }

  /** Opens a server the user belongs to: its channels, members and roles, and its live events on the websocket. */
  async openServer(serverId: string, channelId?: string): Promise<void> {
    this.problem.set(undefined);
    const server = await this.rest.getServer(serverId);
    const previous = this.server()?.id;
    this.server.set(server);
    this.openChannel(server.channels.some((c) => c.id === channelId) ? channelId! : defaultChannel(server));
    if (previous === serverId) return;
    if (previous !== undefined) this.socket.leaveServer(previous);
    this.snapshot.set(undefined);
    this.memberList.set([]);
    this.roleList.set([]);
    this.socket.setActivePlugins(serverId, this.activePluginIds);
    const stillOpen = () => this.server()?.id === serverId;
    await Promise.all([
      this.socket.watchServer(serverId, "join"),
      this.rest.listMembers(serverId).then((members) => stillOpen() && this.memberList.set([...members].sort(byUsername))),
      this.rest.listRoles(serverId).then((roles) => stillOpen() && this.roleList.set(roles)),
    ]);
  }

  openChannel(channelId: string | undefined): void {
    this.channel.set(channelId);
    this.stored.remember({ serverId: this.server()?.id, channelId });
  }

  /** Needs `manageServer`; rejects with `ApiRequestError` (`conflict` for a taken name). */
  async createChannel(name: string): Promise<void> {
    const server = this.requireServer();
    const channel = await this.rest.createChannel(server.id, name);
    const now = this.server();
    if (now?.id === server.id && !now.channels.some((c) => c.id === channel.id))
      this.server.set({ ...now, channels: [...now.channels, channel] });
    this.openChannel(channel.id);
  }

  async putRequirement(pluginId: string, input: PluginRequirementInput): Promise<PluginRequirement> {
    return this.rest.putPluginRequirement(this.requireServer().id, pluginId, input);
  }

  async deleteRequirement(pluginId: string): Promise<void> {
    return this.rest.deletePluginRequirement(this.requireServer().id, pluginId);
  }

  /** The plugins running in this window; the server relays `plugin`-scoped events only to sockets that list them. */
  setActivePlugins(pluginIds: readonly string[]): void {
    this.activePluginIds = [...pluginIds];
    const server = this.server();
    if (server) this.socket.setActivePlugins(server.id, this.activePluginIds);
  }

  private async start(session: AuthSession): Promise<void> {
    this.stored.write({ token: session.token });
    const profile = await this.rest.me().catch((error: unknown) => {
      this.output.warn("[toju] reading the profile failed", error);
      return session.user;
    });
    this.begin(session.token, profile);
    await this.loadServers();
    const first = this.serverList()[0];
    if (first) await this.openServer(first.id).catch((error: unknown) => this.problem.set(describeError(error)));
  }

  private begin(token: string, profile: UserProfile): void {
    this.problem.set(undefined);
    this.profile.set(profile);
    this.socket.connect(token);
  }

  private async loadServers(): Promise<void> {
    this.serverList.set([...(await this.rest.listServers())].sort(byName));
  }

  private end(reason: string | undefined): void {
    this.socket.disconnect();
    this.stored.clear();
    this.profile.set(undefined);
    this.serverList.set([]);
    this.server.set(undefined);
    this.channel.set(undefined);
    this.memberList.set([]);
    this.roleList.set([]);
    this.snapshot.set(undefined);
    this.problem.set(reason);
  }

  private takeSnapshot(snapshot: PluginRequirementsSnapshot): void {
    if (snapshot.serverId !== this.server()?.id) return;
    // A reconnect brings the same revision again: plugins hear of a change once.
    const known = this.snapshot();
    if (known && known.serverId === snapshot.serverId && known.revision >= snapshot.revision) return;
    this.snapshot.set(snapshot);
  }

  private requireServer(): Server {
    const server = this.server();
    if (!server) throw new Error("no server is open");
    return server;
  }
}

function defaultChannel(server: Server): string | undefined {
  return (server.channels.find((channel) => channel.name === "general") ?? server.channels[0])?.id;
}

function summary({ id, name, ownerId }: Server): ServerSummary {
  return { id, name, ownerId };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}

function byUsername(a: Member, b: Member): number {
  return a.username.localeCompare(b.username);
}
