// Generated from spec/ by `npm run generate`. Do not edit.
// Named types for every model of the Toju plugin-system contract.

/**
 * The socket's active plugins were set.
 */
export interface ActivePluginsSetEnvelope {
  type: "active_plugins_set";
  /**
   * Echo of the request's id.
   */
  requestId?: RequestId;
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The active plugins.
   * @maxItems 256
   */
  pluginIds: PluginId[];
}

/**
 * The body of every REST error response.
 */
export interface ApiError {
  /**
   * Stable error code.
   */
  code: ApiErrorCode;
  /**
   * Human-readable explanation.
   * @maxLength 2048
   */
  message: string;
  /**
   * The problems found, at most 50.
   * @maxItems 50
   */
  details?: ErrorDetail[];
}

/**
 * Stable error codes of the REST API; the message is for people, the code is the contract.
 */
export const apiErrorCodeValues = ["invalid_request", "unauthenticated", "forbidden", "not_found", "conflict", "gone", "payload_too_large", "rate_limited", "internal"] as const;
/**
 * Stable error codes of the REST API; the message is for people, the code is the contract.
 */
export type ApiErrorCode = (typeof apiErrorCodeValues)[number];

/**
 * The host API major version the plugin is written against, as digits (the host's API major is `1`).
 * @pattern ^[0-9]{1,9}$
 */
export type ApiVersion = string;

/**
 * A signed-in session.
 */
export interface AuthSession {
  /**
   * The signed-in user.
   */
  user: User;
  /**
   * Bearer token for `Authorization: Bearer <token>` and the websocket `identify` frame.
   */
  token: SessionToken;
}

/**
 * A capability a plugin asks for in `capabilities[]`. The host grants each one per plugin; every host API method needs exactly one (`logger` and `context` need none).
 */
export const capabilityValues = ["channels.read", "messages.read", "messages.send", "messages.sendAsPluginUser", "events.server.publish", "events.server.subscribe", "events.p2p.publish", "messageBus.publish", "messageBus.subscribe", "p2p.send", "p2p.receive", "profile.read", "users.read", "roles.read", "server.read", "attachments.read", "attachments.upload", "media.read", "storage.local", "storage.serverData", "clientData.read", "clientData.write", "ui.pages", "ui.panels", "ui.actions", "ui.channelSections", "ui.embeds", "ui.settings"] as const;
/**
 * A capability a plugin asks for in `capabilities[]`. The host grants each one per plugin; every host API method needs exactly one (`logger` and `context` need none).
 */
export type Capability = (typeof capabilityValues)[number];

/**
 * A channel of a server.
 */
export interface Channel {
  /**
   * Id of the channel.
   */
  id: EntityId;
  /**
   * Name of the channel.
   */
  name: DisplayText;
}

/**
 * A frame a client sends.
 */
export type ClientEnvelope = IdentifyEnvelope | JoinServerEnvelope | ViewServerEnvelope | LeaveServerEnvelope | SetActivePluginsEnvelope | PluginEventEnvelope | SendMessageEnvelope;

/**
 * Body of `POST /api/servers`.
 */
export interface CreateServerRequest {
  /**
   * Name of the new server.
   */
  name: DisplayText;
}

/**
 * Body of `POST /api/auth/register` and `POST /api/auth/login`.
 */
export interface Credentials {
  /**
   * The user name.
   */
  username: Username;
  /**
   * The password.
   */
  password: Password;
}

/**
 * Key of a plugin data entry or id of a UI contribution: a lower-case letter, then up to 63 letters, digits, '.', '_' or '-'.
 * @pattern ^[a-z][a-zA-Z0-9._-]{0,63}$
 */
export type DataKey = string;

/**
 * Request of `deletePluginData` (the seed's `DeletePluginData` command).
 */
export interface DeletePluginDataCommand {
  /**
   * The plugin.
   */
  pluginId: PluginId;
  /**
   * What the entry is kept per.
   */
  scope: PluginScope;
  /**
   * Id of the server, channel or user the entry is kept for; absent for `plugin` scope.
   */
  scopeId?: EntityId;
  /**
   * The entry's key.
   */
  key: DataKey;
}

/**
 * Result of `deletePluginData`.
 */
export interface DeletePluginDataResult {
  /**
   * Whether an entry was removed.
   */
  deleted: boolean;
}

/**
 * The methods of the desktop IPC surface (`window.tojuDesktop`, and the browser-shell bridge's `POST /desktop-bridge/ipc/<method>`). Each rejects with an `IpcError`.
 */
export const desktopIpcMethodValues = ["listLocalPluginManifests", "getLocalPluginsPath", "readLocalPluginFile", "savePluginData", "getPluginData", "deletePluginData", "getCapabilityGrants", "saveCapabilityGrants"] as const;
/**
 * The methods of the desktop IPC surface (`window.tojuDesktop`, and the browser-shell bridge's `POST /desktop-bridge/ipc/<method>`). Each rejects with an `IpcError`.
 */
export type DesktopIpcMethod = (typeof desktopIpcMethodValues)[number];

/**
 * A human-readable display text of 1 to 128 characters.
 * @minLength 1
 * @maxLength 128
 */
export type DisplayText = string;

/**
 * Opaque identifier made by the server (server, user, channel, event and request ids): 1 to 64 letters, digits, '_' or '-'.
 * @pattern ^[A-Za-z0-9_-]{1,64}$
 */
export type EntityId = string;

/**
 * One problem found in a request, an envelope or a payload.
 */
