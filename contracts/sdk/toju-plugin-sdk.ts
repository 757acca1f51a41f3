// The plugin-facing SDK: everything a plugin module sees, in one framework-free file plugin authors can read top to bottom.
import type {
  Capability,
  PluginLifecycleState,
  PluginRequirementsSnapshot,
  PluginScope,
  TojuPluginManifest,
} from "../../generated/types/contract";

export type { Capability, PluginLifecycleState, PluginRequirementsSnapshot, PluginScope, TojuPluginManifest };

/** The host API major this SDK describes; a plugin whose `apiVersion` differs is blocked. */
export const TOJU_PLUGIN_API_VERSION = "1";

/** Undo a registration or subscription. Push it to `context.subscriptions` and the host disposes it on deactivation. */
export interface Disposable {
  dispose(): void;
}

/** What a plugin's ES module exports. Every hook is optional; a hook that throws marks the plugin `failed`. */
export interface TojuClientPluginModule {
  /** Runs when the plugin is activated; register UI and subscriptions here. */
  activate?(context: TojuPluginActivationContext): void | Promise<void>;
  /** Runs after every plugin of the same activation batch has activated. */
  ready?(context: TojuPluginActivationContext): void | Promise<void>;
  /** Runs before the plugin is unloaded; `context.subscriptions` are disposed after it. */
  deactivate?(context: TojuPluginActivationContext): void | Promise<void>;
  /** The current server's plugin requirements changed. */
  onServerRequirementsChanged?(context: TojuPluginActivationContext, snapshot: PluginRequirementsSnapshot): void | Promise<void>;
  /** One of this plugin's data keys changed outside this instance (another window, a sync). */
  onPluginDataChanged?(context: TojuPluginActivationContext, event: PluginDataChangedEvent): void | Promise<void>;
}

/** What `activate(context)` receives. */
export interface TojuPluginActivationContext {
  readonly pluginId: string;
  readonly manifest: TojuPluginManifest;
  /** The host API; every method checks this plugin's capability grants first. */
  readonly api: TojuClientPluginApi;
  /** Disposed by the host when the plugin deactivates. */
  readonly subscriptions: Disposable[];
}

export interface PluginDataChangedEvent {
  key: string;
  scope: PluginScope;
  scopeId?: string;
  /** The new value, or undefined when the entry was deleted. */
  value: unknown;
}

/** Thrown by an API method when the plugin lacks the capability it needs. */
export class PluginCapabilityError extends Error {
  readonly code = "capability_not_granted";

  constructor(
    readonly pluginId: string,
    readonly capability: Capability,
  ) {
    super(`plugin '${pluginId}' has not been granted '${capability}'`);
    this.name = "PluginCapabilityError";
  }
}

export interface ChannelInfo {
  id: string;
  name: string;
  serverId: string;
}
export interface ChatMessage {
  id: string;
  serverId: string;
  channelId: string;
  authorUserId: string;
  content: string;
  sentAt: string;
}
export interface UserInfo {
  id: string;
  username: string;
  displayName?: string;
  avatarUrl?: string;
}
export interface RoleInfo {
  id: string;
  name: string;
  permissions: string[];
}
export interface ServerInfo {
  id: string;
  name: string;
  ownerId: string;
}
export interface AttachmentInfo {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  url: string;
}

/** A plugin event as delivered to subscribers. */
export interface PluginEvent<T = unknown> {
  eventId: string;
  eventName: string;
  scope: PluginScope;
  sourceUserId: string;
  channelId?: string;
  targetUserId?: string;
  sentAt: string;
  payload: T;
}

export interface PublishEventOptions {
  channelId?: string;
  targetUserId?: string;
}
export interface MessageBusMessage<T = unknown> {
  topic: string;
  payload: T;
  fromPluginId: string;
  channelId?: string;
  peerId?: string;
}
export interface MessageBusOptions {
  channelId?: string;
  peerId?: string;
  replay?: boolean;
}

export interface PluginPageRegistration {
  id: string;
  title: string;
  render(host: HTMLElement): void | Disposable;
}
export interface PluginPanelRegistration extends PluginPageRegistration {
  location?: "left" | "right" | "bottom";
}
export interface PluginActionRegistration {
  id: string;
  title: string;
  context?: ("message" | "channel" | "server" | "user" | "composer")[];
  run(target: { kind: string; id?: string }): void | Promise<void>;
}
export interface PluginChannelSectionRegistration extends PluginPageRegistration {
  channelId?: string;
}
export interface PluginEmbedRegistration {
  id: string;
  title: string;
  matches(url: string, mediaType?: string): boolean;
  render(host: HTMLElement, source: { url: string; mediaType?: string }): void | Disposable;
}
export interface PluginSettingsRegistration extends PluginPageRegistration {}

