// The plugin-facing SDK: everything a plugin module sees, in one framework-free file plugin authors read top to bottom.
// Data shapes are the contract's generated types; every error a plugin can catch is defined here with its codes.
import {
  apiErrorCodeValues,
  ipcErrorCodeValues,
  pluginEventRejectionCodeValues,
  webSocketErrorCodeValues,
} from "../../generated/types/contract";
import type {
  ApiErrorCode,
  Capability,
  Channel,
  DisplayText,
  ErrorDetail,
  HttpUrl,
  IpcErrorCode,
  MessageEnvelope,
  PluginActionContext,
  PluginActionContribution,
  PluginChannelSectionContribution,
  PluginCommandContribution,
  PluginDataRecord,
  PluginEmbedContribution,
  PluginEventEnvelope,
  PluginEventRejectionCode,
  PluginLifecycleState,
  PluginPageContribution,
  PluginPanelContribution,
  PluginPanelLocation,
  PluginRequirementsSnapshot,
  PluginScope,
  PluginSettingsContribution,
  RelayedPluginEventEnvelope,
  Server,
  TojuPluginManifest,
  User,
  WebSocketErrorCode,
} from "../../generated/types/contract";
import { CodedError } from "../errors/coded-error";

export type { Capability, PluginLifecycleState, PluginRequirementsSnapshot, PluginScope, TojuPluginManifest };

/** The host API major this SDK describes; a plugin whose `apiVersion` differs is blocked. */
export const TOJU_PLUGIN_API_VERSION = "1";

// ─── The module and its activation ─────────────────────────────────────────────────────────────────────────────────

/** Undo a registration or subscription. Push it to `context.subscriptions` and the host disposes it on deactivation. */
export interface Disposable {
  dispose(): void;
}

/** What a plugin's ES module exports. Every hook is optional; a hook that throws or rejects marks the plugin `failed`. */
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

/** What every hook receives. */
export interface TojuPluginActivationContext {
  readonly pluginId: string;
  readonly manifest: TojuPluginManifest;
  /** The host API; every method checks this plugin's capability grants first. */
  readonly api: TojuClientPluginApi;
  /** Disposed by the host, latest first, when the plugin deactivates or fails. */
  readonly subscriptions: Disposable[];
}

/** A data key of the plugin changed; `value` is undefined when the entry was deleted. */
export type PluginDataChangedEvent = Pick<PluginDataRecord, "key" | "scope" | "scopeId"> & { value: unknown };

// ─── Data the host API hands out ───────────────────────────────────────────────────────────────────────────────────

/** A channel of the current server. */
export type ChannelInfo = Channel;

/** A chat message as the server delivers it: the `message` envelope without its framing. */
export type ChatMessage = Omit<MessageEnvelope, "type" | "requestId">;

/** The current server; its channels are read with `channels.list` (which needs its own capability). */
export type ServerInfo = Omit<Server, "channels">;

/** A user, with the profile fields the directory adds when the user set them. */
export type UserInfo = User & { displayName?: DisplayText; avatarUrl?: HttpUrl };

/** A role of the current server (`owner`, `admin`, `member`) and the permissions it carries. */
export interface RoleInfo {
  id: string;
  name: string;
  permissions: string[];
}

/** An uploaded file; `url` serves its bytes to members of its server. */
export interface AttachmentInfo {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  url: string;
}

/** A camera, microphone or speaker, as the browser's `enumerateDevices` reports it. */
export interface MediaDeviceSummary {
  id: string;
  kind: string;
  label: string;
}

/** A plugin event as the server relays it to subscribers. */
export type PluginEvent<T = unknown> = Omit<RelayedPluginEventEnvelope, "type" | "requestId" | "payload"> & { payload: T };

/** Where a published event goes: a channel (`channel` scope) or a user (`user` scope). */
export type PublishEventOptions = Pick<PluginEventEnvelope, "channelId" | "targetUserId">;

/** A message on the in-app bus between plugins, stamped with the plugin that published it. */
export interface MessageBusMessage<T = unknown> {
  topic: string;
  payload: T;
  fromPluginId: string;
  channelId?: string;
  peerId?: string;
}