export interface ErrorDetail {
  /**
   * JSON pointer of the offending value (`/body/manifest/id`, `/path/pluginId`, `/payload/score`); empty for the whole value.
   * @maxLength 1024
   */
  path: string;
  /**
   * What is wrong with it.
   * @maxLength 1024
   */
  message: string;
}

/**
 * A frame was refused; the socket stays open.
 */
export interface ErrorEnvelope {
  type: "error";
  /**
   * Echo of the request's id, when the frame had one.
   */
  requestId?: RequestId;
  /**
   * Why.
   */
  code: WebSocketErrorCode;
  /**
   * Human-readable explanation.
   * @maxLength 2048
   */
  message: string;
  /**
   * The problems found, at most 20.
   * @maxItems 20
   */
  details?: ErrorDetail[];
}

/**
 * Plugin event name: lower-case letters, digits, '.', ':' and '-', 3 to 128 characters, starting with a letter and ending with a letter or digit.
 * @pattern ^[a-z][a-z0-9.:-]{1,126}[a-z0-9]$
 */
export type EventName = string;

/**
 * Request of `getPluginData` (the seed's `GetPluginData` query).
 */
export interface GetPluginDataQuery {
  /**
   * The plugin.
   */
  pluginId: PluginId;
  /**
   * What the entry is kept per.
   */
  scope: PluginScope;
  /**
   * Id of the server, channel or user the entry is kept for; absent for `plugin` scope.
   */
  scopeId?: EntityId;
  /**
   * The entry's key.
   */
  key: DataKey;
}

/**
 * Result of `getPluginData`.
 */
export interface GetPluginDataResult {
  /**
   * The entry, or null when none is stored.
   */
  record: PluginDataRecord | null;
}

/**
 * The server's health.
 */
export interface HealthStatus {
  /**
   * Always `ok` once the server accepts requests.
   */
  status: "ok";
}

/**
 * An http(s) origin, such as `https://plugins.example.com`, with no path.
 * @pattern ^https?://[^/?#\s]+$
 * @maxLength 512
 */
export type HttpOrigin = string;

/**
 * An absolute http or https URL.
 * @pattern ^[hH][tT][tT][pP][sS]?://
 * @format uri
 * @maxLength 2048
 */
export type HttpUrl = string;

/**
 * The socket is authenticated.
 */
export interface IdentifiedEnvelope {
  type: "identified";
  /**
   * Echo of the request's id.
   */
  requestId?: RequestId;
  /**
   * The authenticated user.
   */
  userId: EntityId;
}

/**
 * First frame of every connection: authenticates the socket.
 */
export interface IdentifyEnvelope {
  type: "identify";
  /**
   * Echoed on the reply.
   */
  requestId?: RequestId;
  /**
   * A session token from register or login.
   */
  token: SessionToken;
}

/**
 * A Subresource Integrity hash: `sha256-`, `sha384-` or `sha512-` followed by the base64 digest.
 * @pattern ^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$
 * @maxLength 256
 */
export type IntegrityHash = string;

/**
 * The error an IPC call or bridge request fails with.
 */
export interface IpcError {
  /**
   * Stable error code.
   */
  code: IpcErrorCode;
  /**
   * Human-readable explanation.
   * @maxLength 2048
   */
  message: string;
  /**
   * The problems found.
   * @maxItems 50
   */
  details?: ErrorDetail[];
}

/**
 * Codes of IPC and bridge errors.
 */
export const ipcErrorCodeValues = ["invalid_request", "not_found", "path_outside_root", "quota_exceeded", "state_corrupt", "unauthorized", "internal"] as const;
/**
 * Codes of IPC and bridge errors.
 */
export type IpcErrorCode = (typeof ipcErrorCodeValues)[number];

/**
 * Join a server as a member.
 */
export interface JoinServerEnvelope {
  type: "join_server";
  /**
   * Echoed on the reply.
   */
  requestId?: RequestId;
  /**
   * The server to join.
   */
  serverId: EntityId;
}

/**
 * A JSON Schema (draft 2020-12) object. Only local `$ref`s (`#...`) are allowed and the serialized schema must not exceed 16 KiB.
 */
export interface JsonSchemaDocument {
  [key: string]: unknown;
}

/**
 * Stop receiving a server's events on this socket.
 */
export interface LeaveServerEnvelope {
  type: "leave_server";
  /**
   * Echoed on the reply.
   */
  requestId?: RequestId;
  /**
   * The server to leave.
   */
  serverId: EntityId;
}

/**
 * Activation order among plugins activated together: `bootstrap` first, then `high`, `default`, `low`.
 */
export const loadPriorityValues = ["bootstrap", "high", "default", "low"] as const;
/**
 * Activation order among plugins activated together: `bootstrap` first, then `high`, `default`, `low`.
 */
export type LoadPriority = (typeof loadPriorityValues)[number];

/**
 * A plugin folder or manifest refused during discovery.
 */
export interface LocalPluginDiscoveryError {
  /**
   * Absolute path of the plugin folder or of its manifest file.
   */
  path: string;
  /**
   * Why.
   */
  code: LocalPluginDiscoveryErrorCode;
  /**
   * Human-readable explanation.
   */
  message: string;
}

/**
 * Why a local plugin folder or file was refused during discovery.
 */
export const localPluginDiscoveryErrorCodeValues = ["invalid_json", "manifest_too_large", "unreadable", "path_outside_root", "invalid_path", "missing_file"] as const;
/**
 * Why a local plugin folder or file was refused during discovery.
 */
export type LocalPluginDiscoveryErrorCode = (typeof localPluginDiscoveryErrorCodeValues)[number];

