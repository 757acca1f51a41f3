// Generated from spec/routes.tsp (through generated/openapi/openapi.json) by `npm run generate`. Do not edit.
// Every REST route with what the server's guard checks, in this order: 401, 400 malformed path id, 404 unknown server,
// 403 (`permission`), 400 body.
import type { RoutePermission } from "../types/contract";
import { type ContractValidator, validateCreateServerRequest, validateCredentials, validateDataKey, validateEntityId, validateEventName, validateMemberPermissions, validatePluginEventDefinitionInput, validatePluginId, validatePluginRequirementInput } from "../validators";

type HttpMethod = "get" | "post" | "put" | "delete";

interface PathParamSpec {
  readonly name: string;
  /** The generated validator of the parameter's schema; a value it refuses is a 400 `/path/<name>`. */
  readonly validate: ContractValidator<unknown>;
}

export interface RouteSpec {
  readonly method: HttpMethod;
  /** OpenAPI form, e.g. `/api/servers/{serverId}/plugins`. */
  readonly path: string;
  readonly operationId: string;
  /** Who may call the route (`x-toju-permission`): `none` reads no token, every other value needs one (401). */
  readonly permission: RoutePermission;
  /** In the order the path names them. */
  readonly pathParams: readonly PathParamSpec[];
  /** The path parameter naming the server the route acts on: 404 when unknown, and the server `permission` is checked on. */
  readonly serverParam?: "serverId";
  /** The generated validator of the JSON body; "ignored" reads (and size-limits) a body but never parses it. */
  readonly body?: ContractValidator<unknown> | "ignored";
}

export const routeTable: readonly RouteSpec[] = [
  {
    method: "post",
    path: "/api/auth/login",
    operationId: "login",
    permission: "none",
    pathParams: [],
    body: validateCredentials,
  },
  {
    method: "post",
    path: "/api/auth/register",
    operationId: "register",
    permission: "none",
    pathParams: [],
    body: validateCredentials,
  },
  {
    method: "get",
    path: "/api/health",
    operationId: "getHealth",
    permission: "none",
    pathParams: [],
  },
  {
    method: "post",
    path: "/api/servers",
    operationId: "createServer",
    permission: "user",
    pathParams: [],
    body: validateCreateServerRequest,
  },
  {
    method: "post",
    path: "/api/servers/{serverId}/members",
    operationId: "joinServer",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }],
    serverParam: "serverId",
  },
  {
    method: "put",
    path: "/api/servers/{serverId}/members/{userId}/permissions",
    operationId: "setMemberPermissions",
    permission: "owner",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "userId", validate: validateEntityId }],
    serverParam: "serverId",
    body: validateMemberPermissions,
  },
  {
    method: "get",
    path: "/api/servers/{serverId}/plugins",
    operationId: "getPluginRequirements",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }],
    serverParam: "serverId",
  },
  {
    method: "get",
    path: "/api/servers/{serverId}/plugins/{pluginId}/data/{key}",
    operationId: "getPluginData",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "key", validate: validateDataKey }],
    serverParam: "serverId",
  },
  {
    method: "put",
    path: "/api/servers/{serverId}/plugins/{pluginId}/data/{key}",
    operationId: "putPluginData",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "key", validate: validateDataKey }],
    serverParam: "serverId",
    body: "ignored",
  },
  {
    method: "delete",
    path: "/api/servers/{serverId}/plugins/{pluginId}/data/{key}",
    operationId: "deletePluginData",
    permission: "user",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "key", validate: validateDataKey }],
    serverParam: "serverId",
  },
  {
    method: "put",
    path: "/api/servers/{serverId}/plugins/{pluginId}/events/{eventName}",
    operationId: "putPluginEvent",
    permission: "manageServer",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "eventName", validate: validateEventName }],
    serverParam: "serverId",
    body: validatePluginEventDefinitionInput,
  },
  {
    method: "delete",
    path: "/api/servers/{serverId}/plugins/{pluginId}/events/{eventName}",
    operationId: "deletePluginEvent",
    permission: "manageServer",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }, { name: "eventName", validate: validateEventName }],
    serverParam: "serverId",
  },
  {
    method: "put",
    path: "/api/servers/{serverId}/plugins/{pluginId}/requirement",
    operationId: "putPluginRequirement",
    permission: "manageServer",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }],
    serverParam: "serverId",
    body: validatePluginRequirementInput,
  },
  {
    method: "delete",
    path: "/api/servers/{serverId}/plugins/{pluginId}/requirement",
    operationId: "deletePluginRequirement",
    permission: "manageServer",
    pathParams: [{ name: "serverId", validate: validateEntityId }, { name: "pluginId", validate: validatePluginId }],
    serverParam: "serverId",
  },
];