/** Filters of a bus subscription (or targets of a publish); `replay` hands a subscriber the topic's last message. */
export interface MessageBusOptions {
  channelId?: string;
  peerId?: string;
  replay?: boolean;
}

// ─── UI contributions: each registration names an id the manifest declares in the matching `ui` list ───────────────

/**
 * What a `render` callback receives instead of an element in a plugin whose manifest says `isolation: "worker"`: its
 * worker has no DOM, so it hands over HTML, which the host shows in a sandboxed frame with an opaque origin where no
 * script runs and nothing is fetched (inline styles and `data:` images work). Call `setHtml` again to redraw; people
 * act on an isolated plugin through its actions and slash commands. Type it with a cast:
 * `render(host) { const surface = host as unknown as PluginIsolatedSurface; … }`.
 */
export interface PluginIsolatedSurface {
  /** Replaces what the frame shows (at most 256 KiB of HTML); `height` in CSS pixels, as the frame cannot measure itself. */
  setHtml(html: string, options?: { height?: number }): void;
  /** True once the host removed the frame (the contribution was disposed); `setHtml` then does nothing. */
  readonly closed: boolean;
}

/** A page, shown as a tab named by its title. */
export interface PluginPageRegistration extends Pick<PluginPageContribution, "id" | "title"> {
  render(host: HTMLElement): void | Disposable;
}
export interface PluginPanelRegistration extends Pick<PluginPanelContribution, "id" | "title"> {
  location?: PluginPanelLocation;
  render(host: HTMLElement): void | Disposable;
}
/** An action, shown as a button named by its title where its `context` says. */
export interface PluginActionRegistration extends Pick<PluginActionContribution, "id" | "title"> {
  context?: PluginActionContext[];
  run(target: { kind: PluginActionContext; id?: string }): void | Promise<void>;
}
export interface PluginChannelSectionRegistration extends Pick<PluginChannelSectionContribution, "id" | "title"> {
  channelId?: string;
  render(host: HTMLElement): void | Disposable;
}
/**
 * Renders links or attachments the manifest's `match` (then `matches`) accepts. An isolated plugin's `matches` is
 * never called (it could not answer in time from its worker): the manifest's `match` alone decides.
 */
export interface PluginEmbedRegistration extends Pick<PluginEmbedContribution, "id" | "title"> {
  matches(url: string, mediaType?: string): boolean;
  render(host: HTMLElement, source: { url: string; mediaType?: string }): void | Disposable;
}
export interface PluginSettingsRegistration extends Pick<PluginSettingsContribution, "id" | "title"> {
  render(host: HTMLElement): void | Disposable;
}
/** Where a slash command was typed: the composer, and the channel it writes to (`id`) when one is open. */
export interface PluginCommandTarget {
  kind: "composer";
  id?: string;
}
/**
 * A slash command: the user types `/` and its id in the composer (`/pluginId:id` when another plugin declares the same
 * id); the host runs it and never sends it as a message. The composer shows the manifest's `description` and `usage`.
 */
export interface PluginCommandRegistration extends Pick<PluginCommandContribution, "id" | "title"> {
  /**
   * `args` is what the user typed after the command's name, trimmed (`"2d6"` for `/roll 2d6`). A throw or a rejection
   * is shown under the composer with its message, and the user's text stays there to be corrected.
   */
  run(args: string, target: PluginCommandTarget): void | Promise<void>;
}

// ─── The host API ──────────────────────────────────────────────────────────────────────────────────────────────────
// Each method needs exactly one capability (`pluginApiMethods` below). A method returning a promise never throws: it
// rejects. A synchronous method throws. Without the grant, both fail with `PluginCapabilityError`.