/**
 * Result of scanning the local plugins folder one level deep.
 */
export interface LocalPluginDiscoveryResult {
  /**
   * Plugins found, sorted by folder name.
   */
  plugins: LocalPluginManifestDescriptor[];
  /**
   * Folders or manifests refused.
   */
  errors: LocalPluginDiscoveryError[];
  /**
   * Absolute path of the scanned folder.
   */
  pluginsPath: string;
}

/**
 * A file read from a plugin folder.
 */
export interface LocalPluginFile {
  /**
   * Absolute real path of the file.
   */
  path: string;
  /**
   * Media type guessed from the extension, for example `text/javascript`.
   */
  mediaType: string;
  /**
   * Size in bytes.
   * @minimum 0
   */
  size: number;
  /**
   * The bytes, base64-encoded.
   */
  contentBase64: string;
}

/**
 * A plugin manifest found on disk, still raw: the renderer validates it.
 */
export interface LocalPluginManifestDescriptor {
  /**
   * The parsed manifest JSON, unvalidated.
   */
  manifest: unknown;
  /**
   * Absolute path of the manifest file.
   */
  manifestPath: string;
  /**
   * Absolute real path of the plugin folder.
   */
  pluginRoot: string;
  /**
   * `file://` URL of the plugin folder, ending in '/'.
   */
  pluginRootUrl: string;
  /**
   * Absolute real path of the entrypoint, when the manifest names one.
   */
  entrypointPath?: string;
  /**
   * Absolute real path of the README, when the manifest names one.
   */
  readmePath?: string;
  /**
   * When the manifest was read.
   * @format date-time
   */
  discoveredAt: string;
}

/**
 * Result of `getLocalPluginsPath`.
 */
export interface LocalPluginsPathResult {
  /**
   * Absolute path of `<userData>/plugins`.
   */
  pluginsPath: string;
}

/**
 * A media type or a wildcard of one, for example `image/png` or `image/*`.
 * @pattern ^[a-z0-9!#$&^_.+-]{1,64}/(\*|[a-z0-9!#$&^_.+-]{1,64})$
 */
export type MediaTypePattern = string;

/**
 * What a member may do on a server.
 */
export interface MemberPermissions {
  /**
   * May change the server's plugin requirements and event definitions.
   */
  manageServer: boolean;
}

/**
 * A user's membership of a server.
 */
export interface Membership {
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The member.
   */
  userId: EntityId;
  /**
   * Whether the member owns the server.
   */
  owner: boolean;
  /**
   * What the member may do.
   */
  permissions: MemberPermissions;
  /**
   * When the user joined.
   * @format date-time
   */
  joinedAt: string;
}

/**
 * A chat message posted to a channel.
 */
export interface MessageEnvelope {
  type: "message";
  /**
   * Echo of the request's id (sender only).
   */
  requestId?: RequestId;
  /**
   * Id of the message.
   */
  messageId: EntityId;
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The channel.
   */
  channelId: EntityId;
  /**
   * The author.
   */
  authorUserId: EntityId;
  /**
   * The text.
   * @minLength 1
   * @maxLength 4000
   */
  content: string;
  /**
   * When the server accepted it.
   * @format date-time
   */
  sentAt: string;
}

/**
 * A password of 8 to 256 characters.
 * @minLength 8
 * @maxLength 256
 */
export type Password = string;

/**
 * Where an action is offered.
 */
export const pluginActionContextValues = ["message", "channel", "server", "user", "composer"] as const;
/**
 * Where an action is offered.
 */
export type PluginActionContext = (typeof pluginActionContextValues)[number];

/**
 * An action the plugin adds to menus (needs `ui.actions`).
 */
export interface PluginActionContribution {
  /**
   * Id of the contribution, unique within the plugin.
   */
  id: DataKey;
  /**
   * Title shown to the user.
   */
  title: DisplayText;
  /**
   * A longer explanation shown as a tooltip or subtitle.
   * @maxLength 1024
   */
  description?: string;
  /**
   * Icon image, a path inside the plugin folder.
   */
  icon?: RelativePath;
  /**
   * The menus the action appears in (default: `message`).
   * @maxItems 5
   */
  context?: PluginActionContext[];
}

/**
 * Where a plugin activates: `global` in every server, `server` only in servers whose requirements list it.
 */
export const pluginActivationScopeValues = ["global", "server"] as const;
/**
 * Where a plugin activates: `global` in every server, `server` only in servers whose requirements list it.
 */
export type PluginActivationScope = (typeof pluginActivationScopeValues)[number];

/**
 * A person or organisation that wrote the plugin.
 */
export interface PluginAuthor {
  /**
   * Name of the author.
   */
  name: DisplayText;
  /**
   * E-mail address of the author.
   * @format email
   * @maxLength 254
   */
  email?: string;
  /**
   * Web page of the author.
   */
  url?: HttpUrl;
}

/**
 * Where a remote or store-installed plugin's code is downloaded from.
 */
export interface PluginBundle {
  /**
   * URL of the bundle: `https:`, or `http:` on a loopback host only.
   */
  url: HttpUrl;
  /**
   * URL of the ES module to import when it differs from `url`: `https:`, or `http:` on a loopback host only.
   */
  entrypointUrl?: HttpUrl;
  /**
   * Subresource Integrity hash of the module; the loader verifies it before import.
   */
  integrity?: IntegrityHash;
}

/**
 * The user's consent for one plugin.
 */
