// Route table step: generated/server/route-table.ts from the published OpenAPI document, so the server's guard reads
// each route's permission (`x-toju-permission`), path and query parameters and body from spec/, never from a hand copy.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isObject, type JsonObject } from "./schema-normalize";

const HEADER = [
  "// Generated from spec/routes.tsp (through generated/openapi/openapi.json) by `npm run generate`. Do not edit.",
  "// Every REST route with what the server's guard checks, in this order: 401, 400 malformed path id or query parameter,",
  "// 404 unknown server, 403 (`permission`), 404 channel not in that server, 400 body.",
].join("\n");

const METHODS = ["get", "post", "put", "delete"] as const;
const SERVER_PARAM = "serverId";
const CHANNEL_PARAM = "channelId";
/** Permissions that are checked against the server a route acts on. */
const SERVER_PERMISSIONS = new Set(["member", "manageServer", "owner"]);
/** A raw (`*` / `*`) body is stored with its Content-Type, so that header must be a well-formed media type of this schema. */
export const RAW_BODY_MEDIA_TYPE = "MediaType";
const RAW_BODY_LIMIT = "x-toju-max-body-bytes";
/** Query values arrive as text; these schema types say how the guard reads them before validating. */
const QUERY_TYPES = new Set(["string", "integer"]);

interface ParamRow {
  name: string;
  validator: string;
}

interface QueryRow extends ParamRow {
  required: boolean;
  type: string;
}

type BodyRow = { kind: "json"; validator: string } | { kind: "ignored" } | { kind: "raw"; maxBytes: number };

interface RouteRow {
  method: (typeof METHODS)[number];
  path: string;
  operationId: string;
  permission: string;
  pathParams: ParamRow[];
  queryParams: QueryRow[];
  serverParam?: string;
  channelParam?: string;
  body?: BodyRow;
}

export function writeRouteTable(outDir: string, openapi: JsonObject): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "route-table.ts"), routeTableSource(openapi));
}

/** The module's text; throws for an operation the guard could not check from the document alone. */
export function routeTableSource(openapi: JsonObject): string {
  return routeTableModule(routeRows(openapi));
}

/** Every (route, method, operation) of the document, in document order. */
export function operationsOf(openapi: JsonObject): [string, (typeof METHODS)[number], JsonObject][] {
  const operations: [string, (typeof METHODS)[number], JsonObject][] = [];
  for (const [route, item] of Object.entries(openapi.paths as Record<string, JsonObject>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!(METHODS as readonly string[]).includes(method)) throw new Error(`${route}: the route table has no method ${method}`);
      if (!isObject(operation)) throw new Error(`${method.toUpperCase()} ${route}: not an operation`);
      operations.push([route, method as (typeof METHODS)[number], operation]);
    }
  }
  return operations;
}

function routeRows(openapi: JsonObject): RouteRow[] {
  return operationsOf(openapi).map(([route, method, operation]) => routeRow(method, route, operation, openapi));
}

function routeRow(method: RouteRow["method"], route: string, operation: JsonObject, openapi: JsonObject): RouteRow {
  const where = `${method.toUpperCase()} ${route}`;
  const permission = operation["x-toju-permission"];
  if (typeof permission !== "string") throw new Error(`${where}: no x-toju-permission`);
  const open = JSON.stringify(operation.security) === "[{}]";
  if (open !== (permission === "none")) throw new Error(`${where}: only x-toju-permission "none" may opt out of bearer auth`);
  const parameters = (operation.parameters ?? []) as JsonObject[];
  const unsupported = parameters.find((p) => p.in !== "path" && p.in !== "query");
  if (unsupported) throw new Error(`${where}: only path and query parameters are supported, not ${String(unsupported.in)}`);
  const pathParams = pathParameters(where, route, parameters);
  const serverParam = pathParams.some((p) => p.name === SERVER_PARAM) ? SERVER_PARAM : undefined;
  if (SERVER_PERMISSIONS.has(permission) && !serverParam)
    throw new Error(`${where}: "${permission}" needs a ${SERVER_PARAM} path parameter`);
  const row: RouteRow = {
    method,
    path: route,
    operationId: String(operation.operationId),
    permission,
    pathParams,
    queryParams: queryParameters(where, parameters, openapi),
    serverParam,
  };
  if (serverParam && pathParams.some((p) => p.name === CHANNEL_PARAM)) row.channelParam = CHANNEL_PARAM;
  const body = requestBody(where, operation);
  if (body) row.body = body;
  return row;
}