/** The capability-gated host API a plugin receives as `context.api`. */
export interface TojuClientPluginApi {
  channels: PluginChannelsApi;
  events: PluginEventsApi;
  messages: PluginMessagesApi;
  messageBus: PluginMessageBusApi;
  p2p: PluginP2pApi;
  profile: PluginProfileApi;
  users: PluginUsersApi;
  roles: PluginRolesApi;
  server: PluginServerApi;
  attachments: PluginAttachmentsApi;
  media: PluginMediaApi;
  storage: PluginStorageApi;
  serverData: PluginServerDataApi;
  clientData: PluginClientDataApi;
  ui: PluginUiApi;
  /** Needs no capability and never throws; every line is prefixed with the plugin id. */
  logger: PluginLogger;
  /** Needs no capability; `serverId` and `channelId` follow the shell's current server and channel. */
  context: PluginApiContext;
  /** Needs no capability: helpers for the DOM the plugin renders into. */
  dom: PluginDomApi;
}

export interface PluginChannelsApi {
  /** The current server's channels. Needs `channels.read`. Rejects with `PluginCapabilityError` or `PluginHostNotConnectedError`. */
  list(): Promise<ChannelInfo[]>;
  /**
   * One channel of the current server, or undefined. Needs `channels.read`. Rejects with `PluginCapabilityError` or
   * `PluginHostNotConnectedError`.
   */
  get(channelId: string): Promise<ChannelInfo | undefined>;
}

export interface PluginEventsApi {
  /**
   * Sends a `clientToServer` event the server registered for this plugin; a `channel`-scoped event without a `channelId`
   * goes to the open channel. Needs `events.server.publish`. Rejects with `PluginCapabilityError`, `PluginApiArgumentError`
   * (a payload that is not plain JSON), `PluginHostNotConnectedError`, or `PluginEventRejectedError` with the server's code.
   */
  publish(eventName: string, payload: unknown, options?: PublishEventOptions): Promise<void>;
  /**
   * Receives this plugin's events as the server relays them from the open server. Needs `events.server.subscribe`.
   * Throws `PluginCapabilityError`; while no server is open the subscription stands but receives nothing.
   */
  subscribe<T = unknown>(eventName: string, listener: (event: PluginEvent<T>) => void): Disposable;
  /**
   * Sends a `p2pHint` event to one member. Needs `events.p2p.publish`. Rejects with `PluginCapabilityError`,
   * `PluginApiArgumentError`, `PluginHostNotConnectedError`, or `PluginEventRejectedError` with the server's code.
   */
  publishP2pHint(eventName: string, targetUserId: string, payload: unknown): Promise<void>;
}

export interface PluginMessagesApi {
  /**
   * A channel's messages, newest first (`limit` 1…100). Needs `messages.read`. Rejects with `PluginCapabilityError`,
   * `PluginHostNotConnectedError` or `PluginServerError`.
   */
  list(channelId: string, options?: { before?: string; limit?: number }): Promise<ChatMessage[]>;
  /**
   * Sends a message as the current user. Needs `messages.send`. Rejects with `PluginCapabilityError`,
   * `PluginHostNotConnectedError` or `PluginServerError`.
   */
  send(channelId: string, content: string): Promise<ChatMessage>;
  /**
   * Sends a message as the manifest's `pluginUser`. Needs `messages.sendAsPluginUser`. Rejects with
   * `PluginCapabilityError`, `PluginHostNotConnectedError` or `PluginServerError` (`forbidden` while the server blocks the plugin).
   */
  sendAsPluginUser(channelId: string, content: string): Promise<ChatMessage>;
}

export interface PluginMessageBusApi {
  /**
   * Delivers a plain-JSON payload to every matching subscriber of the topic, at once. Needs `messageBus.publish`.
   * Throws `PluginCapabilityError` or `PluginMessageBusError` (a bad topic, options or payload; a publish loop).
   */
  publish(topic: string, payload: unknown, options?: MessageBusOptions): void;
  /**
   * Listens to a topic, optionally filtered by channel or peer. Needs `messageBus.subscribe`.
   * Throws `PluginCapabilityError` or `PluginMessageBusError` (a bad topic, options or listener; too many subscriptions).
   */
  subscribe<T = unknown>(topic: string, listener: (message: MessageBusMessage<T>) => void, options?: MessageBusOptions): Disposable;
}

