// Generated from spec/ by `npm run generate`. Do not edit.
// What each value of the contract's string enums means, from the spec's @doc of each member.
import type { ApiErrorCode, Capability, DependencyHealth, IpcErrorCode, LoadPriority, LocalPluginDiscoveryErrorCode, ManifestIssueCode, PluginActionContext, PluginActivationNoticeCode, PluginActivationReasonCode, PluginActivationScope, PluginDataStorage, PluginEventDirection, PluginEventRejectionCode, PluginIsolation, PluginKind, PluginLifecycleState, PluginPanelLocation, PluginRequirementStatus, PluginScope, RoleId, RoutePermission, ServerPermission, WebSocketErrorCode } from "./contract";

/**
 * Stable error codes of the REST API; the message is for people, the code is the contract.
 */
export const apiErrorCodeDocs: Readonly<Record<ApiErrorCode, string>> = {
  "invalid_request": "400: the request, a path id, a query parameter or the body is malformed (the body is not valid UTF-8 JSON, say); 431 when its headers are too large.",
  "unauthenticated": "401: no valid bearer token.",
  "forbidden": "403: the caller lacks the permission.",
  "quota_exceeded": "403: the change would exceed a quota (servers owned, channels, requirements, event definitions or snapshot size of a server); nothing changed.",
  "not_found": "404: the server, channel, membership, attachment, requirement or event does not exist.",
  "conflict": "409: the resource already exists (a taken user or channel name), or the change conflicts with the server's state (its owner leaving).",
  "gone": "410: the route is intentionally disabled (server-side plugin data).",
  "payload_too_large": "413: the body exceeds its limit (256 KiB of JSON, 8 MiB for an attachment).",
  "rate_limited": "429: too many failed sign-ins for the user name or from the client address; `Retry-After` says when to try again.",
  "internal": "500: an unexpected server fault; no details are revealed.",
};

/**
 * A capability a plugin asks for in `capabilities[]`. The host grants each one per plugin; every host API method needs exactly one (`logger` and `context` need none).
 */
export const capabilityDocs: Readonly<Record<Capability, string>> = {
  "channels.read": "See the channels of the server you have open.",
  "messages.read": "Read the messages of the server you have open.",
  "messages.send": "Send messages in your name.",
  "messages.sendAsPluginUser": "Post messages under its own name (its plugin user), not yours.",
  "events.server.publish": "Send its events to the server, which passes them on to other members.",
  "events.server.subscribe": "Receive its events from other members through the server.",
  "events.p2p.publish": "Send one member a note that its plugin wants to connect directly.",
  "messageBus.publish": "Send messages to your other plugins in this app.",
  "messageBus.subscribe": "Receive messages from your other plugins in this app.",
  "p2p.send": "Send data directly to the same plugin on another member's device.",
  "p2p.receive": "Receive data directly from the same plugin on another member's device.",
  "profile.read": "See your user name and profile.",
  "users.read": "See the members of the server you have open.",
  "roles.read": "See the roles of the server you have open.",
  "server.read": "See which server you have open.",
  "attachments.read": "Open files attached to messages.",
  "attachments.upload": "Upload files to a channel in your name.",
  "media.read": "See which cameras, microphones and speakers you have.",
  "storage.local": "Keep its own data on this device.",
  "storage.serverData": "Keep data on the server (not offered by this server yet).",
  "clientData.read": "Read the settings you chose for it.",
  "clientData.write": "Change the settings you chose for it.",
  "ui.pages": "Add pages to the app.",
  "ui.panels": "Add panels beside the chat.",
  "ui.actions": "Add buttons to menus and the message composer.",
  "ui.channelSections": "Add sections to channels.",
  "ui.embeds": "Show previews of links and attachments in messages.",
  "ui.settings": "Add its own settings page.",
  "ui.commands": "Add slash commands to the message composer.",
};

/**
 * The state of one dependency of the server.
 */
export const dependencyHealthDocs: Readonly<Record<DependencyHealth, string>> = {
  "ok": "Reachable: the last probe answered in time.",
  "unavailable": "Configured but not reachable: the last probe failed or timed out. The server retries by itself and reports `ok` again once it answers, without a restart.",
  "disabled": "Not configured: without `REDIS_URL` broadcasts stay inside this process.",
};

/**
 * Codes of IPC and bridge errors.
 */