export interface PluginCapabilityGrant {
  /**
   * The plugin.
   */
  pluginId: PluginId;
  /**
   * The capabilities granted.
   * @maxItems 64
   */
  capabilities: Capability[];
  /**
   * Origins the user approved for downloading the plugin's remote bundle.
   * @maxItems 16
   */
  approvedOrigins?: HttpOrigin[];
  /**
   * When the grant last changed.
   * @format date-time
   */
  updatedAt: string;
}

/**
 * Every capability grant on this device: the `metoyou_plugin_capability_grants` document, mirrored to `<userData>/plugin-state/capability-grants.json`.
 */
export interface PluginCapabilityGrants {
  /**
   * Version of this document format; always `1`.
   */
  schemaVersion: 1;
  /**
   * One entry per plugin.
   * @maxItems 1024
   */
  grants: PluginCapabilityGrant[];
}

/**
 * A section the plugin adds to channels (needs `ui.channelSections`).
 */
export interface PluginChannelSectionContribution {
  /**
   * Id of the contribution, unique within the plugin.
   */
  id: DataKey;
  /**
   * Title shown to the user.
   */
  title: DisplayText;
  /**
   * A longer explanation shown as a tooltip or subtitle.
   * @maxLength 1024
   */
  description?: string;
  /**
   * Icon image, a path inside the plugin folder.
   */
  icon?: RelativePath;
}

/**
 * The Toju versions a plugin works with.
 */
export interface PluginCompatibility {
  /**
   * The oldest Toju version the plugin runs on (semver).
   */
  minimumTojuVersion: SemVer;
}

/**
 * Names one plugin data entry.
 */
export interface PluginDataAddress {
  /**
   * The plugin.
   */
  pluginId: PluginId;
  /**
   * What the entry is kept per.
   */
  scope: PluginScope;
  /**
   * Id of the server, channel or user the entry is kept for; absent for `plugin` scope.
   */
  scopeId?: EntityId;
  /**
   * The entry's key.
   */
  key: DataKey;
}

/**
 * A data entry the plugin keeps.
 */
export interface PluginDataDeclaration {
  /**
   * Key of the entry, unique within the plugin.
   */
  key: DataKey;
  /**
   * What the entry is kept per.
   */
  scope: PluginScope;
  /**
   * Where the entry is kept (needs `storage.local` or `storage.serverData`).
   */
  storage: PluginDataStorage;
  /**
   * JSON Schema (2020-12) the stored value must match.
   */
  schema?: JsonSchemaDocument;
}

/**
 * A stored plugin data entry.
 */
export interface PluginDataRecord {
  /**
   * The plugin.
   */
  pluginId: PluginId;
  /**
   * What the entry is kept per.
   */
  scope: PluginScope;
  /**
   * Id of the server, channel or user the entry is kept for; absent for `plugin` scope.
   */
  scopeId?: EntityId;
  /**
   * The entry's key.
   */
  key: DataKey;
  /**
   * The value.
   */
  value: unknown;
  /**
   * When it was last written.
   * @format date-time
   */
  updatedAt: string;
}

/**
 * Where plugin data lives: `local` on this device, `serverData` with the server.
 */
export const pluginDataStorageValues = ["local", "serverData"] as const;
/**
 * Where plugin data lives: `local` on this device, `serverData` with the server.
 */
export type PluginDataStorage = (typeof pluginDataStorageValues)[number];

/**
 * An embed renderer the plugin adds (needs `ui.embeds`).
 */
export interface PluginEmbedContribution {
  /**
   * Id of the contribution, unique within the plugin.
   */
  id: DataKey;
  /**
   * Title shown to the user.
   */
  title: DisplayText;
  /**
   * A longer explanation shown as a tooltip or subtitle.
   * @maxLength 1024
   */
  description?: string;
  /**
   * Icon image, a path inside the plugin folder.
   */
  icon?: RelativePath;
  /**
   * What the renderer handles.
   */
  match?: PluginEmbedMatch;
}

/**
 * Which links or attachments an embed renderer handles.
 */
export interface PluginEmbedMatch {
  /**
   * Link URLs starting with one of these prefixes.
   * @maxItems 32
   */
  urlPrefixes?: HttpUrl[];
  /**
   * Attachments of these media types, for example `image/png` or `application/*`.
   * @maxItems 32
   */
  mediaTypes?: MediaTypePattern[];
}

/**
 * The server accepted the caller's plugin event.
 */
export interface PluginEventAcceptedEnvelope {
  type: "plugin_event_accepted";
  /**
   * Echo of the request's id.
   */
  requestId?: RequestId;
  /**
   * The event.
   */
  eventId: EntityId;
  /**
   * Number of sockets the event was delivered to.
   * @minimum 0
   * @maximum 2147483647
   */
  deliveredTo: number;
}

/**
 * A plugin event as declared in the manifest; registered with the server when a server requires the plugin.
 */
export interface PluginEventDeclaration {
  /**
   * Name of the event, unique within the plugin.
   */
  eventName: EventName;
  /**
   * Who may send the event.
   */
  direction: PluginEventDirection;
  /**
   * Who receives the event.
   */
  scope: PluginScope;
  /**
   * JSON Schema (2020-12) the payload must match.
   */
  schema?: JsonSchemaDocument;
  /**
   * Largest payload accepted, in UTF-8 bytes of its JSON text (default 65,536).
   * @minimum 1
   * @maximum 1048576
   */
  maxPayloadBytes?: number;
}

/**
 * A plugin event registered on a server; the server validates every `plugin_event` against it.
 */
