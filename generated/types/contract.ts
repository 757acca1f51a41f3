// Generated from spec/ by `npm run generate` (openapi-typescript). Do not edit.
// Named types of every contract model (`TojuPluginManifest`, `ServerEnvelope`, …), the REST `paths` and enum value arrays.

export interface paths {
    "/api/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Download an attachment; only members of the server it was uploaded to get it (403 for others). */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sign in; the user name is compared without case. A wrong user name or password is a 401 and counts against the user name's and the client address's failed sign-ins; over either limit the answer is 429 with `Retry-After`, and the password is not checked. The token expires `SessionDefault.ttlSeconds` after it was issued. */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sign out: revokes the bearer token of this request (the caller's other sessions stay) and closes the websockets identified with it with 4401. */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create a user and sign in. User names are unique without regard to case (409 when `alice` exists and `Alice` registers). A refused registration counts against the client address's failed sign-ins (429 over the limit). */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The server's health: 200 when the database and (when `REDIS_URL` is set) Redis answer, 503 with the same report when one does not. Probes are shared by concurrent requests and time out after 2 s. */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The servers the caller is a member of, by name. */
        get: operations["listServers"];
        put?: never;
        /** @description Create a server owned by the caller, with a `general` channel; 403 `quota_exceeded` when the caller owns `Quota.serversOwnedPerUser` servers. */
        post: operations["createServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A server with its channels; any signed-in user may look at a server before joining it. */
        get: operations["getServer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Create a channel (needs `manageServer`); 409 when the server has a channel of that name, 403 `quota_exceeded` when it has `Quota.channelsPerServer` channels. Members receive `channel_created`. */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/channels/{channelId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload a file to a channel (members only): the raw bytes as the body (at most 8 MiB, else 413 and nothing is kept), its media type as `Content-Type` (400 unless it is a well-formed `MediaType`), its name as `?name=`. 404 for a channel that is not in the server. Attach it to a message with `send_message`'s `attachmentIds`; until then only the uploader knows its id. */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/channels/{channelId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A page of a channel's stored messages, newest first (members only): at most `limit` (1 to 100, default 50) messages older than the message `before` (400 when `before` names no message of this channel). 404 for a channel that is not in the server. Page back by passing the oldest `messageId` of a page as the next `before`; an empty page is the start of the channel. */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The server's members with their roles (members only). */
        get: operations["listMembers"];
        put?: never;
        /** @description Join a server; returns the caller's membership (joining twice returns the same membership). */
        post: operations["joinServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/members/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Leave a server (members only): the caller's membership ends and the server's members receive `member_left`; the caller's sockets stop receiving the server's chat. The owner cannot leave their server (409). */
        delete: operations["leaveServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/members/{userId}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Set a member's permissions (owner only). */
        put: operations["setMemberPermissions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/plugins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The server's plugin requirements and event definitions, with a strong `ETag`. A conditional request (`If-None-Match` with the `ETag` of an earlier answer, compared as RFC 9110 says) gets 304 without a body while the snapshot's revision is unchanged; the checks before it (401, 400, 404) still apply. */
        get: operations["getPluginRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/plugins/{pluginId}/data/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Server-side plugin data is intentionally disabled on the signaling server: always 410 once the caller and path are valid. */
        get: operations["getPluginData"];
        /** @description Server-side plugin data is intentionally disabled on the signaling server: always 410 once the caller and path are valid. */
        put: operations["putPluginData"];
        post?: never;
        /** @description Server-side plugin data is intentionally disabled on the signaling server: always 410 once the caller and path are valid. */
        delete: operations["deletePluginData"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/plugins/{pluginId}/events/{eventName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Register or replace an event definition (needs `manageServer`). The schema must compile, use local `$ref` only and fit in 16 KiB; its patterns run on a linear-time engine (lookaround and backreferences are refused) and `uniqueItems` needs `maxItems` of at most 1,000. 403 `quota_exceeded` when the change would pass `Quota.eventDefinitionsPerServer` or `Quota.snapshotBytes`. */
        put: operations["putPluginEvent"];
        post?: never;
        /** @description Remove an event definition (needs `manageServer`). */
        delete: operations["deletePluginEvent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/plugins/{pluginId}/requirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Create or replace the requirement for a plugin (needs `manageServer`). A `manifest` is validated, its `id` must equal `pluginId`, and its `events[]` are upserted in the same transaction. 403 `quota_exceeded` when the change would pass `Quota.requirementsPerServer`, `Quota.eventDefinitionsPerServer` or `Quota.snapshotBytes`. */
        put: operations["putPluginRequirement"];
        post?: never;
        /** @description Remove the requirement for a plugin (needs `manageServer`). */
        delete: operations["deletePluginRequirement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{serverId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The server's roles: `owner`, `admin` (`manageServer`) and `member` (members only). */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed-in user's profile. */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The socket's active plugins were set. */
        ActivePluginsSetEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "active_plugins_set";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The active plugins. */
            pluginIds: components["schemas"]["PluginId"][];
        };
        /** @description The body of every REST error response. */
        ApiError: {
            /** @description Stable error code. */
            code: components["schemas"]["ApiErrorCode"];
            /** @description Human-readable explanation. */
            message: string;
            /** @description The problems found, at most 50. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /**
         * @description Stable error codes of the REST API; the message is for people, the code is the contract.
         * @enum {string}
         */
        ApiErrorCode: "invalid_request" | "unauthenticated" | "forbidden" | "quota_exceeded" | "not_found" | "conflict" | "gone" | "payload_too_large" | "rate_limited" | "internal";
        /** @description The host API major version the plugin is written against, as digits (the host's API major is `1`). */
        ApiVersion: string;
        /** @description A file uploaded to a channel; its bytes are served to members of the channel's server only. */
        Attachment: {
            /** @description Id of the attachment. */
            id: components["schemas"]["EntityId"];
            /** @description The file's name. */
            name: components["schemas"]["FileName"];
            /** @description The media type the uploader sent. */
            mediaType: components["schemas"]["MediaType"];
            /**
             * Format: int64
             * @description Size in bytes (at most 8 MiB).
             */
            size: number;
            /** @description Where members download it: `/api/attachments/{id}`. */
            url: string;
        };
        /** @description A signed-in session. */
        AuthSession: {
            /** @description The signed-in user. */
            user: components["schemas"]["User"];
            /** @description Bearer token for `Authorization: Bearer <token>` and the websocket `identify` frame. */
            token: components["schemas"]["SessionToken"];
        };
        /**
         * @description Sign-in throttling (`POST /api/auth/login` and `/register`): over a limit the server answers 429 `rate_limited` with `Retry-After` (seconds) without checking the password. Attempts count from when they arrive; a successful one is then taken back, so only failures count and a burst of concurrent attempts cannot slip past.
         * @enum {number}
         */
        AuthThrottleLimit: 10 | 60;
        /**
         * @description A capability a plugin asks for in `capabilities[]`. The host grants each one per plugin; every host API method needs exactly one (`logger` and `context` need none).
         * @enum {string}
         */
        Capability: "channels.read" | "messages.read" | "messages.send" | "messages.sendAsPluginUser" | "events.server.publish" | "events.server.subscribe" | "events.p2p.publish" | "messageBus.publish" | "messageBus.subscribe" | "p2p.send" | "p2p.receive" | "profile.read" | "users.read" | "roles.read" | "server.read" | "attachments.read" | "attachments.upload" | "media.read" | "storage.local" | "storage.serverData" | "clientData.read" | "clientData.write" | "ui.pages" | "ui.panels" | "ui.actions" | "ui.channelSections" | "ui.embeds" | "ui.settings" | "ui.commands";
        /** @description A channel of a server. */
        Channel: {
            /** @description Id of the channel. */
            id: components["schemas"]["EntityId"];
            /** @description Name of the channel. */
            name: components["schemas"]["DisplayText"];
        };
        /** @description A channel was created; sent to the sockets joined to or viewing the server. */
        ChannelCreatedEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "channel_created";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The new channel. */
            channel: components["schemas"]["Channel"];
        };
        /** @description A stored chat message. */
        ChatMessage: {
            /** @description Id of the message. */
            messageId: components["schemas"]["EntityId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The channel. */
            channelId: components["schemas"]["EntityId"];
            /** @description The user who sent it (for a plugin user's message, the user whose client posted it). */
            authorUserId: components["schemas"]["EntityId"];
            /** @description The text; empty only when the message carries attachments. */
            content: components["schemas"]["MessageContent"];
            /**
             * Format: date-time
             * @description When the server accepted it.
             */
            sentAt: string;
            /** @description Set when a plugin posted the message as its plugin user. */
            pluginId?: components["schemas"]["PluginId"];
            /** @description The plugin user's display name (the manifest's `pluginUser.displayName`), for a plugin user's message. */
            authorDisplayName?: components["schemas"]["DisplayText"];
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
        };
        /** @description A frame a client sends. */
        ClientEnvelope: components["schemas"]["IdentifyEnvelope"] | components["schemas"]["JoinServerEnvelope"] | components["schemas"]["ViewServerEnvelope"] | components["schemas"]["LeaveServerEnvelope"] | components["schemas"]["SetActivePluginsEnvelope"] | components["schemas"]["PluginEventEnvelope"] | components["schemas"]["SendMessageEnvelope"] | components["schemas"]["P2pSignalEnvelope"];
        /** @description Body of `POST /api/servers/{serverId}/channels`. */
        CreateChannelRequest: {
            /** @description Name of the new channel; unique in its server, compared without case. */
            name: components["schemas"]["DisplayText"];
        };
        /** @description Body of `POST /api/servers`. */
        CreateServerRequest: {
            /** @description Name of the new server. */
            name: components["schemas"]["DisplayText"];
        };
        /** @description Body of `POST /api/auth/register` and `POST /api/auth/login`. */
        Credentials: {
            /** @description The user name. */
            username: components["schemas"]["Username"];
            /** @description The password. */
            password: components["schemas"]["Password"];
        };
        /** @description Key of a plugin data entry or id of a UI contribution: a lower-case letter, then up to 63 letters, digits, '.', '_' or '-'. */
        DataKey: string;
        /** @description Request of `deletePluginData` (the seed's `DeletePluginData` command). */
        DeletePluginDataCommand: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description What the entry is kept per. */
            scope: components["schemas"]["PluginScope"];
            /** @description Id of the server, channel or user the entry is kept for; absent for `plugin` scope. */
            scopeId?: components["schemas"]["EntityId"];
            /** @description The entry's key. */
            key: components["schemas"]["DataKey"];
        };
        /** @description Result of `deletePluginData`. */
        DeletePluginDataResult: {
            /** @description Whether an entry was removed. */
            deleted: boolean;
        };
        /**
         * @description The state of one dependency of the server.
         * @enum {string}
         */
        DependencyHealth: "ok" | "unavailable" | "disabled";
        /** @description Request of the desktop-state reads that take nothing but the profile. */
        DesktopStateQuery: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
        };
        /** @description The user's choice to keep plugins off: a disabled plugin is never activated until enabled again. */
        DisabledPlugins: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The disabled plugins, sorted. */
            pluginIds: components["schemas"]["PluginId"][];
        };
        /** @description A human-readable display text of 1 to 128 characters (server, channel and display names, titles), without control characters (C0, DEL, C1), lone surrogates, or the bidirectional controls U+202A–U+202E and U+2066–U+2069 (which can reorder what people read around the name). */
        DisplayText: string;
        /** @description An opaque id (of a server, user, channel, message or attachment, all made by the server, or a client's event or request id): 1 to 64 letters, digits, '_' or '-'. */
        EntityId: string;
        /**
         * @description Caps of error bodies: the REST `ApiError` and the websocket `error` and `plugin_event_rejected` envelopes.
         * @enum {number}
         */
        ErrorBodyLimit: 50 | 20 | 2048 | 1024;
        /** @description One problem found in a request, an envelope or a payload. */
        ErrorDetail: {
            /** @description JSON pointer of the offending value (`/body/manifest/id`, `/path/pluginId`, `/payload/score`); empty for the whole value. */
            path: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /** @description A frame was refused; the socket stays open. */
        ErrorEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "error";
            /** @description Echo of the request's id, when the frame had one. */
            requestId?: components["schemas"]["RequestId"];
            /** @description Why. */
            code: components["schemas"]["WebSocketErrorCode"];
            /** @description Human-readable explanation. */
            message: string;
            /** @description The problems found, at most 20. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /** @description Plugin event name: lower-case letters, digits, '.', ':' and '-', 3 to 128 characters, starting with a letter and ending with a letter or digit. */
        EventName: string;
        /** @description A file name of 1 to 255 characters, without path separators, control characters (C0, DEL, C1) or the bidirectional controls U+202A–U+202E and U+2066–U+2069 (which can disguise a name's extension). It is only ever shown and offered as a download name, never used as a path. */
        FileName: string;
        /** @description Request of `getPluginData` (the seed's `GetPluginData` query). */
        GetPluginDataQuery: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description What the entry is kept per. */
            scope: components["schemas"]["PluginScope"];
            /** @description Id of the server, channel or user the entry is kept for; absent for `plugin` scope. */
            scopeId?: components["schemas"]["EntityId"];
            /** @description The entry's key. */
            key: components["schemas"]["DataKey"];
        };
        /** @description Result of `getPluginData`. */
        GetPluginDataResult: {
            /** @description The entry, or null when none is stored. */
            record: components["schemas"]["PluginDataRecord"] | null;
        };
        /** @description The server's health and that of its dependencies: `GET /api/health` answers 200 when every configured dependency is `ok` and 503 (with this same body) when one is `unavailable`, so a load balancer can take the instance out of rotation until it recovers. */
        HealthStatus: {
            /**
             * @description `ok` when the database and, if configured, Redis are reachable; `unavailable` otherwise (HTTP 503).
             * @enum {string}
             */
            status: "ok" | "unavailable";
            /** @description The database named by `DATABASE_URL` (sqlite or PostgreSQL): `ok` or `unavailable`, never `disabled`. */
            database: components["schemas"]["DependencyHealth"];
            /** @description The Redis server of `REDIS_URL` that carries broadcasts between instances; `disabled` without one. */
            redis: components["schemas"]["DependencyHealth"];
        };
        /** @description An http(s) origin, such as `https://plugins.example.com`, with no path. */
        HttpOrigin: string;
        /**
         * Format: uri
         * @description An absolute http or https URL.
         */
        HttpUrl: string;
        /** @description The socket is authenticated. */
        IdentifiedEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "identified";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The authenticated user. */
            userId: components["schemas"]["EntityId"];
        };
        /** @description First frame of every connection: authenticates the socket. */
        IdentifyEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "identify";
            /** @description Echoed on the reply. */
            requestId?: components["schemas"]["RequestId"];
            /** @description A session token from register or login. */
            token: components["schemas"]["SessionToken"];
        };
        /** @description Request of `installPluginFromUrl`: a manifest URL (a server requirement's `installUrl`, or one the user pasted). */
        InstallPluginFromUrlRequest: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The manifest's URL; its origin must be approved (`approvedInstallOrigins`). */
            url: components["schemas"]["HttpUrl"];
            /** @description Refuse the download unless the manifest's `id` is this (the requirement's `pluginId`). */
            expectedPluginId?: components["schemas"]["PluginId"];
        };
        /** @description Result of `installPluginFromUrl`. */
        InstallPluginResult: {
            /** @description The installed plugin as discovery now lists it. */
            plugin: components["schemas"]["LocalPluginManifestDescriptor"];
            /** @description Whether an earlier installation of the same plugin was replaced. */
            updated: boolean;
        };
        /** @description A Subresource Integrity hash: `sha256-`, `sha384-` or `sha512-` followed by the base64 digest. */
        IntegrityHash: string;
        /** @description The error an IPC call or bridge request fails with. */
        IpcError: {
            /** @description Stable error code. */
            code: components["schemas"]["IpcErrorCode"];
            /** @description Human-readable explanation. */
            message: string;
            /** @description The problems found. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /**
         * @description Codes of IPC and bridge errors.
         * @enum {string}
         */
        IpcErrorCode: "invalid_request" | "not_found" | "path_outside_root" | "quota_exceeded" | "state_corrupt" | "unauthorized" | "origin_not_approved" | "download_failed" | "invalid_manifest" | "integrity_mismatch" | "internal";
        /** @description Join a server as a member. */
        JoinServerEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "join_server";
            /** @description Echoed on the reply. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server to join. */
            serverId: components["schemas"]["EntityId"];
        };
        /** @description A JSON Schema (draft 2020-12) object. Only local `$ref`s (`#...`) are allowed and the serialized schema must not exceed 16 KiB. */
        JsonSchemaDocument: {
            [key: string]: unknown;
        };
        /** @description Stop receiving a server's events on this socket; the membership stays (`DELETE /api/servers/{serverId}/members/me` ends it). */
        LeaveServerEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "leave_server";
            /** @description Echoed on the reply. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server to leave. */
            serverId: components["schemas"]["EntityId"];
        };
        /**
         * @description Activation order among plugins activated together: `bootstrap` first, then `high`, `default`, `low`.
         * @enum {string}
         */
        LoadPriority: "bootstrap" | "high" | "default" | "low";
        /** @description A plugin folder or manifest refused during discovery. */
        LocalPluginDiscoveryError: {
            /** @description Absolute path of the plugin folder or of its manifest file. */
            path: string;
            /** @description Why. */
            code: components["schemas"]["LocalPluginDiscoveryErrorCode"];
            /** @description Human-readable explanation. */
            message: string;
            /** @description When the manifest could be read: every problem `toju-plugin validate` reports for the folder, so the whole list can be fixed at once. */
            issues?: components["schemas"]["ManifestIssue"][];
        };
        /**
         * @description Why a local plugin folder or file was refused during discovery.
         * @enum {string}
         */
        LocalPluginDiscoveryErrorCode: "invalid_json" | "manifest_too_large" | "unreadable" | "path_outside_root" | "invalid_path" | "missing_file" | "not_a_file" | "invalid_source";
        /** @description Result of scanning the local plugins folder one level deep. */
        LocalPluginDiscoveryResult: {
            /** @description Plugins found, sorted by folder name. */
            plugins: components["schemas"]["LocalPluginManifestDescriptor"][];
            /** @description Folders or manifests refused. */
            errors: components["schemas"]["LocalPluginDiscoveryError"][];
            /** @description Absolute path of the scanned folder. */
            pluginsPath: string;
        };
        /** @description A file read from a plugin folder. */
        LocalPluginFile: {
            /** @description Absolute real path of the file. */
            path: string;
            /** @description Media type guessed from the extension, for example `text/javascript`. */
            mediaType: string;
            /** @description Size in bytes. */
            size: number;
            /** @description The bytes, base64-encoded. */
            contentBase64: string;
        };
        /** @description A plugin manifest found on disk, still raw: the renderer validates it. */
        LocalPluginManifestDescriptor: {
            /** @description The parsed manifest JSON, unvalidated. */
            manifest: unknown;
            /** @description Absolute path of the manifest file. */
            manifestPath: string;
            /** @description Absolute real path of the plugin folder. */
            pluginRoot: string;
            /** @description `file://` URL of the plugin folder, ending in '/'. */
            pluginRootUrl: string;
            /** @description Absolute real path of the entrypoint, when the manifest names one. */
            entrypointPath?: string;
            /** @description Absolute real path of the README, when the manifest names one. */
            readmePath?: string;
            /**
             * Format: date-time
             * @description When the manifest was read.
             */
            discoveredAt: string;
            /** @description Where the plugin was installed from, when it came from a URL (`source.json` in its folder). */
            source?: components["schemas"]["PluginInstallSource"];
        };
        /** @description Result of `getLocalPluginsPath`. */
        LocalPluginsPathResult: {
            /** @description Absolute path of `<userData>/plugins`. */
            pluginsPath: string;
        };
        /** @description One problem of a manifest. */
        ManifestIssue: {
            /** @description Stable code. */
            code: components["schemas"]["ManifestIssueCode"];
            /** @description JSON pointer into the manifest; empty for the whole document. */
            path: string;
            /** @description What is wrong, for people. */
            message: string;
        };
        /**
         * @description Stable code of one manifest problem; the message beside it is for people.
         * @enum {string}
         */
        ManifestIssueCode: "missing_property" | "unknown_property" | "wrong_type" | "not_allowed_value" | "invalid_format" | "out_of_bounds" | "no_matching_variant" | "schema_violation" | "invalid_version" | "invalid_version_range" | "invalid_license" | "missing_capability" | "duplicate_capability" | "duplicate_event" | "duplicate_data_key" | "duplicate_ui_id" | "self_relationship" | "module_required" | "theme_has_module" | "theme_needs_stylesheet" | "insecure_bundle_url" | "invalid_integrity" | "invalid_embedded_schema" | "non_local_ref" | "embedded_schema_too_large" | "unsupported_pattern" | "unbounded_unique_items" | "path_outside_root" | "invalid_path" | "missing_file" | "not_a_file" | "too_many_issues";
        /** @description The result of validating a manifest: what `toju-plugin validate --json` prints. */
        ManifestValidationReport: {
            /** @description Whether the manifest is valid. */
            valid: boolean;
            /** @description Every problem found, at most 100 plus a `too_many_issues` entry. */
            issues: components["schemas"]["ManifestIssue"][];
        };
        /** @description A media type such as `image/png` or `text/plain; charset=utf-8` (`type/subtype`, then parameters of printable ASCII, since the value is sent back as a `Content-Type` header). */
        MediaType: string;
        /** @description A media type or a wildcard of one, for example `image/png` or `image/*`. */
        MediaTypePattern: string;
        /** @description A member of a server (`GET /api/servers/{serverId}/members`, `member_joined`). */
        Member: {
            /** @description The member. */
            userId: components["schemas"]["EntityId"];
            /** @description The member's user name. */
            username: components["schemas"]["Username"];
            /** @description The member's display name, when set. */
            displayName?: components["schemas"]["DisplayText"];
            /** @description The member's roles. */
            roles: components["schemas"]["RoleId"][];
        };
        /** @description A user joined a server (over REST or `join_server`); sent to the server's joined sockets. */
        MemberJoinedEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "member_joined";
            /** @description Not set by the server: the joining socket's own answer is `server_joined`, which echoes its request id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The user who joined. */
            userId: components["schemas"]["EntityId"];
            /** @description The new member. */
            member: components["schemas"]["Member"];
        };
        /** @description A member left a server (`DELETE /api/servers/{serverId}/members/me`); sent to the server's joined sockets, the leaver's included, which then stop receiving the server's chat. */
        MemberLeftEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "member_left";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The user who left. */
            userId: components["schemas"]["EntityId"];
        };
        /** @description What a member may do on a server. */
        MemberPermissions: {
            /** @description May change the server's plugin requirements and event definitions. */
            manageServer: boolean;
        };
        /** @description A user's membership of a server. */
        Membership: {
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The member. */
            userId: components["schemas"]["EntityId"];
            /** @description Whether the member owns the server. */
            owner: boolean;
            /** @description What the member may do. */
            permissions: components["schemas"]["MemberPermissions"];
            /**
             * Format: date-time
             * @description When the user joined.
             */
            joinedAt: string;
        };
        /** @description A message's text: at most 4,000 characters, none of them U+0000 (NUL), which a database cannot keep as text; a `send_message` whose content has one is refused with `invalid_envelope` whatever the database. */
        MessageContent: string;
        /** @description A chat message posted to a channel, delivered to every socket joined to the server once it is stored. After an outage between server instances the same message may be delivered again: `messageId` identifies it. */
        MessageEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message";
            /** @description Echo of the request's id (sender only). */
            requestId?: components["schemas"]["RequestId"];
            /** @description Id of the message. */
            messageId: components["schemas"]["EntityId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The channel. */
            channelId: components["schemas"]["EntityId"];
            /** @description The user who sent it (for a plugin user's message, the user whose client posted it). */
            authorUserId: components["schemas"]["EntityId"];
            /** @description The text; empty only when the message carries attachments. */
            content: components["schemas"]["MessageContent"];
            /**
             * Format: date-time
             * @description When the server accepted it.
             */
            sentAt: string;
            /** @description Set when a plugin posted the message as its plugin user. */
            pluginId?: components["schemas"]["PluginId"];
            /** @description The plugin user's display name (the manifest's `pluginUser.displayName`), for a plugin user's message. */
            authorDisplayName?: components["schemas"]["DisplayText"];
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
        };
        /**
         * @description Pages of a channel's stored messages (`GET /api/servers/{serverId}/channels/{channelId}/messages`).
         * @enum {number}
         */
        MessagePageLimit: 50 | 100;
        /**
         * Format: int32
         * @description How many messages a page of history holds: 1 to 100.
         */
        MessagePageSize: number;
        /** @description An ICE candidate. */
        P2pCandidateSignal: {
            /** @constant */
            kind: "candidate";
            /** @description The candidate line (empty at the end of candidates). */
            candidate: string;
            /** @description The media stream identification tag. */
            sdpMid?: string;
            /** @description The index of the media description. */
            sdpMLineIndex?: number;
        };
        /** @description A session description (an offer or an answer). */
        P2pDescriptionSignal: {
            /** @description Offer or answer. */
            kind: "offer" | "answer";
            /** @description The SDP text. */
            sdp: string;
        };
        /** @description What one peer tells the other while they connect. */
        P2pSignal: components["schemas"]["P2pDescriptionSignal"] | components["schemas"]["P2pCandidateSignal"];
        /** @description Relay a WebRTC signal to another member of the server (offer, answer or ICE candidate): delivered to the target's sockets joined to or viewing the server, with no reply to the sender unless it is refused (`rate_limited` when the connection's token bucket is empty, `not_member` when either user is not a member). */
        P2pSignalEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "p2p_signal";
            /** @description Echoed on an `error` reply. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server both users are members of. */
            serverId: components["schemas"]["EntityId"];
            /** @description The member the signal is for. */
            targetUserId: components["schemas"]["EntityId"];
            /** @description The signal. */
            signal: components["schemas"]["P2pSignal"];
        };
        /** @description A password of 8 to 256 characters. */
        Password: string;
        /**
         * @description Where an action is offered.
         * @enum {string}
         */
        PluginActionContext: "message" | "channel" | "server" | "user" | "composer";
        /** @description An action the plugin adds to menus (needs `ui.actions`). */
        PluginActionContribution: {
            /** @description Id of the contribution, unique within the plugin. */
            id: components["schemas"]["DataKey"];
            /** @description Title shown to the user. */
            title: components["schemas"]["DisplayText"];
            /** @description A longer explanation shown as a tooltip or subtitle. */
            description?: string;
            /** @description Icon image, a path inside the plugin folder. */
            icon?: components["schemas"]["RelativePath"];
            /** @description The menus the action appears in (default: `message`). */
            context?: components["schemas"]["PluginActionContext"][];
        };
        /**
         * @description An ordering the activation plan had to give up; the plan still holds.
         * @enum {string}
         */
        PluginActivationNoticeCode: "ordering_cycle";
        /** @description Why a plugin is in its lifecycle state: a stable code and a message for people. */
        PluginActivationReason: {
            /** @description Stable reason code. */
            code: components["schemas"]["PluginActivationReasonCode"];
            /** @description What happened, in words the user can read. */
            message: string;
            /** @description Other plugins the reason is about: the missing dependency, the conflicting plugin, the cycle path `a → b → … → a`. */
            relatedPluginIds?: components["schemas"]["PluginId"][];
        };
        /**
         * @description Why a plugin is not running, or why it stopped. The activation plan gives the first group; only running a plugin can give the second. The code is the contract; the message beside it is for people.
         * @enum {string}
         */
        PluginActivationReasonCode: "duplicate_plugin" | "disabled_by_user" | "failed_earlier" | "api_version_mismatch" | "toju_version_too_old" | "server_blocked" | "server_incompatible" | "server_version_mismatch" | "not_required_by_server" | "capabilities_not_granted" | "missing_dependency" | "dependency_version_mismatch" | "dependency_blocked" | "dependency_cycle" | "conflict" | "invalid_manifest" | "module_load_failed" | "api_unavailable" | "hook_failed" | "hook_timeout" | "worker_unresponsive" | "deactivated" | "dependency_deactivated";
        /**
         * @description Where a plugin activates: `global` in every server, `server` only in servers whose requirements list it.
         * @enum {string}
         */
        PluginActivationScope: "global" | "server";
        /** @description A person or organisation that wrote the plugin. */
        PluginAuthor: {
            /** @description Name of the author. */
            name: components["schemas"]["DisplayText"];
            /**
             * Format: email
             * @description E-mail address of the author.
             */
            email?: string;
            /** @description Web page of the author. */
            url?: components["schemas"]["HttpUrl"];
        };
        /** @description Where a remote or store-installed plugin's code is downloaded from. */
        PluginBundle: {
            /** @description URL of the bundle: `https:`, or `http:` on a loopback host only. */
            url: components["schemas"]["HttpUrl"];
            /** @description URL of the ES module to import when it differs from `url`: `https:`, or `http:` on a loopback host only. */
            entrypointUrl?: components["schemas"]["HttpUrl"];
            /** @description Subresource Integrity hash of the module; the loader verifies it before import. */
            integrity?: components["schemas"]["IntegrityHash"];
        };
        /** @description The user's consent for one plugin. */
        PluginCapabilityGrant: {
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description The capabilities granted. */
            capabilities: components["schemas"]["Capability"][];
            /** @description Origins the user approved for downloading the plugin's remote bundle. */
            approvedOrigins?: components["schemas"]["HttpOrigin"][];
            /**
             * Format: date-time
             * @description When the grant last changed.
             */
            updatedAt: string;
        };
        /** @description Every capability grant of one user on this device: the `metoyou_plugin_capability_grants` document, mirrored to `capability-grants.json` in the user's desktop state. */
        PluginCapabilityGrants: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /**
             * @description Version of this document format; always `1`.
             * @constant
             */
            schemaVersion: 1;
            /** @description One entry per plugin. */
            grants: components["schemas"]["PluginCapabilityGrant"][];
            /** @description Origins the user allowed plugins to be installed from (`installPluginFromUrl` refuses any other). */
            approvedInstallOrigins?: components["schemas"]["HttpOrigin"][];
        };
        /** @description A section the plugin adds to channels (needs `ui.channelSections`). */
        PluginChannelSectionContribution: {
            /** @description Id of the contribution, unique within the plugin. */
            id: components["schemas"]["DataKey"];
            /** @description Title shown to the user. */
            title: components["schemas"]["DisplayText"];
            /** @description A longer explanation shown as a tooltip or subtitle. */
            description?: string;
            /** @description Icon image, a path inside the plugin folder. */
            icon?: components["schemas"]["RelativePath"];
        };
        /** @description The user's values for a plugin's top-level `settings` schema (`api.clientData`), kept by the desktop tier. */
        PluginClientData: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description The values, valid against the plugin's `settings` schema (empty when none were saved). */
            values: components["schemas"]["PluginSettingsValues"];
            /**
             * Format: date-time
             * @description When they were last saved; absent when never.
             */
            updatedAt?: string;
        };
        /** @description Names the plugin whose settings values are read. */
        PluginClientDataQuery: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
        };
        /** @description A slash command the plugin adds to the composer (needs `ui.commands`): the user types `/` and its id. A command is run by the plugin, never sent as a message; when two plugins declare the same id, both are offered as `/pluginId:id`. */
        PluginCommandContribution: {
            /** @description Id of the contribution, unique within the plugin. */
            id: components["schemas"]["DataKey"];
            /** @description Title shown to the user. */
            title: components["schemas"]["DisplayText"];
            /** @description A longer explanation shown as a tooltip or subtitle. */
            description?: string;
            /** @description Icon image, a path inside the plugin folder. */
            icon?: components["schemas"]["RelativePath"];
            /** @description What the command takes after its name, shown while typing, for example `2d6` or `<question> | <option> | …`. */
            usage?: string;
        };
        /** @description The Toju versions a plugin works with. */
        PluginCompatibility: {
            /** @description The oldest Toju version the plugin runs on (semver). */
            minimumTojuVersion: components["schemas"]["SemVer"];
        };
        /** @description Names one plugin data entry. */
        PluginDataAddress: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description What the entry is kept per. */
            scope: components["schemas"]["PluginScope"];
            /** @description Id of the server, channel or user the entry is kept for; absent for `plugin` scope. */
            scopeId?: components["schemas"]["EntityId"];
            /** @description The entry's key. */
            key: components["schemas"]["DataKey"];
        };
        /** @description A data entry the plugin keeps. */
        PluginDataDeclaration: {
            /** @description Key of the entry, unique within the plugin. */
            key: components["schemas"]["DataKey"];
            /** @description What the entry is kept per. */
            scope: components["schemas"]["PluginScope"];
            /** @description Where the entry is kept (needs `storage.local` or `storage.serverData`). */
            storage: components["schemas"]["PluginDataStorage"];
            /** @description JSON Schema (2020-12) the stored value must match. */
            schema?: components["schemas"]["JsonSchemaDocument"];
        };
        /** @description A stored plugin data entry. */
        PluginDataRecord: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description What the entry is kept per. */
            scope: components["schemas"]["PluginScope"];
            /** @description Id of the server, channel or user the entry is kept for; absent for `plugin` scope. */
            scopeId?: components["schemas"]["EntityId"];
            /** @description The entry's key. */
            key: components["schemas"]["DataKey"];
            /** @description The value. */
            value: unknown;
            /**
             * Format: date-time
             * @description When it was last written.
             */
            updatedAt: string;
        };
        /**
         * @description Where plugin data lives: `local` on this device, `serverData` with the server.
         * @enum {string}
         */
        PluginDataStorage: "local" | "serverData";
        /** @description An embed renderer the plugin adds (needs `ui.embeds`). */
        PluginEmbedContribution: {
            /** @description Id of the contribution, unique within the plugin. */
            id: components["schemas"]["DataKey"];
            /** @description Title shown to the user. */
            title: components["schemas"]["DisplayText"];
            /** @description A longer explanation shown as a tooltip or subtitle. */
            description?: string;
            /** @description Icon image, a path inside the plugin folder. */
            icon?: components["schemas"]["RelativePath"];
            /** @description What the renderer handles. */
            match?: components["schemas"]["PluginEmbedMatch"];
        };
        /** @description Which links or attachments an embed renderer handles. */
        PluginEmbedMatch: {
            /** @description Link URLs starting with one of these prefixes. */
            urlPrefixes?: components["schemas"]["HttpUrl"][];
            /** @description Attachments of these media types, for example `image/png` or `application/*`. */
            mediaTypes?: components["schemas"]["MediaTypePattern"][];
        };
        /** @description The server accepted the caller's plugin event. */
        PluginEventAcceptedEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "plugin_event_accepted";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The event. */
            eventId: components["schemas"]["EntityId"];
            /** @description Number of sockets the event was delivered to. */
            deliveredTo: number;
        };
        /** @description A plugin event as declared in the manifest; registered with the server when a server requires the plugin. */
        PluginEventDeclaration: {
            /** @description Name of the event, unique within the plugin. */
            eventName: components["schemas"]["EventName"];
            /** @description Who may send the event. */
            direction: components["schemas"]["PluginEventDirection"];
            /** @description Who receives the event. */
            scope: components["schemas"]["PluginScope"];
            /** @description JSON Schema (2020-12) the payload must match. */
            schema?: components["schemas"]["JsonSchemaDocument"];
            /**
             * Format: int32
             * @description Largest payload accepted, in UTF-8 bytes of its JSON text (default 65,536).
             */
            maxPayloadBytes?: number;
        };
        /** @description A plugin event registered on a server; the server validates every `plugin_event` against it. */
        PluginEventDefinition: {
            /** @description The plugin the event belongs to. */
            pluginId: components["schemas"]["PluginId"];
            /** @description Name of the event. */
            eventName: components["schemas"]["EventName"];
            /** @description Who may send the event. */
            direction: components["schemas"]["PluginEventDirection"];
            /** @description Who receives the event. */
            scope: components["schemas"]["PluginScope"];
            /** @description JSON Schema (2020-12) the payload must match. */
            schema?: components["schemas"]["JsonSchemaDocument"];
            /**
             * Format: int32
             * @description Largest payload accepted, in UTF-8 bytes of its JSON text.
             */
            maxPayloadBytes: number;
            /**
             * Format: date-time
             * @description When the definition last changed.
             */
            updatedAt: string;
        };
        /** @description Body of `PUT /api/servers/{serverId}/plugins/{pluginId}/events/{eventName}`. */
        PluginEventDefinitionInput: {
            /** @description Who may send the event. */
            direction: components["schemas"]["PluginEventDirection"];
            /** @description Who receives the event. */
            scope: components["schemas"]["PluginScope"];
            /** @description JSON Schema (2020-12) the payload must match: at most 16 KiB, local `$ref` only. */
            schema?: components["schemas"]["JsonSchemaDocument"];
            /**
             * Format: int32
             * @description Largest payload accepted, in UTF-8 bytes of its JSON text (default 65,536).
             */
            maxPayloadBytes?: number;
        };
        /**
         * @description Who may send a plugin event: `clientToServer` (a client, relayed by the server), `serverRelay` (the server only), `p2pHint` (a client, to one peer).
         * @enum {string}
         */
        PluginEventDirection: "clientToServer" | "serverRelay" | "p2pHint";
        /** @description A plugin event sent by a client. */
        PluginEventEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "plugin_event";
            /** @description Echoed on the reply. */
            requestId?: components["schemas"]["RequestId"];
            /** @description Client-chosen id, echoed on `plugin_event_accepted` or `plugin_event_rejected`. */
            eventId: components["schemas"]["EntityId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description The event. */
            eventName: components["schemas"]["EventName"];
            /** @description Must equal the definition's direction; `serverRelay` is the server's own. */
            direction: components["schemas"]["PluginEventDirection"];
            /** @description Target channel (`channel` scope). */
            channelId?: components["schemas"]["EntityId"];
            /** @description Target user (`user` scope and `p2pHint`). */
            targetUserId?: components["schemas"]["EntityId"];
            /** @description Any JSON value; its JSON text must fit the definition's `maxPayloadBytes`. */
            payload: unknown;
        };
        /**
         * @description Sizes of plugin events and their definitions.
         * @enum {number}
         */
        PluginEventLimit: 65536 | 1048576 | 16384;
        /**
         * @description Defaults of the per-connection token bucket (env `PLUGIN_EVENT_RATE` and `PLUGIN_EVENT_BURST`, names kept from when it limited `plugin_event` only): after `identify`, every client frame takes one token before any other check, accepted or refused alike, and an empty bucket answers `rate_limited`.
         * @enum {number}
         */
        PluginEventRateDefault: 50 | 100;
        /** @description The server refused the caller's plugin event; nobody else received it. */
        PluginEventRejectedEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "plugin_event_rejected";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The event. */
            eventId: components["schemas"]["EntityId"];
            /** @description Why. */
            code: components["schemas"]["PluginEventRejectionCode"];
            /** @description Human-readable explanation. */
            message: string;
            /** @description The problems found, at most 20. */
            details?: components["schemas"]["ErrorDetail"][];
        };
        /**
         * @description Why the server refused a `plugin_event` (checked in this order).
         * @enum {string}
         */
        PluginEventRejectionCode: "rate_limited" | "invalid_envelope" | "not_member" | "plugin_blocked" | "unknown_event" | "direction_not_allowed" | "invalid_target" | "payload_too_large" | "schema_mismatch";
        /** @description Plugin identifier: lower-case letters, digits, dots and dashes, 3 to 128 characters, starting and ending with a letter or digit. */
        PluginId: string;
        /** @description Where an installed plugin came from: `source.json` in its folder, written by `installPluginFromUrl`. */
        PluginInstallSource: {
            /** @description The manifest URL it was installed (and is updated) from. */
            url: components["schemas"]["HttpUrl"];
            /** @description The origin of that URL, which the user approved. */
            origin: components["schemas"]["HttpOrigin"];
            /**
             * Format: date-time
             * @description When it was installed or last updated.
             */
            installedAt: string;
            /** @description The downloaded module file inside the folder, when the manifest names a remote bundle instead of an entrypoint. */
            entrypoint?: components["schemas"]["RelativePath"];
        };
        /**
         * @description Where a plugin's code runs. `none`: in the app's page, every host API call checked against its grants. `worker`: in a
         *     dedicated Web Worker with no DOM, no storage of the page and no network; the same host API reaches it through a
         *     message channel and is checked on the host side, and its pages, panels, channel sections, embeds and settings are drawn
         *     from the HTML it hands over into sandboxed frames without scripts.
         * @enum {string}
         */
        PluginIsolation: "none" | "worker";
        /**
         * @description What a plugin is: `client` loads a module, `library` is a module other plugins require, `theme` ships stylesheets only and has no module.
         * @enum {string}
         */
        PluginKind: "client" | "library" | "theme";
        /**
         * @description Lifecycle state of a plugin in the renderer runtime: `discovered → validated → blocked | loading → ready → loaded → failed | unloading → unloaded → disabled`.
         * @enum {string}
         */
        PluginLifecycleState: "discovered" | "validated" | "blocked" | "loading" | "ready" | "loaded" | "failed" | "unloading" | "unloaded" | "disabled";
        /** @description Load options. */
        PluginLoadOptions: {
            /** @description Activation order among plugins activated together. */
            priority?: components["schemas"]["LoadPriority"];
        };
        /** @description A page the plugin adds (needs `ui.pages`). */
        PluginPageContribution: {
            /** @description Id of the contribution, unique within the plugin. */
            id: components["schemas"]["DataKey"];
            /** @description Title shown to the user. */
            title: components["schemas"]["DisplayText"];
            /** @description A longer explanation shown as a tooltip or subtitle. */
            description?: string;
            /** @description Icon image, a path inside the plugin folder. */
            icon?: components["schemas"]["RelativePath"];
        };
        /** @description A panel the plugin adds (needs `ui.panels`). */
        PluginPanelContribution: {
            /** @description Id of the contribution, unique within the plugin. */
            id: components["schemas"]["DataKey"];
            /** @description Title shown to the user. */
            title: components["schemas"]["DisplayText"];
            /** @description A longer explanation shown as a tooltip or subtitle. */
            description?: string;
            /** @description Icon image, a path inside the plugin folder. */
            icon?: components["schemas"]["RelativePath"];
            /** @description Where the panel is shown (default `right`). */
            location?: components["schemas"]["PluginPanelLocation"];
        };
        /**
         * @description Where a panel is shown.
         * @enum {string}
         */
        PluginPanelLocation: "left" | "right" | "bottom";
        /** @description A plugin this plugin relates to. */
        PluginRelationship: {
            /** @description The related plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description The versions of the related plugin this relationship applies to (semver range). */
            versionRange?: components["schemas"]["SemVerRange"];
        };
        /** @description How this plugin relates to other plugins; resolved at activation. */
        PluginRelationships: {
            /** @description Plugins that must be present and active first; a missing one blocks activation. */
            requires?: components["schemas"]["PluginRelationship"][];
            /** @description Plugins used when present, activated first when they are. */
            optional?: components["schemas"]["PluginRelationship"][];
            /** @description Plugins that cannot run together with this one. */
            conflicts?: components["schemas"]["PluginRelationship"][];
            /** @description Plugins this one activates before. */
            before?: components["schemas"]["PluginRelationship"][];
            /** @description Plugins this one activates after. */
            after?: components["schemas"]["PluginRelationship"][];
        };
        /** @description A server's requirement for one plugin. */
        PluginRequirement: {
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description What the server says about it. */
            status: components["schemas"]["PluginRequirementStatus"];
            /** @description The plugin versions the requirement applies to. */
            versionRange?: components["schemas"]["SemVerRange"];
            /** @description Where to install the plugin from. */
            installUrl?: components["schemas"]["HttpUrl"];
            /** @description Where the plugin's source is. */
            sourceUrl?: components["schemas"]["HttpUrl"];
            /** @description The plugin's manifest; its `events[]` are registered with the requirement. */
            manifest?: components["schemas"]["TojuPluginManifest"];
            /**
             * Format: date-time
             * @description When the requirement last changed.
             */
            updatedAt: string;
        };
        /** @description Body of `PUT /api/servers/{serverId}/plugins/{pluginId}/requirement`. */
        PluginRequirementInput: {
            /** @description What the server says about the plugin. */
            status: components["schemas"]["PluginRequirementStatus"];
            /** @description The plugin versions the requirement applies to. */
            versionRange?: components["schemas"]["SemVerRange"];
            /** @description Where to install the plugin from. */
            installUrl?: components["schemas"]["HttpUrl"];
            /** @description Where the plugin's source is. */
            sourceUrl?: components["schemas"]["HttpUrl"];
            /** @description The plugin's manifest; its `id` must equal the path's `pluginId`, and its `events[]` are upserted in the same transaction. */
            manifest?: components["schemas"]["TojuPluginManifest"];
        };
        /**
         * @description What a server says about a plugin.
         * @enum {string}
         */
        PluginRequirementStatus: "required" | "optional" | "recommended" | "blocked" | "incompatible";
        /** @description A server's plugin requirements or event definitions changed. */
        PluginRequirementsChangedEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "plugin_requirements_changed";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The new snapshot. */
            snapshot: components["schemas"]["PluginRequirementsSnapshot"];
        };
        /** @description Every plugin requirement and event definition of one server. */
        PluginRequirementsSnapshot: {
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /**
             * Format: int64
             * @description Rises by one with every change to the server's requirements or events.
             */
            revision: number;
            /** @description Requirements, sorted by `pluginId`. */
            requirements: components["schemas"]["PluginRequirement"][];
            /** @description Event definitions, sorted by `pluginId` then `eventName`. */
            events: components["schemas"]["PluginEventDefinition"][];
        };
        /**
         * @description Who receives a plugin event, or what plugin data is kept per: `server`, `channel`, `user` or `plugin`.
         * @enum {string}
         */
        PluginScope: "server" | "channel" | "user" | "plugin";
        /** @description A settings UI the plugin registers at run time (needs `ui.settings`). */
        PluginSettingsContribution: {
            /** @description Id of the contribution, unique within the plugin. */
            id: components["schemas"]["DataKey"];
            /** @description Title shown to the user. */
            title: components["schemas"]["DisplayText"];
            /** @description A longer explanation shown as a tooltip or subtitle. */
            description?: string;
            /** @description Icon image, a path inside the plugin folder. */
            icon?: components["schemas"]["RelativePath"];
        };
        /** @description Settings the host renders as a form: a JSON Schema (2020-12) with `type: "object"`. */
        PluginSettingsSchema: {
            /**
             * @description Always `object`.
             * @enum {string}
             */
            type: "object";
        } & {
            [key: string]: unknown;
        };
        /** @description A plugin's settings values: a JSON object whose shape the plugin's `settings` schema gives. */
        PluginSettingsValues: {
            [key: string]: unknown;
        };
        /** @description Fields every UI contribution has. */
        PluginUiContributionBase: {
            /** @description Id of the contribution, unique within the plugin. */
            id: components["schemas"]["DataKey"];
            /** @description Title shown to the user. */
            title: components["schemas"]["DisplayText"];
            /** @description A longer explanation shown as a tooltip or subtitle. */
            description?: string;
            /** @description Icon image, a path inside the plugin folder. */
            icon?: components["schemas"]["RelativePath"];
        };
        /** @description UI the plugin contributes; each list needs its `ui.*` capability. */
        PluginUiContributions: {
            /** @description Pages (needs `ui.pages`). */
            pages?: components["schemas"]["PluginPageContribution"][];
            /** @description Panels (needs `ui.panels`). */
            panels?: components["schemas"]["PluginPanelContribution"][];
            /** @description Actions (needs `ui.actions`). */
            actions?: components["schemas"]["PluginActionContribution"][];
            /** @description Channel sections (needs `ui.channelSections`). */
            channelSections?: components["schemas"]["PluginChannelSectionContribution"][];
            /** @description Embed renderers (needs `ui.embeds`). */
            embeds?: components["schemas"]["PluginEmbedContribution"][];
            /** @description Settings UIs registered at run time (needs `ui.settings`). */
            settings?: components["schemas"]["PluginSettingsContribution"][];
            /** @description Slash commands (needs `ui.commands`). */
            commands?: components["schemas"]["PluginCommandContribution"][];
            /** @description Stylesheets the host loads with the plugin, paths inside the plugin folder. A `theme` lists at least one. */
            stylesheets?: components["schemas"]["RelativePath"][];
        };
        /** @description The synthetic user a plugin posts as (needs `messages.sendAsPluginUser`). */
        PluginUser: {
            /** @description The name shown on messages the plugin posts. */
            displayName: components["schemas"]["DisplayText"];
            /** @description Avatar image URL. */
            avatarUrl?: components["schemas"]["HttpUrl"];
        };
        /**
         * @description Whose desktop state a request reads or writes: the signed-in user's id. Grants, disabled choices, plugin data and
         *     settings values are kept per user, so two people signing in on one device never see each other's; absent means the
         *     signed-out state of the device.
         */
        ProfileScoped: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
        };
        /**
         * @description What one user may create; over a quota the request is refused with 403 `quota_exceeded` and nothing changes.
         * @enum {number}
         */
        Quota: 100 | 50 | 200 | 500 | 4194304;
        /** @description Request of `readLocalPluginFile`: a file inside a discovered plugin's root. */
        ReadLocalPluginFileRequest: {
            /** @description Absolute real path of the plugin folder, as discovery returned it. */
            pluginRoot: string;
            /** @description Path of the file inside the plugin folder. */
            path: components["schemas"]["RelativePath"];
        };
        /** @description A path relative to the plugin root, with '/' or '\' separators: never absolute, never a drive path, no '..' segment and no NUL character. */
        RelativePath: string;
        /** @description A WebRTC signal from another member of the server. */
        RelayedP2pSignalEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "p2p_signal";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The member who sent the signal. */
            sourceUserId: components["schemas"]["EntityId"];
            /** @description The signal. */
            signal: components["schemas"]["P2pSignal"];
        };
        /** @description A plugin event relayed by the server. */
        RelayedPluginEventEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "plugin_event";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The sender's event id. */
            eventId: components["schemas"]["EntityId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description The event. */
            eventName: components["schemas"]["EventName"];
            /** @description The event's direction. */
            direction: components["schemas"]["PluginEventDirection"];
            /** @description The event's scope, from its definition. */
            scope: components["schemas"]["PluginScope"];
            /** @description Target channel. */
            channelId?: components["schemas"]["EntityId"];
            /** @description Target user. */
            targetUserId?: components["schemas"]["EntityId"];
            /** @description The user who sent the event. */
            sourceUserId: components["schemas"]["EntityId"];
            /**
             * Format: date-time
             * @description When the server accepted the event.
             */
            sentAt: string;
            /** @description The payload as sent. */
            payload: unknown;
        };
        /** @description A client request id, echoed on the reply (the shape of an `EntityId`). */
        RequestId: string;
        /**
         * @description Sizes of what a client sends.
         * @enum {number}
         */
        RequestSizeLimit: 262144 | 1048576 | 65536 | 8388608;
        /** @description A role of a server (`GET /api/servers/{serverId}/roles`). */
        Role: {
            /** @description The role. */
            id: components["schemas"]["RoleId"];
            /** @description Its name for people. */
            name: components["schemas"]["DisplayText"];
            /** @description What it may do. */
            permissions: components["schemas"]["ServerPermission"][];
        };
        /**
         * @description The fixed roles of a server member: the owner, admins (members with `manageServer`) and members.
         * @enum {string}
         */
        RoleId: "owner" | "admin" | "member";
        /**
         * @description Who may call a REST route: the `x-toju-permission` of every operation in the published OpenAPI document. A route that acts on a server (a `serverId` path parameter) answers 404 for an unknown server before it checks `member`, `manageServer` or `owner` (403), and a route that acts on a channel of it (a `channelId` path parameter) answers 404 for a channel that is not in that server after the 403.
         * @enum {string}
         */
        RoutePermission: "none" | "user" | "member" | "manageServer" | "owner";
        /** @description Request of `savePluginClientData`: the whole values object, validated against the installed plugin's `settings` schema. */
        SavePluginClientDataCommand: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description The values (at most 64 KiB as JSON). */
            values: components["schemas"]["PluginSettingsValues"];
        };
        /** @description Request of `savePluginData` (the seed's `SavePluginData` command). */
        SavePluginDataCommand: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The plugin. */
            pluginId: components["schemas"]["PluginId"];
            /** @description What the entry is kept per. */
            scope: components["schemas"]["PluginScope"];
            /** @description Id of the server, channel or user the entry is kept for; absent for `plugin` scope. */
            scopeId?: components["schemas"]["EntityId"];
            /** @description The entry's key. */
            key: components["schemas"]["DataKey"];
            /** @description The value, any JSON (at most 1 MiB as JSON text; a plugin's entries share a 10 MiB quota). */
            value: unknown;
        };
        /** @description A semantic version (semver.org 2.0.0), for example `1.4.0` or `2.0.0-beta.1`. */
        SemVer: string;
        /** @description A semver range as npm understands it, for example `^1.2.0` or `>=1.0.0 <3`. Checked with `semver.validRange`. */
        SemVerRange: string;
        /** @description Post a chat message to a channel (members only); the server stores it, then sends the `message` envelope to every socket joined to the server (the sender's copy carries this `requestId`), or answers with an `error`. */
        SendMessageEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "send_message";
            /** @description Echoed on the reply. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The channel. */
            channelId: components["schemas"]["EntityId"];
            /** @description The message text; may be empty only when attachments are sent (`invalid_envelope` otherwise). */
            content: components["schemas"]["MessageContent"];
            /** @description Attachments the sender uploaded to this channel and has not attached to another message, at most 10, each once (`invalid_envelope` otherwise; `forbidden` for another user's upload). */
            attachmentIds?: components["schemas"]["EntityId"][];
            /** @description Post as this plugin's plugin user: the message carries `pluginId` and the requirement manifest's `pluginUser.displayName` (the plugin id when there is none). Refused (`forbidden`) when the server blocks the plugin. */
            asPluginId?: components["schemas"]["PluginId"];
        };
        /** @description A server (a community with channels, members and plugins). */
        Server: {
            /** @description Id of the server. */
            id: components["schemas"]["EntityId"];
            /** @description Name of the server. */
            name: components["schemas"]["DisplayText"];
            /** @description The user who created the server; the owner has every permission. */
            ownerId: components["schemas"]["EntityId"];
            /** @description Channels of the server; a `general` channel always exists. */
            channels: components["schemas"]["Channel"][];
        };
        /** @description A frame the server sends. */
        ServerEnvelope: components["schemas"]["IdentifiedEnvelope"] | components["schemas"]["ServerJoinedEnvelope"] | components["schemas"]["ServerViewedEnvelope"] | components["schemas"]["ServerLeftEnvelope"] | components["schemas"]["ActivePluginsSetEnvelope"] | components["schemas"]["PluginRequirementsChangedEnvelope"] | components["schemas"]["RelayedPluginEventEnvelope"] | components["schemas"]["PluginEventAcceptedEnvelope"] | components["schemas"]["PluginEventRejectedEnvelope"] | components["schemas"]["MessageEnvelope"] | components["schemas"]["MemberJoinedEnvelope"] | components["schemas"]["MemberLeftEnvelope"] | components["schemas"]["ChannelCreatedEnvelope"] | components["schemas"]["RelayedP2pSignalEnvelope"] | components["schemas"]["ErrorEnvelope"];
        /** @description The caller joined a server. */
        ServerJoinedEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "server_joined";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The server's plugin requirements and events. */
            pluginRequirements: components["schemas"]["PluginRequirementsSnapshot"];
        };
        /** @description The socket no longer receives the server's events. */
        ServerLeftEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "server_left";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
        };
        /**
         * @description A permission a role carries.
         * @enum {string}
         */
        ServerPermission: "manageServer" | "manageMembers";
        /** @description A server in a list (`GET /api/servers`). */
        ServerSummary: {
            /** @description Id of the server. */
            id: components["schemas"]["EntityId"];
            /** @description Name of the server. */
            name: components["schemas"]["DisplayText"];
            /** @description The user who created the server. */
            ownerId: components["schemas"]["EntityId"];
        };
        /** @description The caller watches a server. */
        ServerViewedEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "server_viewed";
            /** @description Echo of the request's id. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The server's plugin requirements and events. */
            pluginRequirements: components["schemas"]["PluginRequirementsSnapshot"];
        };
        /**
         * @description Sessions.
         * @enum {number}
         */
        SessionDefault: 2592000;
        /** @description A bearer token, as returned by register and login. */
        SessionToken: string;
        /** @description Tell the server which plugins are active on this socket; `plugin`-scoped events reach only sockets that list the plugin. */
        SetActivePluginsEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "set_active_plugins";
            /** @description Echoed on the reply. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server. */
            serverId: components["schemas"]["EntityId"];
            /** @description The active plugins (replaces the previous list). */
            pluginIds: components["schemas"]["PluginId"][];
        };
        /**
         * @description The Toju plugin manifest, `toju-plugin.json` (or `plugin.json`) at the root of a plugin folder.
         *     Unknown properties are errors. Add `"$schema": "https://schemas.toju.chat/plugin-system/v1/toju-plugin.schema.json"` for editor completion.
         */
        TojuPluginManifest: {
            /** @description The JSON Schema this file follows, for editors. */
            $schema?: string;
            /** @description Unique id of the plugin. */
            id: components["schemas"]["PluginId"];
            /** @description Name shown to users. */
            title: components["schemas"]["DisplayText"];
            /** @description What the plugin does, shown to users. */
            description: string;
            /** @description Version of the plugin (semver). */
            version: components["schemas"]["SemVer"];
            /** @description The host API major the plugin is written against (`"1"`). */
            apiVersion: components["schemas"]["ApiVersion"];
            /** @description What the plugin is. */
            kind: components["schemas"]["PluginKind"];
            /**
             * @description Version of this manifest format; always `1`.
             * @enum {number}
             */
            schemaVersion: 1;
            /** @description The Toju versions the plugin works with. */
            compatibility: components["schemas"]["PluginCompatibility"];
            /** @description The ES module to import, a path inside the plugin folder (`client` and `library` need this or `bundle`). */
            entrypoint?: components["schemas"]["RelativePath"];
            /** @description Where remote or store-installed code is downloaded from. */
            bundle?: components["schemas"]["PluginBundle"];
            /** @description Capabilities the plugin asks the user to grant, each at most once. */
            capabilities?: components["schemas"]["Capability"][];
            /** @description Events the plugin publishes or receives. */
            events?: components["schemas"]["PluginEventDeclaration"][];
            /** @description Data entries the plugin keeps. */
            data?: components["schemas"]["PluginDataDeclaration"][];
            /** @description UI the plugin contributes. */
            ui?: components["schemas"]["PluginUiContributions"];
            /** @description Settings form, as a JSON Schema object. */
            settings?: components["schemas"]["PluginSettingsSchema"];
            /** @description How this plugin relates to other plugins. */
            relationships?: components["schemas"]["PluginRelationships"];
            /** @description Who wrote the plugin. */
            authors?: components["schemas"]["PluginAuthor"][];
            /** @description The synthetic user the plugin posts as. */
            pluginUser?: components["schemas"]["PluginUser"];
            /** @description Where the plugin activates (default `global`). */
            scope?: components["schemas"]["PluginActivationScope"];
            /** @description Project home page. */
            homepage?: components["schemas"]["HttpUrl"];
            /** @description Change log page. */
            changelog?: components["schemas"]["HttpUrl"];
            /** @description License, as an SPDX expression such as `MIT` or `(MIT OR Apache-2.0)`. */
            license?: string;
            /** @description README, a path inside the plugin folder. */
            readme?: components["schemas"]["RelativePath"];
            /** @description Load options. */
            load?: components["schemas"]["PluginLoadOptions"];
            /** @description Where the plugin's code runs (default `none`: in the app's page). */
            isolation?: components["schemas"]["PluginIsolation"];
        };
        /** @description Request of `uninstallPlugin`. */
        UninstallPluginRequest: {
            /** @description The signed-in user, or absent when nobody is signed in. */
            profileId?: components["schemas"]["EntityId"];
            /** @description The installed plugin to remove. */
            pluginId: components["schemas"]["PluginId"];
        };
        /** @description Result of `uninstallPlugin`. */
        UninstallPluginResult: {
            /** @description The plugin folder that was removed. */
            removedPath: string;
            /** @description Whether the user's data and settings values of the plugin were removed too. */
            dataRemoved: boolean;
        };
        /** @description A user. */
        User: {
            /** @description Id of the user. */
            id: components["schemas"]["EntityId"];
            /** @description The user name. */
            username: components["schemas"]["Username"];
        };
        /** @description The signed-in user's profile (`GET /api/users/me`). */
        UserProfile: {
            /** @description Id of the user. */
            id: components["schemas"]["EntityId"];
            /** @description The user name. */
            username: components["schemas"]["Username"];
            /** @description The name shown instead of the user name, when set. */
            displayName?: components["schemas"]["DisplayText"];
            /** @description An http(s) URL of the user's picture, when set. */
            avatarUrl?: components["schemas"]["HttpUrl"];
        };
        /** @description A user name: 3 to 32 letters, digits, '.', '_' or '-'. */
        Username: string;
        /** @description Watch a server without joining it. */
        ViewServerEnvelope: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "view_server";
            /** @description Echoed on the reply. */
            requestId?: components["schemas"]["RequestId"];
            /** @description The server to watch. */
            serverId: components["schemas"]["EntityId"];
        };
        /**
         * @description What the server keeps for one socket that does not read (backpressure).
         * @enum {number}
         */
        WebSocketBufferLimit: 8388608 | 1000;
        /**
         * @description Close codes the server sends on `/ws`.
         * @enum {number}
         */
        WebSocketCloseCode: 4401 | 1009 | 1001 | 1013;
        /**
         * @description Codes of the `error` envelope.
         * @enum {string}
         */
        WebSocketErrorCode: "invalid_envelope" | "unauthenticated" | "forbidden" | "not_found" | "not_member" | "rate_limited" | "internal";
        /**
         * @description Timings of `/ws`, in milliseconds.
         * @enum {number}
         */
        WebSocketTiming: 10000 | 30000;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ActivePluginsSetEnvelope = components['schemas']['ActivePluginsSetEnvelope'];