export interface PluginP2pApi {
  /**
   * Sends a JSON payload (at most 64 KiB) to the same plugin on the device of a member of the open server, over a
   * direct data channel opened on the first send. Needs `p2p.send`. Rejects with `PluginCapabilityError`,
   * `PluginApiArgumentError` (a payload that is not JSON or is over 64 KiB), `PluginHostNotConnectedError` (no server
   * open), or `P2pUnavailableError` when no channel to the peer opens within 10 s; nothing is ever relayed through the
   * server instead.
   */
  send(peerUserId: string, payload: unknown): Promise<void>;
  /** Receives what the same plugin on other devices sends. Needs `p2p.receive`. Throws `PluginCapabilityError`. */
  onMessage(listener: (message: { fromUserId: string; payload: unknown }) => void): Disposable;
}

export interface PluginProfileApi {
  /** The signed-in user. Needs `profile.read`. Rejects with `PluginCapabilityError` or `PluginHostNotConnectedError`. */
  get(): Promise<UserInfo>;
}

export interface PluginUsersApi {
  /**
   * The current server's members. Needs `users.read`. Rejects with `PluginCapabilityError`, `PluginHostNotConnectedError`
   * or `PluginServerError`.
   */
  list(): Promise<UserInfo[]>;
  /**
   * One member, or undefined. Needs `users.read`. Rejects with `PluginCapabilityError`, `PluginHostNotConnectedError` or
   * `PluginServerError`.
   */
  get(userId: string): Promise<UserInfo | undefined>;
}

export interface PluginRolesApi {
  /**
   * The current server's roles. Needs `roles.read`. Rejects with `PluginCapabilityError`, `PluginHostNotConnectedError` or
   * `PluginServerError`.
   */
  list(): Promise<RoleInfo[]>;
}

export interface PluginServerApi {
  /**
   * The current server, or undefined when none is open. Needs `server.read`. Rejects with `PluginCapabilityError` or
   * `PluginHostNotConnectedError`.
   */
  current(): Promise<ServerInfo | undefined>;
}

export interface PluginAttachmentsApi {
  /**
   * An attachment's description, or undefined. Needs `attachments.read`. Rejects with `PluginCapabilityError` or
   * `PluginHostNotConnectedError`.
   */
  get(attachmentId: string): Promise<AttachmentInfo | undefined>;
  /**
   * Uploads a file (at most 8 MiB) to the open channel, or `channelId`. Needs `attachments.upload`. Rejects with
   * `PluginCapabilityError`, `PluginHostNotConnectedError` or `PluginServerError` (`payload_too_large` over 8 MiB).
   */
  upload(file: Blob, options?: { channelId?: string }): Promise<AttachmentInfo>;
}

export interface PluginMediaApi {
  /** The media devices the browser reports. Needs `media.read`. Rejects with `PluginCapabilityError` or `PluginHostNotConnectedError`. */
  listDevices(): Promise<MediaDeviceSummary[]>;
}

/**
 * Plugin data on this device. Keys follow the data key pattern (a lower-case letter, then up to 63 letters, digits,
 * `.`, `_` or `-`); values are plain JSON of at most 1 MiB, stored as a copy. A key the manifest declares in `data[]`
 * with scope `user` is kept per user, any other key per plugin; `server` and `channel` keys need a server connection.
 */
export interface PluginStorageApi {
  /**
   * The stored value, or undefined. Needs `storage.local`. Rejects with `PluginCapabilityError`, `PluginApiArgumentError`,
   * `PluginStorageError` or `PluginHostNotConnectedError`.
   */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /**
   * Stores a copy of the value. Needs `storage.local`. Rejects with `PluginCapabilityError`, `PluginApiArgumentError`,
   * `PluginStorageError` or `PluginHostNotConnectedError`.
   */
  set(key: string, value: unknown): Promise<void>;
  /**
   * Removes the entry. Needs `storage.local`. Rejects with `PluginCapabilityError`, `PluginApiArgumentError`,
   * `PluginStorageError` or `PluginHostNotConnectedError`.
   */
  delete(key: string): Promise<void>;
}