export interface PluginEventDefinition {
  /**
   * The plugin the event belongs to.
   */
  pluginId: PluginId;
  /**
   * Name of the event.
   */
  eventName: EventName;
  /**
   * Who may send the event.
   */
  direction: PluginEventDirection;
  /**
   * Who receives the event.
   */
  scope: PluginScope;
  /**
   * JSON Schema (2020-12) the payload must match.
   */
  schema?: JsonSchemaDocument;
  /**
   * Largest payload accepted, in UTF-8 bytes of its JSON text.
   * @minimum 1
   * @maximum 1048576
   */
  maxPayloadBytes: number;
  /**
   * When the definition last changed.
   * @format date-time
   */
  updatedAt: string;
}

/**
 * Body of `PUT /api/servers/{serverId}/plugins/{pluginId}/events/{eventName}`.
 */
export interface PluginEventDefinitionInput {
  /**
   * Who may send the event.
   */
  direction: PluginEventDirection;
  /**
   * Who receives the event.
   */
  scope: PluginScope;
  /**
   * JSON Schema (2020-12) the payload must match: at most 16 KiB, local `$ref` only.
   */
  schema?: JsonSchemaDocument;
  /**
   * Largest payload accepted, in UTF-8 bytes of its JSON text (default 65,536).
   * @minimum 1
   * @maximum 1048576
   */
  maxPayloadBytes?: number;
}

/**
 * Who may send a plugin event: `clientToServer` (a client, relayed by the server), `serverRelay` (the server only), `p2pHint` (a client, to one peer).
 */
export const pluginEventDirectionValues = ["clientToServer", "serverRelay", "p2pHint"] as const;
/**
 * Who may send a plugin event: `clientToServer` (a client, relayed by the server), `serverRelay` (the server only), `p2pHint` (a client, to one peer).
 */
export type PluginEventDirection = (typeof pluginEventDirectionValues)[number];

/**
 * A plugin event sent by a client.
 */
export interface PluginEventEnvelope {
  type: "plugin_event";
  /**
   * Echoed on the reply.
   */
  requestId?: RequestId;
  /**
   * Client-chosen id, echoed on `plugin_event_accepted` or `plugin_event_rejected`.
   */
  eventId: EntityId;
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The plugin.
   */
  pluginId: PluginId;
  /**
   * The event.
   */
  eventName: EventName;
  /**
   * Must equal the definition's direction; `serverRelay` is the server's own.
   */
  direction: PluginEventDirection;
  /**
   * Target channel (`channel` scope).
   */
  channelId?: EntityId;
  /**
   * Target user (`user` scope and `p2pHint`).
   */
  targetUserId?: EntityId;
  /**
   * Any JSON value; its JSON text must fit the definition's `maxPayloadBytes`.
   */
  payload: unknown;
}

/**
 * The server refused the caller's plugin event; nobody else received it.
 */
export interface PluginEventRejectedEnvelope {
  type: "plugin_event_rejected";
  /**
   * Echo of the request's id.
   */
  requestId?: RequestId;
  /**
   * The event.
   */
  eventId: EntityId;
  /**
   * Why.
   */
  code: PluginEventRejectionCode;
  /**
   * Human-readable explanation.
   * @maxLength 2048
   */
  message: string;
  /**
   * The problems found, at most 20.
   * @maxItems 20
   */
  details?: ErrorDetail[];
}

/**
 * Why the server refused a `plugin_event` (checked in this order).
 */
export const pluginEventRejectionCodeValues = ["invalid_envelope", "not_member", "plugin_blocked", "unknown_event", "direction_not_allowed", "invalid_target", "payload_too_large", "schema_mismatch", "rate_limited"] as const;
/**
 * Why the server refused a `plugin_event` (checked in this order).
 */
export type PluginEventRejectionCode = (typeof pluginEventRejectionCodeValues)[number];

/**
 * Plugin identifier: lower-case letters, digits, dots and dashes, 3 to 128 characters, starting and ending with a letter or digit.
 * @pattern ^[a-z0-9][a-z0-9.-]{1,126}[a-z0-9]$
 */
export type PluginId = string;

/**
 * What a plugin is: `client` loads a module, `library` is a module other plugins require, `theme` ships stylesheets only and has no module.
 */
export const pluginKindValues = ["client", "library", "theme"] as const;
/**
 * What a plugin is: `client` loads a module, `library` is a module other plugins require, `theme` ships stylesheets only and has no module.
 */
export type PluginKind = (typeof pluginKindValues)[number];

/**
 * Lifecycle state of a plugin in the renderer runtime: `discovered → validated → blocked | loading → ready → loaded → failed | unloading → unloaded → disabled`.
 */
export const pluginLifecycleStateValues = ["discovered", "validated", "blocked", "loading", "ready", "loaded", "failed", "unloading", "unloaded", "disabled"] as const;
/**
 * Lifecycle state of a plugin in the renderer runtime: `discovered → validated → blocked | loading → ready → loaded → failed | unloading → unloaded → disabled`.
 */
export type PluginLifecycleState = (typeof pluginLifecycleStateValues)[number];

/**
 * Load options.
 */
export interface PluginLoadOptions {
  /**
   * Activation order among plugins activated together.
   */
  priority?: LoadPriority;
}

/**
 * A page the plugin adds (needs `ui.pages`).
 */
export interface PluginPageContribution {
  /**
   * Id of the contribution, unique within the plugin.
   */
  id: DataKey;
  /**
   * Title shown to the user.
   */
  title: DisplayText;
  /**
   * A longer explanation shown as a tooltip or subtitle.
   * @maxLength 1024
   */
  description?: string;
  /**
   * Icon image, a path inside the plugin folder.
   */
  icon?: RelativePath;
}

