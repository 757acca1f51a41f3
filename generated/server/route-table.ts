// Generated from spec/routes.tsp (through generated/openapi/openapi.json) by `npm run generate`. Do not edit.
// Every REST route with what the server's guard checks, in this order: 401, 400 malformed path id or query parameter,
// 404 unknown server, 403 (`permission`), 404 channel not in that server, 400 body.
import type { RoutePermission } from "../types/contract";
import { type ContractValidator, validateCreateChannelRequest, validateCreateServerRequest, validateCredentials, validateDataKey, validateEntityId, validateEventName, validateFileName, validateMediaType, validateMemberPermissions, validateMessagePageSize, validatePluginEventDefinitionInput, validatePluginId, validatePluginRequirementInput } from "../validators";

type HttpMethod = "get" | "post" | "put" | "delete";

interface PathParamSpec {
  readonly name: string;
  /** The generated validator of the parameter's schema; a value it refuses is a 400 `/path/<name>`. */
  readonly validate: ContractValidator<unknown>;
}

interface QueryParamSpec {
  readonly name: string;
  /** A missing required parameter is a 400 `/query/<name>`; so is a repeated one. */
  readonly required: boolean;
  /** `integer` parameters must be written as a decimal integer and are validated as a number. */
  readonly type: "string" | "integer";
  /** The generated validator of the parameter's schema; a value it refuses is a 400 `/query/<name>`. */
  readonly validate: ContractValidator<unknown>;
}

export type BodySpec =
  /** `application/json`, read up to the REST body limit, then checked with the generated validator of its schema. */
  | { readonly kind: "json"; readonly validate: ContractValidator<unknown> }
  /** Read (and size-limited) like a JSON body, never parsed. */
  | { readonly kind: "ignored" }
  /** Any bytes up to `maxBytes` (`x-toju-max-body-bytes`), streamed, never parsed; its Content-Type is kept with it. */
  | { readonly kind: "raw"; readonly maxBytes: number; readonly validateMediaType: ContractValidator<unknown> };

export interface RouteSpec {
  readonly method: HttpMethod;
  /** OpenAPI form, e.g. `/api/servers/{serverId}/plugins`. */
  readonly path: string;
  readonly operationId: string;
  /** Who may call the route (`x-toju-permission`): `none` reads no token, every other value needs one (401). */
  readonly permission: RoutePermission;
  /** In the order the path names them. */
  readonly pathParams: readonly PathParamSpec[];
  /** Query parameters the route reads; others are ignored. */
  readonly queryParams: readonly QueryParamSpec[];
  /** The path parameter naming the server the route acts on: 404 when unknown, and the server `permission` is checked on. */
  readonly serverParam?: "serverId";
  /** The path parameter naming a channel of that server: 404 (after the 403) when the server has no such channel. */
  readonly channelParam?: "channelId";
  readonly body?: BodySpec;
}