/** The capability-gated host API. The capability each method needs is in `pluginApiCapabilities`. */
export interface TojuClientPluginApi {
  channels: { list(): Promise<ChannelInfo[]>; get(channelId: string): Promise<ChannelInfo | undefined> };
  events: {
    publish(eventName: string, payload: unknown, options?: PublishEventOptions): Promise<void>;
    subscribe<T = unknown>(eventName: string, listener: (event: PluginEvent<T>) => void): Disposable;
    publishP2pHint(eventName: string, targetUserId: string, payload: unknown): Promise<void>;
  };
  messages: {
    list(channelId: string, options?: { before?: string; limit?: number }): Promise<ChatMessage[]>;
    send(channelId: string, content: string): Promise<ChatMessage>;
    sendAsPluginUser(channelId: string, content: string): Promise<ChatMessage>;
  };
  messageBus: {
    publish(topic: string, payload: unknown, options?: MessageBusOptions): void;
    subscribe<T = unknown>(topic: string, listener: (message: MessageBusMessage<T>) => void, options?: MessageBusOptions): Disposable;
  };
  p2p: {
    send(peerUserId: string, payload: unknown): Promise<void>;
    onMessage(listener: (message: { fromUserId: string; payload: unknown }) => void): Disposable;
  };
  profile: { get(): Promise<UserInfo> };
  users: { list(): Promise<UserInfo[]>; get(userId: string): Promise<UserInfo | undefined> };
  roles: { list(): Promise<RoleInfo[]> };
  server: { current(): Promise<ServerInfo | undefined> };
  attachments: {
    get(attachmentId: string): Promise<AttachmentInfo | undefined>;
    upload(file: Blob, options?: { channelId?: string }): Promise<AttachmentInfo>;
  };
  media: { listDevices(): Promise<{ id: string; kind: string; label: string }[]> };
  storage: {
    get<T = unknown>(key: string): Promise<T | undefined>;
    set(key: string, value: unknown): Promise<void>;
    delete(key: string): Promise<void>;
  };
  serverData: {
    get<T = unknown>(key: string): Promise<T | undefined>;
    set(key: string, value: unknown): Promise<void>;
    delete(key: string): Promise<void>;
  };
  clientData: { get<T = unknown>(key: string): Promise<T | undefined>; set(key: string, value: unknown): Promise<void> };
  ui: {
    registerPage(page: PluginPageRegistration): Disposable;
    registerPanel(panel: PluginPanelRegistration): Disposable;
    registerAction(action: PluginActionRegistration): Disposable;
    registerChannelSection(section: PluginChannelSectionRegistration): Disposable;
    registerEmbed(embed: PluginEmbedRegistration): Disposable;
    registerSettings(settings: PluginSettingsRegistration): Disposable;
  };
  /** Needs no capability. */
  logger: {
    debug(...args: unknown[]): void;
    info(...args: unknown[]): void;
    warn(...args: unknown[]): void;
    error(...args: unknown[]): void;
  };
  /** Needs no capability. */
  context: { readonly pluginId: string; readonly apiVersion: string; readonly serverId?: string; readonly channelId?: string };
}

type GatedSubsystems = Exclude<keyof TojuClientPluginApi, "logger" | "context">;

/** Exactly one capability per host API method; the host's facade and its tests read this table. */
export const pluginApiCapabilities = {
  channels: { list: "channels.read", get: "channels.read" },
  events: { publish: "events.server.publish", subscribe: "events.server.subscribe", publishP2pHint: "events.p2p.publish" },
  messages: { list: "messages.read", send: "messages.send", sendAsPluginUser: "messages.sendAsPluginUser" },
  messageBus: { publish: "messageBus.publish", subscribe: "messageBus.subscribe" },
  p2p: { send: "p2p.send", onMessage: "p2p.receive" },
  profile: { get: "profile.read" },
  users: { list: "users.read", get: "users.read" },
  roles: { list: "roles.read" },
  server: { current: "server.read" },
  attachments: { get: "attachments.read", upload: "attachments.upload" },
  media: { listDevices: "media.read" },
  storage: { get: "storage.local", set: "storage.local", delete: "storage.local" },
  serverData: { get: "storage.serverData", set: "storage.serverData", delete: "storage.serverData" },
  clientData: { get: "clientData.read", set: "clientData.write" },
  ui: {
    registerPage: "ui.pages",
    registerPanel: "ui.panels",
    registerAction: "ui.actions",
    registerChannelSection: "ui.channelSections",
    registerEmbed: "ui.embeds",
    registerSettings: "ui.settings",
  },
} as const satisfies { [S in GatedSubsystems]: { [M in keyof TojuClientPluginApi[S]]: Capability } };