/**
 * A panel the plugin adds (needs `ui.panels`).
 */
export interface PluginPanelContribution {
  /**
   * Id of the contribution, unique within the plugin.
   */
  id: DataKey;
  /**
   * Title shown to the user.
   */
  title: DisplayText;
  /**
   * A longer explanation shown as a tooltip or subtitle.
   * @maxLength 1024
   */
  description?: string;
  /**
   * Icon image, a path inside the plugin folder.
   */
  icon?: RelativePath;
  /**
   * Where the panel is shown (default `right`).
   */
  location?: PluginPanelLocation;
}

/**
 * Where a panel is shown.
 */
export const pluginPanelLocationValues = ["left", "right", "bottom"] as const;
/**
 * Where a panel is shown.
 */
export type PluginPanelLocation = (typeof pluginPanelLocationValues)[number];

/**
 * A plugin this plugin relates to.
 */
export interface PluginRelationship {
  /**
   * The related plugin.
   */
  pluginId: PluginId;
  /**
   * The versions of the related plugin this relationship applies to (semver range).
   */
  versionRange?: SemVerRange;
}

/**
 * How this plugin relates to other plugins; resolved at activation.
 */
export interface PluginRelationships {
  /**
   * Plugins that must be present and active first; a missing one blocks activation.
   * @maxItems 64
   */
  requires?: PluginRelationship[];
  /**
   * Plugins used when present, activated first when they are.
   * @maxItems 64
   */
  optional?: PluginRelationship[];
  /**
   * Plugins that cannot run together with this one.
   * @maxItems 64
   */
  conflicts?: PluginRelationship[];
  /**
   * Plugins this one activates before.
   * @maxItems 64
   */
  before?: PluginRelationship[];
  /**
   * Plugins this one activates after.
   * @maxItems 64
   */
  after?: PluginRelationship[];
}

/**
 * A server's requirement for one plugin.
 */
export interface PluginRequirement {
  /**
   * The plugin.
   */
  pluginId: PluginId;
  /**
   * What the server says about it.
   */
  status: PluginRequirementStatus;
  /**
   * The plugin versions the requirement applies to.
   */
  versionRange?: SemVerRange;
  /**
   * Where to install the plugin from.
   */
  installUrl?: HttpUrl;
  /**
   * Where the plugin's source is.
   */
  sourceUrl?: HttpUrl;
  /**
   * The plugin's manifest; its `events[]` are registered with the requirement.
   */
  manifest?: TojuPluginManifest;
  /**
   * When the requirement last changed.
   * @format date-time
   */
  updatedAt: string;
}

/**
 * Body of `PUT /api/servers/{serverId}/plugins/{pluginId}/requirement`.
 */
export interface PluginRequirementInput {
  /**
   * What the server says about the plugin.
   */
  status: PluginRequirementStatus;
  /**
   * The plugin versions the requirement applies to.
   */
  versionRange?: SemVerRange;
  /**
   * Where to install the plugin from.
   */
  installUrl?: HttpUrl;
  /**
   * Where the plugin's source is.
   */
  sourceUrl?: HttpUrl;
  /**
   * The plugin's manifest; its `id` must equal the path's `pluginId`, and its `events[]` are upserted in the same transaction.
   */
  manifest?: TojuPluginManifest;
}

/**
 * What a server says about a plugin.
 */
export const pluginRequirementStatusValues = ["required", "optional", "recommended", "blocked", "incompatible"] as const;
/**
 * What a server says about a plugin.
 */
export type PluginRequirementStatus = (typeof pluginRequirementStatusValues)[number];

/**
 * A server's plugin requirements or event definitions changed.
 */
export interface PluginRequirementsChangedEnvelope {
  type: "plugin_requirements_changed";
  /**
   * Echo of the request's id.
   */
  requestId?: RequestId;
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The new snapshot.
   */
  snapshot: PluginRequirementsSnapshot;
}

/**
 * Every plugin requirement and event definition of one server.
 */
export interface PluginRequirementsSnapshot {
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * Rises by one with every change to the server's requirements or events.
   * @minimum 0
   */
  revision: number;
  /**
   * Requirements, sorted by `pluginId`.
   */
  requirements: PluginRequirement[];
  /**
   * Event definitions, sorted by `pluginId` then `eventName`.
   */
  events: PluginEventDefinition[];
}

/**
 * Who receives a plugin event, or what plugin data is kept per: `server`, `channel`, `user` or `plugin`.
 */
export const pluginScopeValues = ["server", "channel", "user", "plugin"] as const;
/**
 * Who receives a plugin event, or what plugin data is kept per: `server`, `channel`, `user` or `plugin`.
 */
export type PluginScope = (typeof pluginScopeValues)[number];

/**
 * A settings UI the plugin registers at run time (needs `ui.settings`).
 */
export interface PluginSettingsContribution {
  /**
   * Id of the contribution, unique within the plugin.
   */
  id: DataKey;
  /**
   * Title shown to the user.
   */
  title: DisplayText;
  /**
   * A longer explanation shown as a tooltip or subtitle.
   * @maxLength 1024
   */
  description?: string;
  /**
   * Icon image, a path inside the plugin folder.
   */
  icon?: RelativePath;
}

/**
 * Settings the host renders as a form: a JSON Schema (2020-12) with `type: "object"`.
 */
export interface PluginSettingsSchema {
  /**
   * Always `object`.
   */
  type: "object";
  [key: string]: unknown;
}

/**
 * Fields every UI contribution has.
 */
