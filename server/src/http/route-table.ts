// Every REST route with what its guard checks, in the contract's order: 401, 400 path id, 404 server, 403, 400 body.
import {
  validateCreateServerRequest,
  validateCredentials,
  validateDataKey,
  validateEntityId,
  validateEventName,
  validateMemberPermissions,
  validatePluginEventDefinitionInput,
  validatePluginId,
  validatePluginRequirementInput,
  type ContractValidator,
} from "@toju/generated/validators";

export type HttpMethod = "get" | "post" | "put" | "delete";

export interface RouteSpec {
  method: HttpMethod;
  /** OpenAPI form, e.g. `/api/servers/{serverId}/plugins`. */
  path: string;
  operationId: string;
  auth: boolean;
  params: Record<string, ContractValidator<unknown>>;
  /** Path parameter naming a server that must exist (404 otherwise). */
  server?: "serverId";
  permission?: "owner" | "manageServer";
  /** Generated validator of the JSON body; "ignored" reads (and size-limits) a body but never parses it. */
  body?: ContractValidator<unknown> | "ignored";
}

const server = { serverId: validateEntityId };
const plugin = { ...server, pluginId: validatePluginId };
const event = { ...plugin, eventName: validateEventName };
const data = { ...plugin, key: validateDataKey };
const pluginsPath = "/api/servers/{serverId}/plugins/{pluginId}";

export const routeTable: readonly RouteSpec[] = [
  { method: "get", path: "/api/health", operationId: "getHealth", auth: false, params: {} },
  { method: "post", path: "/api/auth/register", operationId: "register", auth: false, params: {}, body: validateCredentials },
  { method: "post", path: "/api/auth/login", operationId: "login", auth: false, params: {}, body: validateCredentials },
  { method: "post", path: "/api/servers", operationId: "createServer", auth: true, params: {}, body: validateCreateServerRequest },
  { method: "post", path: "/api/servers/{serverId}/members", operationId: "joinServer", auth: true, params: server, server: "serverId" },
  {
    method: "put",
    path: "/api/servers/{serverId}/members/{userId}/permissions",
    operationId: "setMemberPermissions",
    auth: true,
    params: { ...server, userId: validateEntityId },
    server: "serverId",
    permission: "owner",
    body: validateMemberPermissions,
  },
  {
    method: "get",
    path: "/api/servers/{serverId}/plugins",
    operationId: "getPluginRequirements",
    auth: true,
    params: server,
    server: "serverId",
  },
  {
    method: "put",
    path: `${pluginsPath}/requirement`,
    operationId: "putPluginRequirement",
    auth: true,
    params: plugin,
    server: "serverId",
    permission: "manageServer",
    body: validatePluginRequirementInput,
  },
  {
    method: "delete",
    path: `${pluginsPath}/requirement`,
    operationId: "deletePluginRequirement",
    auth: true,
    params: plugin,
    server: "serverId",
    permission: "manageServer",
  },
  {
    method: "put",
    path: `${pluginsPath}/events/{eventName}`,
    operationId: "putPluginEvent",
    auth: true,
    params: event,
    server: "serverId",
    permission: "manageServer",
    body: validatePluginEventDefinitionInput,
  },
  {
    method: "delete",
    path: `${pluginsPath}/events/{eventName}`,
    operationId: "deletePluginEvent",
    auth: true,
    params: event,
    server: "serverId",
    permission: "manageServer",
  },
  { method: "get", path: `${pluginsPath}/data/{key}`, operationId: "getPluginData", auth: true, params: data, server: "serverId" },
  {
    method: "put",
    path: `${pluginsPath}/data/{key}`,
    operationId: "putPluginData",
    auth: true,
    params: data,
    server: "serverId",
    body: "ignored",
  },
  { method: "delete", path: `${pluginsPath}/data/{key}`, operationId: "deletePluginData", auth: true, params: data, server: "serverId" },
];

export function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ":$1");
}