export const ipcErrorCodeDocs: Readonly<Record<IpcErrorCode, string>> = {
  "invalid_request": "The request does not match the contract.",
  "not_found": "The plugin, file or entry does not exist.",
  "path_outside_root": "The path leaves the plugin root.",
  "quota_exceeded": "The value or the plugin's data exceeds its quota.",
  "state_corrupt": "A state file is corrupt; it was set aside.",
  "unauthorized": "The bridge secret or Host header is wrong.",
  "origin_not_approved": "`installPluginFromUrl`: the URL's origin (or a bundle's) is not among the approved install origins.",
  "download_failed": "`installPluginFromUrl`: a download failed, timed out, was too large or redirected to another origin.",
  "invalid_manifest": "`installPluginFromUrl`: the downloaded manifest is invalid or its `id` is not the expected plugin.",
  "integrity_mismatch": "`installPluginFromUrl`: the module's bytes do not match `bundle.integrity`.",
  "internal": "An unexpected fault.",
};

/**
 * Activation order among plugins activated together: `bootstrap` first, then `high`, `default`, `low`.
 */
export const loadPriorityDocs: Readonly<Record<LoadPriority, string>> = {
  "bootstrap": "",
  "high": "",
  "default": "",
  "low": "",
};

/**
 * Why a local plugin folder or file was refused during discovery.
 */
export const localPluginDiscoveryErrorCodeDocs: Readonly<Record<LocalPluginDiscoveryErrorCode, string>> = {
  "invalid_json": "The manifest is not valid JSON.",
  "manifest_too_large": "The manifest exceeds 1 MiB.",
  "unreadable": "The folder or file cannot be read.",
  "path_outside_root": "A path resolves outside the plugin root (`..`, a symlink out).",
  "invalid_path": "A path is absolute, a drive path, contains NUL or is not a string.",
  "missing_file": "A referenced file does not exist.",
  "not_a_file": "A referenced path is a folder, a FIFO or a device, not a regular file.",
  "invalid_source": "`source.json` exists but is not a valid `PluginInstallSource`.",
};

/**
 * Stable code of one manifest problem; the message beside it is for people.
 */
export const manifestIssueCodeDocs: Readonly<Record<ManifestIssueCode, string>> = {
  "missing_property": "A required property is absent.",
  "unknown_property": "A property the schema does not define (often a typo).",
  "wrong_type": "A value of the wrong JSON type.",
  "not_allowed_value": "A value outside its enumeration or constant.",
  "invalid_format": "A string that does not match its pattern or format.",
  "out_of_bounds": "A length, count or number outside its bounds.",
  "no_matching_variant": "A value that matches none of the allowed shapes.",
  "schema_violation": "Any other schema violation.",
  "invalid_version": "`version` or `minimumTojuVersion` is no valid semver.",
  "invalid_version_range": "A `versionRange` is no valid semver range.",
  "invalid_license": "`license` is no SPDX license expression.",
  "missing_capability": "A declared event, data entry, UI contribution or plugin user needs a capability the manifest does not list.",
  "duplicate_capability": "A capability is listed twice.",
  "duplicate_event": "An event name is declared twice.",
  "duplicate_data_key": "A data key is declared twice.",
  "duplicate_ui_id": "Two UI contributions of one kind share an id.",
  "self_relationship": "A relationship names the plugin itself.",
  "module_required": "A `client` or `library` plugin names neither `entrypoint` nor `bundle`.",
  "theme_has_module": "A `theme` names an `entrypoint` or a `bundle`.",
  "theme_needs_stylesheet": "A `theme` lists no stylesheet.",
  "insecure_bundle_url": "A bundle URL is neither `https:` nor `http:` on loopback.",
  "invalid_integrity": "`bundle.integrity` is no SRI hash.",
  "invalid_embedded_schema": "An embedded schema (event payload, data entry, settings) does not compile.",
  "non_local_ref": "An embedded schema uses a `$ref` that is not local (`#…`).",
  "embedded_schema_too_large": "An embedded schema exceeds 16 KiB.",
  "unsupported_pattern": "An embedded schema's pattern uses lookaround or backreferences, which the server's linear-time engine (RE2) cannot run.",
  "unbounded_unique_items": "An embedded schema uses `uniqueItems` without `maxItems` of at most 1,000 beside it.",
  "path_outside_root": "A path leaves the plugin folder (`..`, a link out).",
  "invalid_path": "A path is absolute, a drive path, contains NUL or is not a string.",
  "missing_file": "A file the manifest names does not exist in the plugin folder.",
  "not_a_file": "A path the manifest names is a folder, a FIFO or a device, not a regular file.",
  "too_many_issues": "More issues were found than are listed (at most 100).",
};