export interface PluginUiContributionBase {
  /**
   * Id of the contribution, unique within the plugin.
   */
  id: DataKey;
  /**
   * Title shown to the user.
   */
  title: DisplayText;
  /**
   * A longer explanation shown as a tooltip or subtitle.
   * @maxLength 1024
   */
  description?: string;
  /**
   * Icon image, a path inside the plugin folder.
   */
  icon?: RelativePath;
}

/**
 * UI the plugin contributes; each list needs its `ui.*` capability.
 */
export interface PluginUiContributions {
  /**
   * Pages (needs `ui.pages`).
   * @maxItems 64
   */
  pages?: PluginPageContribution[];
  /**
   * Panels (needs `ui.panels`).
   * @maxItems 64
   */
  panels?: PluginPanelContribution[];
  /**
   * Actions (needs `ui.actions`).
   * @maxItems 64
   */
  actions?: PluginActionContribution[];
  /**
   * Channel sections (needs `ui.channelSections`).
   * @maxItems 64
   */
  channelSections?: PluginChannelSectionContribution[];
  /**
   * Embed renderers (needs `ui.embeds`).
   * @maxItems 64
   */
  embeds?: PluginEmbedContribution[];
  /**
   * Settings UIs registered at run time (needs `ui.settings`).
   * @maxItems 64
   */
  settings?: PluginSettingsContribution[];
  /**
   * Stylesheets the host loads with the plugin, paths inside the plugin folder. A `theme` lists at least one.
   * @maxItems 64
   */
  stylesheets?: RelativePath[];
}

/**
 * The synthetic user a plugin posts as (needs `messages.sendAsPluginUser`).
 */
export interface PluginUser {
  /**
   * The name shown on messages the plugin posts.
   */
  displayName: DisplayText;
  /**
   * Avatar image URL.
   */
  avatarUrl?: HttpUrl;
}

/**
 * Request of `readLocalPluginFile`: a file inside a discovered plugin's root.
 */
export interface ReadLocalPluginFileRequest {
  /**
   * Absolute real path of the plugin folder, as discovery returned it.
   * @maxLength 4096
   */
  pluginRoot: string;
  /**
   * Path of the file inside the plugin folder.
   */
  path: RelativePath;
}

/**
 * A path relative to the plugin root, with '/' or '\' separators: never absolute, never a drive path, no '..' segment and no NUL character.
 * @pattern ^(?![A-Za-z]:)(?![/\\])(?!(?:.*[/\\])?\.\.(?:[/\\]|$))[^\u0000]+$
 * @minLength 1
 * @maxLength 1024
 */
export type RelativePath = string;

/**
 * A plugin event relayed by the server.
 */
export interface RelayedPluginEventEnvelope {
  type: "plugin_event";
  /**
   * Echo of the request's id.
   */
  requestId?: RequestId;
  /**
   * The sender's event id.
   */
  eventId: EntityId;
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The plugin.
   */
  pluginId: PluginId;
  /**
   * The event.
   */
  eventName: EventName;
  /**
   * The event's direction.
   */
  direction: PluginEventDirection;
  /**
   * The event's scope, from its definition.
   */
  scope: PluginScope;
  /**
   * Target channel.
   */
  channelId?: EntityId;
  /**
   * Target user.
   */
  targetUserId?: EntityId;
  /**
   * The user who sent the event.
   */
  sourceUserId: EntityId;
  /**
   * When the server accepted the event.
   * @format date-time
   */
  sentAt: string;
  /**
   * The payload as sent.
   */
  payload: unknown;
}

/**
 * A client request id, echoed on the reply.
 * @pattern ^[A-Za-z0-9_-]{1,64}$
 */
export type RequestId = string;

/**
 * Request of `savePluginData` (the seed's `SavePluginData` command).
 */
export interface SavePluginDataCommand {
  /**
   * The plugin.
   */
  pluginId: PluginId;
  /**
   * What the entry is kept per.
   */
  scope: PluginScope;
  /**
   * Id of the server, channel or user the entry is kept for; absent for `plugin` scope.
   */
  scopeId?: EntityId;
  /**
   * The entry's key.
   */
  key: DataKey;
  /**
   * The value, any JSON (at most 1 MiB as JSON text; a plugin's entries share a 10 MiB quota).
   */
  value: unknown;
}

/**
 * A semantic version (semver.org 2.0.0), for example `1.4.0` or `2.0.0-beta.1`.
 * @pattern ^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$
 * @maxLength 256
 */
export type SemVer = string;

/**
 * A semver range as npm understands it, for example `^1.2.0` or `>=1.0.0 <3`. Checked with `semver.validRange`.
 * @minLength 1
 * @maxLength 256
 */
export type SemVerRange = string;

/**
 * Post a chat message to a channel.
 */
export interface SendMessageEnvelope {
  type: "send_message";
  /**
   * Echoed on the reply.
   */
  requestId?: RequestId;
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The channel.
   */
  channelId: EntityId;
  /**
   * The message text.
   * @minLength 1
   * @maxLength 4000
   */
  content: string;
}

/**
 * A server (a community with channels, members and plugins).
 */
export interface Server {
  /**
   * Id of the server.
   */
  id: EntityId;
  /**
   * Name of the server.
   */
  name: DisplayText;
  /**
   * The user who created the server; the owner has every permission.
   */
  ownerId: EntityId;
  /**
   * Channels of the server; a `general` channel always exists.
   */
  channels: Channel[];
}

/**
 * A frame the server sends.
 */