export const routeTable: readonly RouteSpec[] = [
  {
    method: "get",
    path: "/api/attachments/{attachmentId}",
    operationId: "downloadAttachment",
    permission: "user",
    pathParams: [{ name: "attachmentId", validate: validateEntityId }],
    queryParams: [],
  },
  {
    method: "post",
    path: "/api/auth/login",
    operationId: "login",
    permission: "none",
    pathParams: [],
    queryParams: [],
    body: { kind: "json", validate: validateCredentials },
  },
  {
    method: "post",
    path: "/api/auth/logout",
    operationId: "logout",
    permission: "user",
    pathParams: [],
    queryParams: [],
  },
  {
    method: "post",
    path: "/api/auth/register",
    operationId: "register",
    permission: "none",
    pathParams: [],
    queryParams: [],
    body: { kind: "json", validate: validateCredentials },
  },
  {
    method: "get",
    path: "/api/health",
    operationId: "getHealth",
    permission: "none",
    pathParams: [],
    queryParams: [],
  },
  {
    method: "post",
    path: "/api/servers",
    operationId: "createServer",
    permission: "user",
    pathParams: [],
    queryParams: [],
    body: { kind: "json", validate: validateCreateServerRequest },
  },
  {
    method: "get",
    path: "/api/servers",
    operationId: "listServers",
    permission: "user",
    pathParams: [],
    queryParams: [],
  },
  {
    method: "get",
    path: "/api/servers/{serverId}",
    operationId: "getServer",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "post",
    path: "/api/servers/{serverId}/channels",
    operationId: "createChannel",
    permission: "manageServer",
    pathParams: [{ name: "serverId", validate: validateEntityId }],
    queryParams: [],
    serverParam: "serverId",
    body: { kind: "json", validate: validateCreateChannelRequest },
  },
  {
    method: "post",
    path: "/api/servers/{serverId}/channels/{channelId}/attachments",
    operationId: "uploadAttachment",
    permission: "member",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "channelId", validate: validateEntityId }],
    queryParams: [{ name: "name", required: true, type: "string", validate: validateFileName }],
    serverParam: "serverId",
    channelParam: "channelId",
    body: { kind: "raw", maxBytes: 8388608, validateMediaType: validateMediaType },
  },
  {
    method: "get",
    path: "/api/servers/{serverId}/channels/{channelId}/messages",
    operationId: "listMessages",
    permission: "member",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "channelId", validate: validateEntityId }],
    queryParams: [{ name: "before", required: false, type: "string", validate: validateEntityId }, { name: "limit", required: false, type: "integer", validate: validateMessagePageSize }],
    serverParam: "serverId",
    channelParam: "channelId",
  },
  {
    method: "post",
    path: "/api/servers/{serverId}/members",
    operationId: "joinServer",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "get",
    path: "/api/servers/{serverId}/members",
    operationId: "listMembers",
    permission: "member",
    pathParams: [{ name: "serverId", validate: validateEntityId }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "delete",
    path: "/api/servers/{serverId}/members/me",
    operationId: "leaveServer",
    permission: "member",
    pathParams: [{ name: "serverId", validate: validateEntityId }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "put",
    path: "/api/servers/{serverId}/members/{userId}/permissions",
    operationId: "setMemberPermissions",
    permission: "owner",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "userId", validate: validateEntityId }],
    queryParams: [],
    serverParam: "serverId",
    body: { kind: "json", validate: validateMemberPermissions },
  },
  {
    method: "get",
    path: "/api/servers/{serverId}/plugins",
    operationId: "getPluginRequirements",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "get",
    path: "/api/servers/{serverId}/plugins/{pluginId}/data/{key}",
    operationId: "getPluginData",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "key", validate: validateDataKey }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "put",
    path: "/api/servers/{serverId}/plugins/{pluginId}/data/{key}",
    operationId: "putPluginData",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "key", validate: validateDataKey }],
    queryParams: [],
    serverParam: "serverId",
    body: { kind: "ignored" },
  },
  {
    method: "delete",
    path: "/api/servers/{serverId}/plugins/{pluginId}/data/{key}",
    operationId: "deletePluginData",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "key", validate: validateDataKey }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "put",
    path: "/api/servers/{serverId}/plugins/{pluginId}/events/{eventName}",
    operationId: "putPluginEvent",
    permission: "manageServer",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "eventName", validate: validateEventName }],
    queryParams: [],
    serverParam: "serverId",
    body: { kind: "json", validate: validatePluginEventDefinitionInput },
  },
  {
    method: "delete",
    path: "/api/servers/{serverId}/plugins/{pluginId}/events/{eventName}",
    operationId: "deletePluginEvent",
    permission: "manageServer",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "eventName", validate: validateEventName }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "put",
    path: "/api/servers/{serverId}/plugins/{pluginId}/requirement",
    operationId: "putPluginRequirement",
    permission: "manageServer",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }],
    queryParams: [],
    serverParam: "serverId",
    body: { kind: "json", validate: validatePluginRequirementInput },
  },
  {
    method: "delete",
    path: "/api/servers/{serverId}/plugins/{pluginId}/requirement",
    operationId: "deletePluginRequirement",
    permission: "manageServer",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "get",
    path: "/api/servers/{serverId}/roles",
    operationId: "listRoles",
    permission: "member",
    pathParams: [{ name: "serverId", validate: validateEntityId }],
    queryParams: [],
    serverParam: "serverId",
  },
  {
    method: "get",
    path: "/api/users/me",
    operationId: "getCurrentUser",
    permission: "user",
    pathParams: [],
    queryParams: [],
  },
];