export type ApiError = components['schemas']['ApiError'];
export type ApiErrorCode = components['schemas']['ApiErrorCode'];
export type ApiVersion = components['schemas']['ApiVersion'];
export type Attachment = components['schemas']['Attachment'];
export type AuthSession = components['schemas']['AuthSession'];
export type AuthThrottleLimit = components['schemas']['AuthThrottleLimit'];
export type Capability = components['schemas']['Capability'];
export type Channel = components['schemas']['Channel'];
export type ChannelCreatedEnvelope = components['schemas']['ChannelCreatedEnvelope'];
export type ChatMessage = components['schemas']['ChatMessage'];
export type ClientEnvelope = components['schemas']['ClientEnvelope'];
export type CreateChannelRequest = components['schemas']['CreateChannelRequest'];
export type CreateServerRequest = components['schemas']['CreateServerRequest'];
export type Credentials = components['schemas']['Credentials'];
export type DataKey = components['schemas']['DataKey'];
export type DeletePluginDataCommand = components['schemas']['DeletePluginDataCommand'];
export type DeletePluginDataResult = components['schemas']['DeletePluginDataResult'];
export type DependencyHealth = components['schemas']['DependencyHealth'];
export type DesktopStateQuery = components['schemas']['DesktopStateQuery'];
export type DisabledPlugins = components['schemas']['DisabledPlugins'];
export type DisplayText = components['schemas']['DisplayText'];
export type EntityId = components['schemas']['EntityId'];
export type ErrorBodyLimit = components['schemas']['ErrorBodyLimit'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];
export type EventName = components['schemas']['EventName'];
export type FileName = components['schemas']['FileName'];
export type GetPluginDataQuery = components['schemas']['GetPluginDataQuery'];
export type GetPluginDataResult = components['schemas']['GetPluginDataResult'];
export type HealthStatus = components['schemas']['HealthStatus'];
export type HttpOrigin = components['schemas']['HttpOrigin'];
export type HttpUrl = components['schemas']['HttpUrl'];
export type IdentifiedEnvelope = components['schemas']['IdentifiedEnvelope'];
export type IdentifyEnvelope = components['schemas']['IdentifyEnvelope'];
export type InstallPluginFromUrlRequest = components['schemas']['InstallPluginFromUrlRequest'];
export type InstallPluginResult = components['schemas']['InstallPluginResult'];
export type IntegrityHash = components['schemas']['IntegrityHash'];
export type IpcError = components['schemas']['IpcError'];
export type IpcErrorCode = components['schemas']['IpcErrorCode'];
export type JoinServerEnvelope = components['schemas']['JoinServerEnvelope'];
export type JsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type LeaveServerEnvelope = components['schemas']['LeaveServerEnvelope'];
export type LoadPriority = components['schemas']['LoadPriority'];
export type LocalPluginDiscoveryError = components['schemas']['LocalPluginDiscoveryError'];
export type LocalPluginDiscoveryErrorCode = components['schemas']['LocalPluginDiscoveryErrorCode'];
export type LocalPluginDiscoveryResult = components['schemas']['LocalPluginDiscoveryResult'];
export type LocalPluginFile = components['schemas']['LocalPluginFile'];
export type LocalPluginManifestDescriptor = components['schemas']['LocalPluginManifestDescriptor'];
export type LocalPluginsPathResult = components['schemas']['LocalPluginsPathResult'];
export type ManifestIssue = components['schemas']['ManifestIssue'];
export type ManifestIssueCode = components['schemas']['ManifestIssueCode'];
export type ManifestValidationReport = components['schemas']['ManifestValidationReport'];
export type MediaType = components['schemas']['MediaType'];
export type MediaTypePattern = components['schemas']['MediaTypePattern'];
export type Member = components['schemas']['Member'];
export type MemberJoinedEnvelope = components['schemas']['MemberJoinedEnvelope'];
export type MemberLeftEnvelope = components['schemas']['MemberLeftEnvelope'];
export type MemberPermissions = components['schemas']['MemberPermissions'];
export type Membership = components['schemas']['Membership'];
export type MessageContent = components['schemas']['MessageContent'];
export type MessageEnvelope = components['schemas']['MessageEnvelope'];
export type MessagePageLimit = components['schemas']['MessagePageLimit'];
export type MessagePageSize = components['schemas']['MessagePageSize'];
export type P2pCandidateSignal = components['schemas']['P2pCandidateSignal'];
export type P2pDescriptionSignal = components['schemas']['P2pDescriptionSignal'];
export type P2pSignal = components['schemas']['P2pSignal'];
export type P2pSignalEnvelope = components['schemas']['P2pSignalEnvelope'];
export type Password = components['schemas']['Password'];
export type PluginActionContext = components['schemas']['PluginActionContext'];
export type PluginActionContribution = components['schemas']['PluginActionContribution'];
export type PluginActivationNoticeCode = components['schemas']['PluginActivationNoticeCode'];
export type PluginActivationReason = components['schemas']['PluginActivationReason'];
export type PluginActivationReasonCode = components['schemas']['PluginActivationReasonCode'];
export type PluginActivationScope = components['schemas']['PluginActivationScope'];
export type PluginAuthor = components['schemas']['PluginAuthor'];
export type PluginBundle = components['schemas']['PluginBundle'];
export type PluginCapabilityGrant = components['schemas']['PluginCapabilityGrant'];
export type PluginCapabilityGrants = components['schemas']['PluginCapabilityGrants'];
export type PluginChannelSectionContribution = components['schemas']['PluginChannelSectionContribution'];
export type PluginClientData = components['schemas']['PluginClientData'];
export type PluginClientDataQuery = components['schemas']['PluginClientDataQuery'];
export type PluginCommandContribution = components['schemas']['PluginCommandContribution'];
export type PluginCompatibility = components['schemas']['PluginCompatibility'];
export type PluginDataAddress = components['schemas']['PluginDataAddress'];
export type PluginDataDeclaration = components['schemas']['PluginDataDeclaration'];
export type PluginDataRecord = components['schemas']['PluginDataRecord'];
export type PluginDataStorage = components['schemas']['PluginDataStorage'];
export type PluginEmbedContribution = components['schemas']['PluginEmbedContribution'];
export type PluginEmbedMatch = components['schemas']['PluginEmbedMatch'];
export type PluginEventAcceptedEnvelope = components['schemas']['PluginEventAcceptedEnvelope'];
export type PluginEventDeclaration = components['schemas']['PluginEventDeclaration'];
export type PluginEventDefinition = components['schemas']['PluginEventDefinition'];
export type PluginEventDefinitionInput = components['schemas']['PluginEventDefinitionInput'];
export type PluginEventDirection = components['schemas']['PluginEventDirection'];
export type PluginEventEnvelope = components['schemas']['PluginEventEnvelope'];
export type PluginEventLimit = components['schemas']['PluginEventLimit'];
export type PluginEventRateDefault = components['schemas']['PluginEventRateDefault'];
export type PluginEventRejectedEnvelope = components['schemas']['PluginEventRejectedEnvelope'];
export type PluginEventRejectionCode = components['schemas']['PluginEventRejectionCode'];
export type PluginId = components['schemas']['PluginId'];
export type PluginInstallSource = components['schemas']['PluginInstallSource'];
export type PluginIsolation = components['schemas']['PluginIsolation'];
export type PluginKind = components['schemas']['PluginKind'];
export type PluginLifecycleState = components['schemas']['PluginLifecycleState'];
export type PluginLoadOptions = components['schemas']['PluginLoadOptions'];
export type PluginPageContribution = components['schemas']['PluginPageContribution'];
export type PluginPanelContribution = components['schemas']['PluginPanelContribution'];
export type PluginPanelLocation = components['schemas']['PluginPanelLocation'];
export type PluginRelationship = components['schemas']['PluginRelationship'];
export type PluginRelationships = components['schemas']['PluginRelationships'];
export type PluginRequirement = components['schemas']['PluginRequirement'];
export type PluginRequirementInput = components['schemas']['PluginRequirementInput'];
export type PluginRequirementStatus = components['schemas']['PluginRequirementStatus'];
export type PluginRequirementsChangedEnvelope = components['schemas']['PluginRequirementsChangedEnvelope'];
export type PluginRequirementsSnapshot = components['schemas']['PluginRequirementsSnapshot'];
export type PluginScope = components['schemas']['PluginScope'];
export type PluginSettingsContribution = components['schemas']['PluginSettingsContribution'];
export type PluginSettingsSchema = components['schemas']['PluginSettingsSchema'];
export type PluginSettingsValues = components['schemas']['PluginSettingsValues'];
export type PluginUiContributionBase = components['schemas']['PluginUiContributionBase'];
export type PluginUiContributions = components['schemas']['PluginUiContributions'];
export type PluginUser = components['schemas']['PluginUser'];
export type ProfileScoped = components['schemas']['ProfileScoped'];
export type Quota = components['schemas']['Quota'];
export type ReadLocalPluginFileRequest = components['schemas']['ReadLocalPluginFileRequest'];
export type RelativePath = components['schemas']['RelativePath'];
export type RelayedP2pSignalEnvelope = components['schemas']['RelayedP2pSignalEnvelope'];
export type RelayedPluginEventEnvelope = components['schemas']['RelayedPluginEventEnvelope'];
export type RequestId = components['schemas']['RequestId'];
export type RequestSizeLimit = components['schemas']['RequestSizeLimit'];
export type Role = components['schemas']['Role'];
export type RoleId = components['schemas']['RoleId'];
export type RoutePermission = components['schemas']['RoutePermission'];
export type SavePluginClientDataCommand = components['schemas']['SavePluginClientDataCommand'];
export type SavePluginDataCommand = components['schemas']['SavePluginDataCommand'];
export type SemVer = components['schemas']['SemVer'];
export type SemVerRange = components['schemas']['SemVerRange'];
export type SendMessageEnvelope = components['schemas']['SendMessageEnvelope'];
export type Server = components['schemas']['Server'];
export type ServerEnvelope = components['schemas']['ServerEnvelope'];
export type ServerJoinedEnvelope = components['schemas']['ServerJoinedEnvelope'];
export type ServerLeftEnvelope = components['schemas']['ServerLeftEnvelope'];
export type ServerPermission = components['schemas']['ServerPermission'];
export type ServerSummary = components['schemas']['ServerSummary'];
export type ServerViewedEnvelope = components['schemas']['ServerViewedEnvelope'];
export type SessionDefault = components['schemas']['SessionDefault'];
export type SessionToken = components['schemas']['SessionToken'];
export type SetActivePluginsEnvelope = components['schemas']['SetActivePluginsEnvelope'];
export type TojuPluginManifest = components['schemas']['TojuPluginManifest'];
export type UninstallPluginRequest = components['schemas']['UninstallPluginRequest'];
export type UninstallPluginResult = components['schemas']['UninstallPluginResult'];
export type User = components['schemas']['User'];
export type UserProfile = components['schemas']['UserProfile'];
export type Username = components['schemas']['Username'];
export type ViewServerEnvelope = components['schemas']['ViewServerEnvelope'];
export type WebSocketBufferLimit = components['schemas']['WebSocketBufferLimit'];
export type WebSocketCloseCode = components['schemas']['WebSocketCloseCode'];
export type WebSocketErrorCode = components['schemas']['WebSocketErrorCode'];
export type WebSocketTiming = components['schemas']['WebSocketTiming'];
export type $defs = Record<string, never>;
export interface operations {
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An attachment's bytes, as a download: never rendered in place. */
            200: {
                headers: {
                    /** @description `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): browsers save the file under its name instead of showing it. */
                    "content-disposition": string;
                    /** @description Always `nosniff`. */
                    "X-Content-Type-Options": "nosniff";
                    /** @description Always `private`: shared caches never keep a member's file. */
                    "Cache-Control": "private";
                    [name: string]: unknown;
                };
                content: {
                    "*/*": unknown;
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body exceeds 256 KiB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many failed sign-ins for this user name or from this client address (`rate_limited`); the password was not checked. */
            429: {
                headers: {
                    /** @description Seconds until the next attempt can be counted. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credentials"];
            };
        };
        responses: {
            /** @description The created resource. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The resource already exists, or the change conflicts with the server's state (`conflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body exceeds 256 KiB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description Too many failed sign-ins for this user name or from this client address (`rate_limited`); the password was not checked. */
            429: {
                headers: {
                    /** @description Seconds until the next attempt can be counted. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description A dependency (the database or Redis) is unavailable; the body is the same `HealthStatus` report, not an `ApiError`, and names which one. The server keeps retrying and answers 200 again once it recovers. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
    listServers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerSummary"][];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createServer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServerRequest"];
            };
        };
        responses: {
            /** @description The created resource. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Server"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body exceeds 256 KiB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Server"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelRequest"];
            };
        };
        responses: {
            /** @description The created resource. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The resource already exists, or the change conflicts with the server's state (`conflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body exceeds 256 KiB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query: {
                /** @description The file's name (shown to members and offered as the download's name; never used as a path). */
                name: components["schemas"]["FileName"];
            };
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                channelId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "*/*": unknown;
            };
        };
        responses: {
            /** @description The created resource. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The file exceeds 8 MiB (`payload_too_large`); nothing was kept. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Only messages older than this message. */
                before?: components["schemas"]["EntityId"];
                /** @description How many messages, 1 to 100 (default 50). */
                limit?: components["schemas"]["MessagePageSize"];
            };
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                channelId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessage"][];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"][];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    joinServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    leaveServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The resource already exists, or the change conflicts with the server's state (`conflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    setMemberPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                userId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberPermissions"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body exceeds 256 KiB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getPluginRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot, serialised once per revision: its strong `ETag` changes exactly when the snapshot does. */
            200: {
                headers: {
                    /** @description A strong validator of this serialisation (`"<revision>-<digest>"`); send it back as `If-None-Match` to get a 304 while the snapshot is unchanged. */
                    ETag: string;
                    /** @description Always `private, no-cache`: a client may keep the snapshot but revalidates it with `If-None-Match` before each use; shared caches never keep it. */
                    "Cache-Control": "private, no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PluginRequirementsSnapshot"];
                };
            };
            /** @description The `If-None-Match` request header names the current `ETag` (or is `*`): the client's copy is current; no body. */
            304: {
                headers: {
                    /** @description The current validator, as on a 200. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getPluginData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                pluginId: components["schemas"]["PluginId"];
                key: components["schemas"]["DataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The route is intentionally disabled (`gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    putPluginData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                pluginId: components["schemas"]["PluginId"];
                key: components["schemas"]["DataKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": unknown;
            };
        };
        responses: {
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The route is intentionally disabled (`gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body exceeds 256 KiB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deletePluginData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                pluginId: components["schemas"]["PluginId"];
                key: components["schemas"]["DataKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The route is intentionally disabled (`gone`). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    putPluginEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                pluginId: components["schemas"]["PluginId"];
                eventName: components["schemas"]["EventName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PluginEventDefinitionInput"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PluginEventDefinition"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body exceeds 256 KiB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deletePluginEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                pluginId: components["schemas"]["PluginId"];
                eventName: components["schemas"]["EventName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    putPluginRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                pluginId: components["schemas"]["PluginId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PluginRequirementInput"];
            };
        };
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PluginRequirement"];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The body exceeds 256 KiB (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    deletePluginRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
                pluginId: components["schemas"]["PluginId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resource was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                serverId: components["schemas"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            /** @description The request, a path id, a query parameter or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The caller lacks the permission (`forbidden`), or the change would exceed a quota (`quota_exceeded`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server, channel or resource does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserProfile"];
                };
            };
            /** @description No valid bearer token (`unauthenticated`). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description An unexpected server fault (`internal`); no details are revealed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiAttachmentsAttachmentIdGetResponses200HeadersXContentTypeOptionsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/attachments/{attachmentId}"]["get"]["responses"]["200"]["headers"]["X-Content-Type-Options"]> = ["nosniff"];
export const pathsApiAttachmentsAttachmentIdGetResponses200HeadersCacheControlValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/attachments/{attachmentId}"]["get"]["responses"]["200"]["headers"]["Cache-Control"]> = ["private"];
export const pathsApiServersServerIdPluginsGetResponses200HeadersCacheControlValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/servers/{serverId}/plugins"]["get"]["responses"]["200"]["headers"]["Cache-Control"]> = ["private, no-cache"];
export const activePluginsSetEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ActivePluginsSetEnvelope"]["type"]> = ["active_plugins_set"];
export const apiErrorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiErrorCode"]> = ["invalid_request", "unauthenticated", "forbidden", "quota_exceeded", "not_found", "conflict", "gone", "payload_too_large", "rate_limited", "internal"];
export const authThrottleLimitValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuthThrottleLimit"]> = [10, 60];
export const capabilityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Capability"]> = ["channels.read", "messages.read", "messages.send", "messages.sendAsPluginUser", "events.server.publish", "events.server.subscribe", "events.p2p.publish", "messageBus.publish", "messageBus.subscribe", "p2p.send", "p2p.receive", "profile.read", "users.read", "roles.read", "server.read", "attachments.read", "attachments.upload", "media.read", "storage.local", "storage.serverData", "clientData.read", "clientData.write", "ui.pages", "ui.panels", "ui.actions", "ui.channelSections", "ui.embeds", "ui.settings", "ui.commands"];
export const channelCreatedEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChannelCreatedEnvelope"]["type"]> = ["channel_created"];
export const dependencyHealthValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DependencyHealth"]> = ["ok", "unavailable", "disabled"];
export const errorBodyLimitValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorBodyLimit"]> = [50, 20, 2048, 1024];
export const errorEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorEnvelope"]["type"]> = ["error"];
export const healthStatusStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HealthStatus"]["status"]> = ["ok", "unavailable"];
export const identifiedEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IdentifiedEnvelope"]["type"]> = ["identified"];
export const identifyEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IdentifyEnvelope"]["type"]> = ["identify"];
export const ipcErrorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IpcErrorCode"]> = ["invalid_request", "not_found", "path_outside_root", "quota_exceeded", "state_corrupt", "unauthorized", "origin_not_approved", "download_failed", "invalid_manifest", "integrity_mismatch", "internal"];
export const joinServerEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["JoinServerEnvelope"]["type"]> = ["join_server"];
export const leaveServerEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LeaveServerEnvelope"]["type"]> = ["leave_server"];
export const loadPriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LoadPriority"]> = ["bootstrap", "high", "default", "low"];
export const localPluginDiscoveryErrorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LocalPluginDiscoveryErrorCode"]> = ["invalid_json", "manifest_too_large", "unreadable", "path_outside_root", "invalid_path", "missing_file", "not_a_file", "invalid_source"];
export const manifestIssueCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ManifestIssueCode"]> = ["missing_property", "unknown_property", "wrong_type", "not_allowed_value", "invalid_format", "out_of_bounds", "no_matching_variant", "schema_violation", "invalid_version", "invalid_version_range", "invalid_license", "missing_capability", "duplicate_capability", "duplicate_event", "duplicate_data_key", "duplicate_ui_id", "self_relationship", "module_required", "theme_has_module", "theme_needs_stylesheet", "insecure_bundle_url", "invalid_integrity", "invalid_embedded_schema", "non_local_ref", "embedded_schema_too_large", "unsupported_pattern", "unbounded_unique_items", "path_outside_root", "invalid_path", "missing_file", "not_a_file", "too_many_issues"];
export const memberJoinedEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MemberJoinedEnvelope"]["type"]> = ["member_joined"];
export const memberLeftEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MemberLeftEnvelope"]["type"]> = ["member_left"];
export const messageEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MessageEnvelope"]["type"]> = ["message"];
export const messagePageLimitValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MessagePageLimit"]> = [50, 100];
export const p2pSignalEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["P2pSignalEnvelope"]["type"]> = ["p2p_signal"];
export const pluginActionContextValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginActionContext"]> = ["message", "channel", "server", "user", "composer"];
export const pluginActivationNoticeCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginActivationNoticeCode"]> = ["ordering_cycle"];
export const pluginActivationReasonCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginActivationReasonCode"]> = ["duplicate_plugin", "disabled_by_user", "failed_earlier", "api_version_mismatch", "toju_version_too_old", "server_blocked", "server_incompatible", "server_version_mismatch", "not_required_by_server", "capabilities_not_granted", "missing_dependency", "dependency_version_mismatch", "dependency_blocked", "dependency_cycle", "conflict", "invalid_manifest", "module_load_failed", "api_unavailable", "hook_failed", "hook_timeout", "worker_unresponsive", "deactivated", "dependency_deactivated"];
export const pluginActivationScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginActivationScope"]> = ["global", "server"];
export const pluginDataStorageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginDataStorage"]> = ["local", "serverData"];
export const pluginEventAcceptedEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginEventAcceptedEnvelope"]["type"]> = ["plugin_event_accepted"];
export const pluginEventDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginEventDirection"]> = ["clientToServer", "serverRelay", "p2pHint"];
export const pluginEventEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginEventEnvelope"]["type"]> = ["plugin_event"];
export const pluginEventLimitValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginEventLimit"]> = [65536, 1048576, 16384];
export const pluginEventRateDefaultValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginEventRateDefault"]> = [50, 100];
export const pluginEventRejectedEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginEventRejectedEnvelope"]["type"]> = ["plugin_event_rejected"];
export const pluginEventRejectionCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginEventRejectionCode"]> = ["rate_limited", "invalid_envelope", "not_member", "plugin_blocked", "unknown_event", "direction_not_allowed", "invalid_target", "payload_too_large", "schema_mismatch"];
export const pluginIsolationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginIsolation"]> = ["none", "worker"];
export const pluginKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginKind"]> = ["client", "library", "theme"];
export const pluginLifecycleStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginLifecycleState"]> = ["discovered", "validated", "blocked", "loading", "ready", "loaded", "failed", "unloading", "unloaded", "disabled"];
export const pluginPanelLocationValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginPanelLocation"]> = ["left", "right", "bottom"];
export const pluginRequirementStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginRequirementStatus"]> = ["required", "optional", "recommended", "blocked", "incompatible"];
export const pluginRequirementsChangedEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginRequirementsChangedEnvelope"]["type"]> = ["plugin_requirements_changed"];
export const pluginScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginScope"]> = ["server", "channel", "user", "plugin"];
export const pluginSettingsSchemaTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PluginSettingsSchema"]["type"]> = ["object"];
export const quotaValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Quota"]> = [100, 50, 200, 500, 4194304];
export const relayedP2pSignalEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RelayedP2pSignalEnvelope"]["type"]> = ["p2p_signal"];
export const relayedPluginEventEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RelayedPluginEventEnvelope"]["type"]> = ["plugin_event"];
export const requestSizeLimitValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RequestSizeLimit"]> = [262144, 1048576, 65536, 8388608];
export const roleIdValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RoleId"]> = ["owner", "admin", "member"];
export const routePermissionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RoutePermission"]> = ["none", "user", "member", "manageServer", "owner"];
export const sendMessageEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SendMessageEnvelope"]["type"]> = ["send_message"];
export const serverJoinedEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServerJoinedEnvelope"]["type"]> = ["server_joined"];
export const serverLeftEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServerLeftEnvelope"]["type"]> = ["server_left"];
export const serverPermissionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServerPermission"]> = ["manageServer", "manageMembers"];
export const serverViewedEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServerViewedEnvelope"]["type"]> = ["server_viewed"];
export const sessionDefaultValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SessionDefault"]> = [2592000];
export const setActivePluginsEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SetActivePluginsEnvelope"]["type"]> = ["set_active_plugins"];
export const tojuPluginManifestSchemaVersionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TojuPluginManifest"]["schemaVersion"]> = [1];
export const viewServerEnvelopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ViewServerEnvelope"]["type"]> = ["view_server"];
export const webSocketBufferLimitValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebSocketBufferLimit"]> = [8388608, 1000];
export const webSocketCloseCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebSocketCloseCode"]> = [4401, 1009, 1001, 1013];
export const webSocketErrorCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebSocketErrorCode"]> = ["invalid_envelope", "unauthenticated", "forbidden", "not_found", "not_member", "rate_limited", "internal"];
export const webSocketTimingValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebSocketTiming"]> = [10000, 30000];
