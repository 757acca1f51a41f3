// Generated from spec/ by `npm run generate` (openapi-typescript). Do not edit.

export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sign in. */
        post: operations["login"];
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
        /** @description Create a user and sign in. */
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
        /** @description Whether the server accepts requests. */
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
        get?: never;
        put?: never;
        /** @description Create a server owned by the caller, with a `general` channel. */
        post: operations["createServer"];
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
        get?: never;
        put?: never;
        /** @description Join a server; returns the caller's membership (joining twice returns the same membership). */
        post: operations["joinServer"];
        delete?: never;
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
        /** @description The server's plugin requirements and event definitions. */
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
        /** @description Register or replace an event definition (needs `manageServer`). The schema must compile, use local `$ref` only and fit in 16 KiB. */
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
        /** @description Create or replace the requirement for a plugin (needs `manageServer`). A `manifest` is validated, its `id` must equal `pluginId`, and its `events[]` are upserted in the same transaction. */
        put: operations["putPluginRequirement"];
        post?: never;
        /** @description Remove the requirement for a plugin (needs `manageServer`). */
        delete: operations["deletePluginRequirement"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        ApiErrorCode: "invalid_request" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "gone" | "payload_too_large" | "rate_limited" | "internal";
        /** @description The host API major version the plugin is written against, as digits (the host's API major is `1`). */
        ApiVersion: string;
        /** @description A signed-in session. */
        AuthSession: {
            /** @description The signed-in user. */
            user: components["schemas"]["User"];
            /** @description Bearer token for `Authorization: Bearer <token>` and the websocket `identify` frame. */
            token: components["schemas"]["SessionToken"];
        };
        /**
         * @description A capability a plugin asks for in `capabilities[]`. The host grants each one per plugin; every host API method needs exactly one (`logger` and `context` need none).
         * @enum {string}
         */
        Capability: "channels.read" | "messages.read" | "messages.send" | "messages.sendAsPluginUser" | "events.server.publish" | "events.server.subscribe" | "events.p2p.publish" | "messageBus.publish" | "messageBus.subscribe" | "p2p.send" | "p2p.receive" | "profile.read" | "users.read" | "roles.read" | "server.read" | "attachments.read" | "attachments.upload" | "media.read" | "storage.local" | "storage.serverData" | "clientData.read" | "clientData.write" | "ui.pages" | "ui.panels" | "ui.actions" | "ui.channelSections" | "ui.embeds" | "ui.settings";
        /** @description A channel of a server. */
        Channel: {
            /** @description Id of the channel. */
            id: components["schemas"]["EntityId"];
            /** @description Name of the channel. */
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
        /** @description A human-readable display text of 1 to 128 characters. */
        DisplayText: string;
        /** @description Opaque identifier made by the server (server, user, channel, event and request ids): 1 to 64 letters, digits, '_' or '-'. */
        EntityId: string;
        /** @description One problem found in a request, an envelope or a payload. */
        ErrorDetail: {
            /** @description JSON pointer of the offending value (`/body/manifest/id`, `/path/pluginId`, `/payload/score`); empty for the whole value. */
            path: string;
            /** @description What is wrong with it. */
            message: string;
        };
        /** @description Plugin event name: lower-case letters, digits, '.', ':' and '-', 3 to 128 characters, starting with a letter and ending with a letter or digit. */
        EventName: string;
        /** @description The server's health. */
        HealthStatus: {
            /**
             * @description Always `ok` once the server accepts requests.
             * @enum {string}
             */
            status: "ok";
        };
        /**
         * Format: uri
         * @description An absolute http or https URL.
         */
        HttpUrl: string;
        /** @description A Subresource Integrity hash: `sha256-`, `sha384-` or `sha512-` followed by the base64 digest. */
        IntegrityHash: string;
        /** @description A JSON Schema (draft 2020-12) object. Only local `$ref`s (`#...`) are allowed and the serialized schema must not exceed 16 KiB. */
        JsonSchemaDocument: {
            [key: string]: unknown;
        };
        /**
         * @description Activation order among plugins activated together: `bootstrap` first, then `high`, `default`, `low`.
         * @enum {string}
         */
        LoadPriority: "bootstrap" | "high" | "default" | "low";
        /** @description A media type or a wildcard of one, for example `image/png` or `image/*`. */
        MediaTypePattern: string;
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
        /** @description The Toju versions a plugin works with. */
        PluginCompatibility: {
            /** @description The oldest Toju version the plugin runs on (semver). */
            minimumTojuVersion: components["schemas"]["SemVer"];
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
        /** @description Plugin identifier: lower-case letters, digits, dots and dashes, 3 to 128 characters, starting and ending with a letter or digit. */
        PluginId: string;
        /**
         * @description What a plugin is: `client` loads a module, `library` is a module other plugins require, `theme` ships stylesheets only and has no module.
         * @enum {string}
         */
        PluginKind: "client" | "library" | "theme";
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
        /** @description A path relative to the plugin root, with '/' or '\' separators: never absolute, never a drive path, no '..' segment and no NUL character. */
        RelativePath: string;
        /** @description A semantic version (semver.org 2.0.0), for example `1.4.0` or `2.0.0-beta.1`. */
        SemVer: string;
        /** @description A semver range as npm understands it, for example `^1.2.0` or `>=1.0.0 <3`. Checked with `semver.validRange`. */
        SemVerRange: string;
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
        /** @description A bearer token, as returned by register and login. */
        SessionToken: string;
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
        };
        /** @description A user. */
        User: {
            /** @description Id of the user. */
            id: components["schemas"]["EntityId"];
            /** @description The user name. */
            username: components["schemas"]["Username"];
        };
        /** @description A user name: 3 to 32 letters, digits, '.', '_' or '-'. */
        Username: string;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type ApiError = components['schemas']['ApiError'];
export type ApiErrorCode = components['schemas']['ApiErrorCode'];
export type ApiVersion = components['schemas']['ApiVersion'];
export type AuthSession = components['schemas']['AuthSession'];
export type Capability = components['schemas']['Capability'];
export type Channel = components['schemas']['Channel'];
export type CreateServerRequest = components['schemas']['CreateServerRequest'];
export type Credentials = components['schemas']['Credentials'];
export type DataKey = components['schemas']['DataKey'];
export type DisplayText = components['schemas']['DisplayText'];
export type EntityId = components['schemas']['EntityId'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type EventName = components['schemas']['EventName'];
export type HealthStatus = components['schemas']['HealthStatus'];
export type HttpUrl = components['schemas']['HttpUrl'];
export type IntegrityHash = components['schemas']['IntegrityHash'];
export type JsonSchemaDocument = components['schemas']['JsonSchemaDocument'];
export type LoadPriority = components['schemas']['LoadPriority'];
export type MediaTypePattern = components['schemas']['MediaTypePattern'];
export type MemberPermissions = components['schemas']['MemberPermissions'];
export type Membership = components['schemas']['Membership'];
export type Password = components['schemas']['Password'];
export type PluginActionContext = components['schemas']['PluginActionContext'];
export type PluginActionContribution = components['schemas']['PluginActionContribution'];
export type PluginActivationScope = components['schemas']['PluginActivationScope'];
export type PluginAuthor = components['schemas']['PluginAuthor'];
export type PluginBundle = components['schemas']['PluginBundle'];
export type PluginChannelSectionContribution = components['schemas']['PluginChannelSectionContribution'];
export type PluginCompatibility = components['schemas']['PluginCompatibility'];
export type PluginDataDeclaration = components['schemas']['PluginDataDeclaration'];
export type PluginDataStorage = components['schemas']['PluginDataStorage'];
export type PluginEmbedContribution = components['schemas']['PluginEmbedContribution'];
export type PluginEmbedMatch = components['schemas']['PluginEmbedMatch'];
export type PluginEventDeclaration = components['schemas']['PluginEventDeclaration'];
export type PluginEventDefinition = components['schemas']['PluginEventDefinition'];
export type PluginEventDefinitionInput = components['schemas']['PluginEventDefinitionInput'];
export type PluginEventDirection = components['schemas']['PluginEventDirection'];
export type PluginId = components['schemas']['PluginId'];
export type PluginKind = components['schemas']['PluginKind'];
export type PluginLoadOptions = components['schemas']['PluginLoadOptions'];
export type PluginPageContribution = components['schemas']['PluginPageContribution'];
export type PluginPanelContribution = components['schemas']['PluginPanelContribution'];
export type PluginPanelLocation = components['schemas']['PluginPanelLocation'];
export type PluginRelationship = components['schemas']['PluginRelationship'];
export type PluginRelationships = components['schemas']['PluginRelationships'];
export type PluginRequirement = components['schemas']['PluginRequirement'];
export type PluginRequirementInput = components['schemas']['PluginRequirementInput'];
export type PluginRequirementStatus = components['schemas']['PluginRequirementStatus'];
export type PluginRequirementsSnapshot = components['schemas']['PluginRequirementsSnapshot'];
export type PluginScope = components['schemas']['PluginScope'];
export type PluginSettingsContribution = components['schemas']['PluginSettingsContribution'];
export type PluginSettingsSchema = components['schemas']['PluginSettingsSchema'];
export type PluginUiContributions = components['schemas']['PluginUiContributions'];
export type PluginUser = components['schemas']['PluginUser'];
export type RelativePath = components['schemas']['RelativePath'];
export type SemVer = components['schemas']['SemVer'];
export type SemVerRange = components['schemas']['SemVerRange'];
export type Server = components['schemas']['Server'];
export type SessionToken = components['schemas']['SessionToken'];
export type TojuPluginManifest = components['schemas']['TojuPluginManifest'];
export type User = components['schemas']['User'];
export type Username = components['schemas']['Username'];
export type $defs = Record<string, never>;
export interface operations {
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The resource already exists (`conflict`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The server or resource does not exist (`not_found`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The caller lacks the permission (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server or resource does not exist (`not_found`). */
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
            /** @description The request has succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PluginRequirementsSnapshot"];
                };
            };
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The server or resource does not exist (`not_found`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The server or resource does not exist (`not_found`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The server or resource does not exist (`not_found`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The server or resource does not exist (`not_found`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The caller lacks the permission (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server or resource does not exist (`not_found`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The caller lacks the permission (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server or resource does not exist (`not_found`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The caller lacks the permission (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server or resource does not exist (`not_found`). */
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
            /** @description The request, a path id or the body is malformed (`invalid_request`). */
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
            /** @description The caller lacks the permission (`forbidden`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError"];
                };
            };
            /** @description The server or resource does not exist (`not_found`). */
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
}