/** Plugin data kept by the current server, with the keys and values of `storage`. Servers keep none today. */
export interface PluginServerDataApi {
  /**
   * The stored value, or undefined. Needs `storage.serverData`. Rejects with `PluginCapabilityError`,
   * `PluginApiArgumentError`, `PluginHostNotConnectedError` or `PluginDataUnavailableError`.
   */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /**
   * Stores a copy of the value. Needs `storage.serverData`. Rejects with `PluginCapabilityError`,
   * `PluginApiArgumentError`, `PluginHostNotConnectedError` or `PluginDataUnavailableError`.
   */
  set(key: string, value: unknown): Promise<void>;
  /**
   * Removes the entry. Needs `storage.serverData`. Rejects with `PluginCapabilityError`, `PluginApiArgumentError`,
   * `PluginHostNotConnectedError` or `PluginDataUnavailableError`.
   */
  delete(key: string): Promise<void>;
}

/**
 * The user's values for the manifest's top-level `settings` form, kept per user on this device. The host draws that
 * form from the schema; when the user saves it, `onPluginDataChanged` runs with scope `plugin` for each changed key.
 */
export interface PluginClientDataApi {
  /**
   * One setting's saved value, else the schema's `default`, else undefined. Needs `clientData.read`. Rejects with
   * `PluginCapabilityError`, `PluginApiArgumentError` or `PluginStorageError`.
   */
  get<T = unknown>(key: string): Promise<T | undefined>;
  /**
   * Stores one setting's value once the whole values object matches the `settings` schema. Needs `clientData.write`.
   * Rejects with `PluginCapabilityError`, `PluginApiArgumentError` (`value_not_valid`, with the schema's complaints in
   * `details`) or `PluginStorageError`.
   */
  set(key: string, value: unknown): Promise<void>;
}

/**
 * UI contributions. Each registration needs an id the manifest declares in the matching `ui` list, a title of 1 to 128
 * characters and the callbacks of its kind; it shows while the plugin runs and goes when disposed or deactivated.
 */
export interface PluginUiApi {
  /** Adds a page. Needs `ui.pages`. Throws `PluginCapabilityError` or `PluginUiRegistryError`. */
  registerPage(page: PluginPageRegistration): Disposable;
  /** Adds a panel. Needs `ui.panels`. Throws `PluginCapabilityError` or `PluginUiRegistryError`. */
  registerPanel(panel: PluginPanelRegistration): Disposable;
  /** Adds an action. Needs `ui.actions`. Throws `PluginCapabilityError` or `PluginUiRegistryError`. */
  registerAction(action: PluginActionRegistration): Disposable;
  /** Adds a channel section. Needs `ui.channelSections`. Throws `PluginCapabilityError` or `PluginUiRegistryError`. */
  registerChannelSection(section: PluginChannelSectionRegistration): Disposable;
  /** Adds an embed renderer. Needs `ui.embeds`. Throws `PluginCapabilityError` or `PluginUiRegistryError`. */
  registerEmbed(embed: PluginEmbedRegistration): Disposable;
  /** Adds a settings page of the plugin's own. Needs `ui.settings`. Throws `PluginCapabilityError` or `PluginUiRegistryError`. */
  registerSettings(settings: PluginSettingsRegistration): Disposable;
  /** Adds a slash command to the composer. Needs `ui.commands`. Throws `PluginCapabilityError` or `PluginUiRegistryError`. */
  registerCommand(command: PluginCommandRegistration): Disposable;
}

export interface PluginLogger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

export interface PluginDomApi {
  /**
   * Use it instead of the global `MutationObserver` (`new api.dom.MutationObserver(callback)`): a callback that throws
   * is reported in the host's log and the observer keeps observing; a callback whose own mutations keep re-triggering it
   * (more than 100 rounds within one task) is disconnected and reported, instead of freezing the app. An isolated
   * plugin has no DOM: reading it throws.
   */
  readonly MutationObserver: typeof MutationObserver;
}

export interface PluginApiContext {
  readonly pluginId: string;
  readonly apiVersion: string;
  readonly serverId?: string;
  readonly channelId?: string;
}

/** The subsystems whose methods each need a capability (`logger`, `context` and `dom` need none). */
export type GatedSubsystem = Exclude<keyof TojuClientPluginApi, "logger" | "context" | "dom">;

/** `async` methods report every refusal as a rejection, `sync` ones throw it. */
export type PluginApiMethodKind = "sync" | "async";