/**
 * Where an action is offered.
 */
export const pluginActionContextDocs: Readonly<Record<PluginActionContext, string>> = {
  "message": "",
  "channel": "",
  "server": "",
  "user": "",
  "composer": "",
};

/**
 * An ordering the activation plan had to give up; the plan still holds.
 */
export const pluginActivationNoticeCodeDocs: Readonly<Record<PluginActivationNoticeCode, string>> = {
  "ordering_cycle": "Optional dependencies or `before`/`after` rules form a cycle; the plugins in it load in priority order instead.",
};

/**
 * Why a plugin is not running, or why it stopped. The activation plan gives the first group; only running a plugin can give the second. The code is the contract; the message beside it is for people.
 */
export const pluginActivationReasonCodeDocs: Readonly<Record<PluginActivationReasonCode, string>> = {
  "duplicate_plugin": "Plan: a second plugin with an id already seen; the first one wins.",
  "disabled_by_user": "Plan: the user disabled the plugin; it is never activated until enabled.",
  "failed_earlier": "Plan: the plugin failed in this session; plans do not retry it, a reload does.",
  "api_version_mismatch": "Plan: the manifest's `apiVersion` major differs from the host's plugin API major.",
  "toju_version_too_old": "Plan: `compatibility.minimumTojuVersion` is newer than the running Toju.",
  "server_blocked": "Plan: the open server's requirement for the plugin has status `blocked`.",
  "server_incompatible": "Plan: the open server's requirement for the plugin has status `incompatible`.",
  "server_version_mismatch": "Plan: the open server needs a version range that excludes the installed version.",
  "not_required_by_server": "Plan: a `scope: \"server\"` plugin outside the servers whose requirements list it.",
  "capabilities_not_granted": "Plan: the user has granted none of the capabilities the plugin declares; it waits for their answer.",
  "missing_dependency": "Plan: a plugin named in `requires` is not installed.",
  "dependency_version_mismatch": "Plan: a required plugin is installed outside the wanted `versionRange`.",
  "dependency_blocked": "Plan: a required plugin cannot run (blocked, disabled, failed or inactive); this propagates along chains.",
  "dependency_cycle": "Plan: the plugin is in a cycle of `requires`.",
  "conflict": "Plan: a plugin named in `conflicts` will run, in range.",
  "invalid_manifest": "Host: the manifest did not validate; its issues say why.",
  "module_load_failed": "Host: the module could not be fetched, verified or imported in time.",
  "api_unavailable": "Host: the plugin's host API could not be built.",
  "hook_failed": "Host: a hook threw or rejected.",
  "hook_timeout": "Host: a hook did not settle within the host's time limit.",
  "worker_unresponsive": "Host: an isolated plugin's worker did not answer the host's ping within 5 s and was terminated.",
  "deactivated": "Host: stopped on request (deactivated, or reloading).",
  "dependency_deactivated": "Host: stopped because a plugin it requires was stopped.",
};

/**
 * Where a plugin activates: `global` in every server, `server` only in servers whose requirements list it.
 */
export const pluginActivationScopeDocs: Readonly<Record<PluginActivationScope, string>> = {
  "global": "",
  "server": "",
};

/**
 * Where plugin data lives: `local` on this device, `serverData` with the server.
 */
export const pluginDataStorageDocs: Readonly<Record<PluginDataStorage, string>> = {
  "local": "",
  "serverData": "",
};

/**
 * Who may send a plugin event: `clientToServer` (a client, relayed by the server), `serverRelay` (the server only), `p2pHint` (a client, to one peer).
 */
export const pluginEventDirectionDocs: Readonly<Record<PluginEventDirection, string>> = {
  "clientToServer": "",
  "serverRelay": "",
  "p2pHint": "",
};

/**
 * Why the server refused a `plugin_event` (checked in this order).
 */
export const pluginEventRejectionCodeDocs: Readonly<Record<PluginEventRejectionCode, string>> = {
  "rate_limited": "The connection sent frames faster than its token bucket allows; every client frame takes a token before any other check, refused frames too.",
  "invalid_envelope": "The envelope does not match the contract.",
  "not_member": "The sender is not a member of the server.",
  "plugin_blocked": "The server blocks the plugin.",
  "unknown_event": "The event is not registered for this server and plugin.",
  "direction_not_allowed": "The direction differs from the definition, or is `serverRelay` (server only).",
  "invalid_target": "`channel` scope needs a channel of the server; `user` scope and `p2pHint` need a member `targetUserId`.",
  "payload_too_large": "The payload's JSON text exceeds `maxPayloadBytes`.",
  "schema_mismatch": "The payload does not match the event's schema.",
};