/** The path parameters in the order the path names them, each with the validator of its schema. */
function pathParameters(where: string, route: string, parameters: JsonObject[]): ParamRow[] {
  const declared = new Map(parameters.filter((p) => p.in === "path").map((p) => [String(p.name), p.schema]));
  const names = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  if (names.length !== declared.size || names.some((n) => !declared.has(n)))
    throw new Error(`${where}: path parameters differ from the path`);
  return names.map((name) => ({ name, validator: validatorOf(`${where} ${name}`, declared.get(name)) }));
}

function queryParameters(where: string, parameters: JsonObject[], openapi: JsonObject): QueryRow[] {
  return parameters
    .filter((p) => p.in === "query")
    .map((p) => {
      const name = String(p.name);
      const validator = validatorOf(`${where} ?${name}`, p.schema);
      const type = componentOf(openapi, validator.slice("validate".length)).type;
      if (typeof type !== "string" || !QUERY_TYPES.has(type))
        throw new Error(`${where} ?${name}: a query parameter must be a string or an integer, not ${JSON.stringify(type)}`);
      return { name, validator, required: p.required === true, type };
    });
}

function requestBody(where: string, operation: JsonObject): BodyRow | undefined {
  const limit = operation[RAW_BODY_LIMIT];
  if (!isObject(operation.requestBody)) {
    if (limit !== undefined) throw new Error(`${where}: ${RAW_BODY_LIMIT} without a body`);
    return undefined;
  }
  const content = (operation.requestBody.content ?? {}) as Record<string, { schema?: unknown }>;
  const types = Object.keys(content);
  if (types.length !== 1) throw new Error(`${where}: a body has exactly one media type, not ${types.join(", ")}`);
  if (types[0] === "*/*") {
    if (!Number.isSafeInteger(limit) || (limit as number) <= 0) throw new Error(`${where}: a raw body needs a positive ${RAW_BODY_LIMIT}`);
    return { kind: "raw", maxBytes: limit as number };
  }
  if (types[0] !== "application/json") throw new Error(`${where}: bodies are application/json or raw (*/*), not ${types[0]}`);
  if (limit !== undefined) throw new Error(`${where}: ${RAW_BODY_LIMIT} is for raw bodies; JSON bodies share the REST body limit`);
  const schema = content["application/json"].schema;
  if (isObject(schema) && Object.keys(schema).length === 0) return { kind: "ignored" };
  return { kind: "json", validator: validatorOf(`${where} body`, schema) };
}

function validatorOf(where: string, schema: unknown): string {
  const ref = isObject(schema) ? schema.$ref : undefined;
  const match = typeof ref === "string" ? /^#\/components\/schemas\/(\w+)$/.exec(ref) : null;
  if (!match) throw new Error(`${where}: the schema must be a named model (give it a name in spec/)`);
  return `validate${match[1]}`;
}

function componentOf(openapi: JsonObject, name: string): JsonObject {
  const schema = ((openapi.components as JsonObject).schemas as JsonObject)[name];
  if (!isObject(schema)) throw new Error(`no component ${name}`);
  return schema;
}

function bodyCode(body: BodyRow): string {
  if (body.kind === "json") return `{ kind: "json", validate: ${body.validator} }`;
  if (body.kind === "ignored") return `{ kind: "ignored" }`;
  return `{ kind: "raw", maxBytes: ${body.maxBytes}, validateMediaType: validate${RAW_BODY_MEDIA_TYPE} }`;
}