type KindOf<F> = F extends (...args: never[]) => Promise<unknown> ? "async" : "sync";

/** The one table of the host API: the capability each method needs, and whether it rejects or throws. */
export const pluginApiMethods = {
  channels: { list: { capability: "channels.read", kind: "async" }, get: { capability: "channels.read", kind: "async" } },
  events: {
    publish: { capability: "events.server.publish", kind: "async" },
    subscribe: { capability: "events.server.subscribe", kind: "sync" },
    publishP2pHint: { capability: "events.p2p.publish", kind: "async" },
  },
  messages: {
    list: { capability: "messages.read", kind: "async" },
    send: { capability: "messages.send", kind: "async" },
    sendAsPluginUser: { capability: "messages.sendAsPluginUser", kind: "async" },
  },
  messageBus: {
    publish: { capability: "messageBus.publish", kind: "sync" },
    subscribe: { capability: "messageBus.subscribe", kind: "sync" },
  },
  p2p: { send: { capability: "p2p.send", kind: "async" }, onMessage: { capability: "p2p.receive", kind: "sync" } },
  profile: { get: { capability: "profile.read", kind: "async" } },
  users: { list: { capability: "users.read", kind: "async" }, get: { capability: "users.read", kind: "async" } },
  roles: { list: { capability: "roles.read", kind: "async" } },
  server: { current: { capability: "server.read", kind: "async" } },
  attachments: { get: { capability: "attachments.read", kind: "async" }, upload: { capability: "attachments.upload", kind: "async" } },
  media: { listDevices: { capability: "media.read", kind: "async" } },
  storage: {
    get: { capability: "storage.local", kind: "async" },
    set: { capability: "storage.local", kind: "async" },
    delete: { capability: "storage.local", kind: "async" },
  },
  serverData: {
    get: { capability: "storage.serverData", kind: "async" },
    set: { capability: "storage.serverData", kind: "async" },
    delete: { capability: "storage.serverData", kind: "async" },
  },
  clientData: { get: { capability: "clientData.read", kind: "async" }, set: { capability: "clientData.write", kind: "async" } },
  ui: {
    registerPage: { capability: "ui.pages", kind: "sync" },
    registerPanel: { capability: "ui.panels", kind: "sync" },
    registerAction: { capability: "ui.actions", kind: "sync" },
    registerChannelSection: { capability: "ui.channelSections", kind: "sync" },
    registerEmbed: { capability: "ui.embeds", kind: "sync" },
    registerSettings: { capability: "ui.settings", kind: "sync" },
    registerCommand: { capability: "ui.commands", kind: "sync" },
  },
} as const satisfies {
  [S in GatedSubsystem]: { [M in keyof TojuClientPluginApi[S]]: { capability: Capability; kind: KindOf<TojuClientPluginApi[S][M]> } };
};

// ─── Errors a plugin can catch: each is an `Error` with a stable `code` (the contract) and a message for people ────

/** The plugin lacks the capability the method needs. */
export class PluginCapabilityError extends CodedError<"capability_not_granted"> {
  override readonly name = "PluginCapabilityError";

  constructor(
    readonly pluginId: string,
    readonly capability: Capability,
  ) {
    super("capability_not_granted", `plugin '${pluginId}' has not been granted '${capability}'`);
  }
}

export const pluginApiArgumentErrorCodes = [
  "invalid_plugin_id",
  "invalid_data_key",
  "value_not_serializable",
  "value_too_large",
  "value_not_valid",
] as const;
export type PluginApiArgumentErrorCode = (typeof pluginApiArgumentErrorCodes)[number];

/**
 * A data call's arguments break the contract: a key that is no data key, a value that is not plain JSON or over 1 MiB,
 * or (`value_not_valid`) settings values that do not match the manifest's `settings` schema, each complaint in `details`.
 */
export class PluginApiArgumentError extends CodedError<PluginApiArgumentErrorCode> {
  override readonly name = "PluginApiArgumentError";