/**
 * Where a plugin's code runs. `none`: in the app's page, every host API call checked against its grants. `worker`: in a
 * dedicated Web Worker with no DOM, no storage of the page and no network; the same host API reaches it through a
 * message channel and is checked on the host side, and its pages, panels, channel sections, embeds and settings are drawn
 * from the HTML it hands over into sandboxed frames without scripts.
 */
export const pluginIsolationDocs: Readonly<Record<PluginIsolation, string>> = {
  "none": "In the app's page (the default).",
  "worker": "In a dedicated Web Worker; UI in sandboxed frames.",
};

/**
 * What a plugin is: `client` loads a module, `library` is a module other plugins require, `theme` ships stylesheets only and has no module.
 */
export const pluginKindDocs: Readonly<Record<PluginKind, string>> = {
  "client": "",
  "library": "",
  "theme": "",
};

/**
 * Lifecycle state of a plugin in the renderer runtime: `discovered → validated → blocked | loading → ready → loaded → failed | unloading → unloaded → disabled`.
 */
export const pluginLifecycleStateDocs: Readonly<Record<PluginLifecycleState, string>> = {
  "discovered": "",
  "validated": "",
  "blocked": "",
  "loading": "",
  "ready": "",
  "loaded": "",
  "failed": "",
  "unloading": "",
  "unloaded": "",
  "disabled": "",
};

/**
 * Where a panel is shown.
 */
export const pluginPanelLocationDocs: Readonly<Record<PluginPanelLocation, string>> = {
  "left": "",
  "right": "",
  "bottom": "",
};

/**
 * What a server says about a plugin.
 */
export const pluginRequirementStatusDocs: Readonly<Record<PluginRequirementStatus, string>> = {
  "required": "",
  "optional": "",
  "recommended": "",
  "blocked": "",
  "incompatible": "",
};

/**
 * Who receives a plugin event, or what plugin data is kept per: `server`, `channel`, `user` or `plugin`.
 */
export const pluginScopeDocs: Readonly<Record<PluginScope, string>> = {
  "server": "",
  "channel": "",
  "user": "",
  "plugin": "",
};

/**
 * The fixed roles of a server member: the owner, admins (members with `manageServer`) and members.
 */
export const roleIdDocs: Readonly<Record<RoleId, string>> = {
  "owner": "The server's creator: every permission.",
  "admin": "A member granted `manageServer`.",
  "member": "Every other member.",
};

/**
 * Who may call a REST route: the `x-toju-permission` of every operation in the published OpenAPI document. A route that acts on a server (a `serverId` path parameter) answers 404 for an unknown server before it checks `member`, `manageServer` or `owner` (403), and a route that acts on a channel of it (a `channelId` path parameter) answers 404 for a channel that is not in that server after the 403.
 */
export const routePermissionDocs: Readonly<Record<RoutePermission, string>> = {
  "none": "Anyone; no bearer token is read.",
  "user": "Any signed-in user (a valid bearer token, else 401).",
  "member": "A member of the server (its owner included); anyone else gets 403.",
  "manageServer": "The server's owner, or a member whose permissions include `manageServer`.",
  "owner": "The server's owner only.",
};

/**
 * A permission a role carries.
 */
export const serverPermissionDocs: Readonly<Record<ServerPermission, string>> = {
  "manageServer": "Change the server's channels, plugin requirements and event definitions.",
  "manageMembers": "Change members' permissions.",
};

/**
 * Codes of the `error` envelope.
 */
export const webSocketErrorCodeDocs: Readonly<Record<WebSocketErrorCode, string>> = {
  "invalid_envelope": "The frame is not JSON, has an unknown `type` or the wrong shape.",
  "unauthenticated": "The token is unknown, expired or revoked, or `identify` was not the first frame (the socket is then closed with 4401).",
  "forbidden": "The caller may not do this (post as a plugin the server blocks, attach another user's upload).",
  "not_found": "The server or channel does not exist.",
  "not_member": "The caller, or the target of a `p2p_signal`, is not a member of the server.",
  "rate_limited": "The connection sent frames faster than its token bucket allows; every client frame after `identify` takes a token before any other check, refused frames too.",
  "internal": "An unexpected server fault.",
};