function routeTableModule(rows: RouteRow[]): string {
  const validators = new Set(
    rows.flatMap((r) => [
      ...r.pathParams.map((p) => p.validator),
      ...r.queryParams.map((q) => q.validator),
      ...(r.body?.kind === "json" ? [r.body.validator] : []),
      ...(r.body?.kind === "raw" ? [`validate${RAW_BODY_MEDIA_TYPE}`] : []),
    ]),
  );
  const entries = rows.map((r) => {
    const params = r.pathParams.map((p) => `{ name: ${JSON.stringify(p.name)}, validate: ${p.validator} }`).join(", ");
    const query = r.queryParams
      .map((q) => `{ name: ${JSON.stringify(q.name)}, required: ${q.required}, type: ${JSON.stringify(q.type)}, validate: ${q.validator} }`)
      .join(", ");
    const lines = [
      `    method: ${JSON.stringify(r.method)},`,
      `    path: ${JSON.stringify(r.path)},`,
      `    operationId: ${JSON.stringify(r.operationId)},`,
      `    permission: ${JSON.stringify(r.permission)},`,
      `    pathParams: [${params}],`,
      `    queryParams: [${query}],`,
      ...(r.serverParam ? [`    serverParam: ${JSON.stringify(r.serverParam)},`] : []),
      ...(r.channelParam ? [`    channelParam: ${JSON.stringify(r.channelParam)},`] : []),
      ...(r.body ? [`    body: ${bodyCode(r.body)},`] : []),
    ];
    return `  {\n${lines.join("\n")}\n  },`;
  });
  return `${HEADER}
import type { RoutePermission } from "../types/contract";
import { type ContractValidator, ${[...validators].sort().join(", ")} } from "../validators";

type HttpMethod = ${METHODS.map((m) => JSON.stringify(m)).join(" | ")};

interface PathParamSpec {
  readonly name: string;
  /** The generated validator of the parameter's schema; a value it refuses is a 400 \`/path/<name>\`. */
  readonly validate: ContractValidator<unknown>;
}

interface QueryParamSpec {
  readonly name: string;
  /** A missing required parameter is a 400 \`/query/<name>\`; so is a repeated one. */
  readonly required: boolean;
  /** \`integer\` parameters must be written as a decimal integer and are validated as a number. */
  readonly type: "string" | "integer";
  /** The generated validator of the parameter's schema; a value it refuses is a 400 \`/query/<name>\`. */
  readonly validate: ContractValidator<unknown>;
}

export type BodySpec =
  /** \`application/json\`, read up to the REST body limit, then checked with the generated validator of its schema. */
  | { readonly kind: "json"; readonly validate: ContractValidator<unknown> }
  /** Read (and size-limited) like a JSON body, never parsed. */
  | { readonly kind: "ignored" }
  /** Any bytes up to \`maxBytes\` (\`x-toju-max-body-bytes\`), streamed, never parsed; its Content-Type is kept with it. */
  | { readonly kind: "raw"; readonly maxBytes: number; readonly validateMediaType: ContractValidator<unknown> };

export interface RouteSpec {
  readonly method: HttpMethod;
  /** OpenAPI form, e.g. \`/api/servers/{serverId}/plugins\`. */
  readonly path: string;
  readonly operationId: string;
  /** Who may call the route (\`x-toju-permission\`): \`none\` reads no token, every other value needs one (401). */
  readonly permission: RoutePermission;
  /** In the order the path names them. */
  readonly pathParams: readonly PathParamSpec[];
  /** Query parameters the route reads; others are ignored. */
  readonly queryParams: readonly QueryParamSpec[];
  /** The path parameter naming the server the route acts on: 404 when unknown, and the server \`permission\` is checked on. */
  readonly serverParam?: ${JSON.stringify(SERVER_PARAM)};
  /** The path parameter naming a channel of that server: 404 (after the 403) when the server has no such channel. */
  readonly channelParam?: ${JSON.stringify(CHANNEL_PARAM)};
  readonly body?: BodySpec;
}

export const routeTable: readonly RouteSpec[] = [
${entries.join("\n")}
];
`;
}