  constructor(
    code: PluginApiArgumentErrorCode,
    readonly pluginId: string,
    readonly method: string,
    message: string,
    /** Where the value breaks the schema (`/fontSize`) and how. */
    readonly details: readonly { path: string; message: string }[] = [],
  ) {
    super(code, `${method}: ${message}`);
  }
}

export const pluginMessageBusErrorCodes = [
  "invalid_plugin_id",
  "invalid_topic",
  "invalid_options",
  "invalid_listener",
  "payload_not_serializable",
  "payload_too_large",
  "too_many_subscriptions",
  "dispatch_too_deep",
] as const;
export type PluginMessageBusErrorCode = (typeof pluginMessageBusErrorCodes)[number];

/** The message bus refused a publish or subscribe. */
export class PluginMessageBusError extends CodedError<PluginMessageBusErrorCode> {
  override readonly name = "PluginMessageBusError";
}

export const pluginUiRegistryErrorCodes = [
  "invalid_plugin_id",
  "plugin_not_active",
  "plugin_already_active",
  "unknown_kind",
  "invalid_contribution",
  "undeclared_contribution",
  "duplicate_contribution",
] as const;
export type PluginUiRegistryErrorCode = (typeof pluginUiRegistryErrorCodes)[number];

/** A UI registration was refused: not declared in the manifest, malformed, a duplicate, or the plugin is not running. */
export class PluginUiRegistryError extends CodedError<PluginUiRegistryErrorCode> {
  override readonly name = "PluginUiRegistryError";
}

/** The method needs a server connection and no server is open. */
export class PluginHostNotConnectedError extends CodedError<"not_connected"> {
  override readonly name = "PluginHostNotConnectedError";

  constructor(readonly method: string) {
    super("not_connected", `${method} needs a server connection; this shell is not connected to a server.`);
  }
}

/** `serverData` asked a server that keeps no plugin data. */
export class PluginDataUnavailableError extends CodedError<"server_data_unavailable"> {
  override readonly name = "PluginDataUnavailableError";

  constructor(readonly method: string) {
    super("server_data_unavailable", `${method}: this server keeps no plugin data.`);
  }
}

/** No direct data channel to the peer could be opened in time; nothing was sent. */
export class P2pUnavailableError extends CodedError<"p2p_unavailable"> {
  override readonly name = "P2pUnavailableError";

  constructor(
    readonly peerUserId: string,
    message = `no peer-to-peer channel to user '${peerUserId}' could be opened`,
  ) {
    super("p2p_unavailable", message);
  }
}

/** The desktop's data store refused (the codes of its IPC errors), or this shell has no desktop store at all. */
export const pluginStorageErrorCodes = [...ipcErrorCodeValues, "storage_unavailable"] as const;
export type PluginStorageErrorCode = IpcErrorCode | "storage_unavailable";

/** `storage` could not read or write this device's plugin data. */
export class PluginStorageError extends CodedError<PluginStorageErrorCode> {
  override readonly name = "PluginStorageError";
}

/** The codes a server answers a refused call with: its REST `ApiError` codes and its websocket `error` codes. */
export const pluginServerErrorCodes = [...new Set<PluginServerErrorCode>([...apiErrorCodeValues, ...webSocketErrorCodeValues])];
export type PluginServerErrorCode = ApiErrorCode | WebSocketErrorCode;

/** The server refused the call (a channel it does not know, a member-only route, a file over 8 MiB…); nothing changed. */
export class PluginServerError extends CodedError<PluginServerErrorCode> {
  override readonly name = "PluginServerError";

  constructor(
    code: PluginServerErrorCode,
    readonly method: string,
    message: string,
  ) {
    super(code, `${method}: ${message}`);
  }
}

/** Why the server refused a published event, in the order it checks (see `PluginEventRejectionCode`). */
export const pluginEventRejectedErrorCodes = pluginEventRejectionCodeValues;

/** The server refused a published event and delivered it to nobody; `details` says what the payload's schema found. */
export class PluginEventRejectedError extends CodedError<PluginEventRejectionCode> {
  override readonly name = "PluginEventRejectedError";

  constructor(
    code: PluginEventRejectionCode,
    readonly eventName: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(code, `'${eventName}' was refused: ${message}`);
  }
}