export type ServerEnvelope = IdentifiedEnvelope | ServerJoinedEnvelope | ServerViewedEnvelope | ServerLeftEnvelope | ActivePluginsSetEnvelope | PluginRequirementsChangedEnvelope | RelayedPluginEventEnvelope | PluginEventAcceptedEnvelope | PluginEventRejectedEnvelope | MessageEnvelope | ErrorEnvelope;

/**
 * The caller joined a server.
 */
export interface ServerJoinedEnvelope {
  type: "server_joined";
  /**
   * Echo of the request's id.
   */
  requestId?: RequestId;
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The server's plugin requirements and events.
   */
  pluginRequirements: PluginRequirementsSnapshot;
}

/**
 * The socket no longer receives the server's events.
 */
export interface ServerLeftEnvelope {
  type: "server_left";
  /**
   * Echo of the request's id.
   */
  requestId?: RequestId;
  /**
   * The server.
   */
  serverId: EntityId;
}

/**
 * The caller watches a server.
 */
export interface ServerViewedEnvelope {
  type: "server_viewed";
  /**
   * Echo of the request's id.
   */
  requestId?: RequestId;
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The server's plugin requirements and events.
   */
  pluginRequirements: PluginRequirementsSnapshot;
}

/**
 * A bearer token, as returned by register and login.
 * @minLength 16
 * @maxLength 256
 */
export type SessionToken = string;

/**
 * Tell the server which plugins are active on this socket; `plugin`-scoped events reach only sockets that list the plugin.
 */
export interface SetActivePluginsEnvelope {
  type: "set_active_plugins";
  /**
   * Echoed on the reply.
   */
  requestId?: RequestId;
  /**
   * The server.
   */
  serverId: EntityId;
  /**
   * The active plugins (replaces the previous list).
   * @maxItems 256
   */
  pluginIds: PluginId[];
}

/**
 * The Toju plugin manifest, `toju-plugin.json` (or `plugin.json`) at the root of a plugin folder.
 * Unknown properties are errors. Add `"$schema": "https://schemas.toju.chat/plugin-system/v1/toju-plugin.schema.json"` for editor completion.
 */
export interface TojuPluginManifest {
  /**
   * The JSON Schema this file follows, for editors.
   * @maxLength 2048
   */
  $schema?: string;
  /**
   * Unique id of the plugin.
   */
  id: PluginId;
  /**
   * Name shown to users.
   */
  title: DisplayText;
  /**
   * What the plugin does, shown to users.
   * @minLength 1
   * @maxLength 4096
   */
  description: string;
  /**
   * Version of the plugin (semver).
   */
  version: SemVer;
  /**
   * The host API major the plugin is written against (`"1"`).
   */
  apiVersion: ApiVersion;
  /**
   * What the plugin is.
   */
  kind: PluginKind;
  /**
   * Version of this manifest format; always `1`.
   */
  schemaVersion: 1;
  /**
   * The Toju versions the plugin works with.
   */
  compatibility: PluginCompatibility;
  /**
   * The ES module to import, a path inside the plugin folder (`client` and `library` need this or `bundle`).
   */
  entrypoint?: RelativePath;
  /**
   * Where remote or store-installed code is downloaded from.
   */
  bundle?: PluginBundle;
  /**
   * Capabilities the plugin asks the user to grant, each at most once.
   * @maxItems 64
   */
  capabilities?: Capability[];
  /**
   * Events the plugin publishes or receives.
   * @maxItems 256
   */
  events?: PluginEventDeclaration[];
  /**
   * Data entries the plugin keeps.
   * @maxItems 256
   */
  data?: PluginDataDeclaration[];
  /**
   * UI the plugin contributes.
   */
  ui?: PluginUiContributions;
  /**
   * Settings form, as a JSON Schema object.
   */
  settings?: PluginSettingsSchema;
  /**
   * How this plugin relates to other plugins.
   */
  relationships?: PluginRelationships;
  /**
   * Who wrote the plugin.
   * @maxItems 32
   */
  authors?: PluginAuthor[];
  /**
   * The synthetic user the plugin posts as.
   */
  pluginUser?: PluginUser;
  /**
   * Where the plugin activates (default `global`).
   */
  scope?: PluginActivationScope;
  /**
   * Project home page.
   */
  homepage?: HttpUrl;
  /**
   * Change log page.
   */
  changelog?: HttpUrl;
  /**
   * License, as an SPDX expression such as `MIT` or `(MIT OR Apache-2.0)`.
   * @minLength 1
   * @maxLength 256
   */
  license?: string;
  /**
   * README, a path inside the plugin folder.
   */
  readme?: RelativePath;
  /**
   * Load options.
   */
  load?: PluginLoadOptions;
}

/**
 * A user.
 */
export interface User {
  /**
   * Id of the user.
   */
  id: EntityId;
  /**
   * The user name.
   */
  username: Username;
}

/**
 * A user name: 3 to 32 letters, digits, '.', '_' or '-'.
 * @pattern ^[A-Za-z0-9._-]{3,32}$
 */
export type Username = string;

/**
 * Watch a server without joining it.
 */
export interface ViewServerEnvelope {
  type: "view_server";
  /**
   * Echoed on the reply.
   */
  requestId?: RequestId;
  /**
   * The server to watch.
   */
  serverId: EntityId;
}

/**
 * Codes of the `error` envelope.
 */
export const webSocketErrorCodeValues = ["invalid_envelope", "unauthenticated", "forbidden", "not_found", "not_member", "rate_limited", "internal"] as const;
/**
 * Codes of the `error` envelope.
 */
export type WebSocketErrorCode = (typeof webSocketErrorCodeValues)[number];
