// Route table step: generated/server/route-table.ts from the published OpenAPI document, so the server's guard reads
// each route's permission (`x-toju-permission`), path parameters and body validator from spec/, never from a hand copy.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isObject, type JsonObject } from "./schema-normalize";

const HEADER = [
  "// Generated from spec/routes.tsp (through generated/openapi/openapi.json) by `npm run generate`. Do not edit.",
  "// Every REST route with what the server's guard checks, in this order: 401, 400 malformed path id, 404 unknown server,",
  "// 403 (`permission`), 400 body.",
].join("\n");

const METHODS = ["get", "post", "put", "delete"] as const;
const SERVER_PARAM = "serverId";
/** Permissions that are checked against the server a route acts on. */
const SERVER_PERMISSIONS = new Set(["manageServer", "owner"]);

interface RouteRow {
  method: (typeof METHODS)[number];
  path: string;
  operationId: string;
  permission: string;
  pathParams: { name: string; validator: string }[];
  serverParam?: string;
  /** A validator name, "ignored" for a body that is read but never parsed, undefined for no body. */
  body?: string;
}

export function writeRouteTable(outDir: string, openapi: JsonObject): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "route-table.ts"), routeTableModule(routeRows(openapi)));
}

function routeRows(openapi: JsonObject): RouteRow[] {
  const rows: RouteRow[] = [];
  for (const [route, item] of Object.entries(openapi.paths as Record<string, JsonObject>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!(METHODS as readonly string[]).includes(method)) throw new Error(`${route}: the route table has no method ${method}`);
      if (!isObject(operation)) throw new Error(`${method.toUpperCase()} ${route}: not an operation`);
      rows.push(routeRow(method as RouteRow["method"], route, operation));
    }
  }
  return rows;
}

function routeRow(method: RouteRow["method"], route: string, operation: JsonObject): RouteRow {
  const where = `${method.toUpperCase()} ${route}`;
  const permission = operation["x-toju-permission"];
  if (typeof permission !== "string") throw new Error(`${where}: no x-toju-permission`);
  const open = JSON.stringify(operation.security) === "[{}]";
  if (open !== (permission === "none")) throw new Error(`${where}: only x-toju-permission "none" may opt out of bearer auth`);
  const pathParams = pathParameters(where, route, operation);
  const serverParam = pathParams.some((p) => p.name === SERVER_PARAM) ? SERVER_PARAM : undefined;
  if (SERVER_PERMISSIONS.has(permission) && !serverParam)
    throw new Error(`${where}: "${permission}" needs a ${SERVER_PARAM} path parameter`);
  const row: RouteRow = { method, path: route, operationId: String(operation.operationId), permission, pathParams, serverParam };
  const body = requestBodyValidator(where, operation);
  if (body) row.body = body;
  return row;
}

/** The path parameters in the order the path names them, each with the validator of its schema. */
function pathParameters(where: string, route: string, operation: JsonObject): RouteRow["pathParams"] {
  const declared = new Map<string, unknown>();
  for (const parameter of (operation.parameters ?? []) as JsonObject[]) {
    if (parameter.in !== "path") throw new Error(`${where}: only path parameters are supported, not ${String(parameter.in)}`);
    declared.set(String(parameter.name), parameter.schema);
  }
  const names = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  if (names.length !== declared.size || names.some((n) => !declared.has(n)))
    throw new Error(`${where}: path parameters differ from the path`);
  return names.map((name) => ({ name, validator: validatorOf(`${where} ${name}`, declared.get(name)) }));
}

function requestBodyValidator(where: string, operation: JsonObject): string | undefined {
  if (!isObject(operation.requestBody)) return undefined;
  const content = operation.requestBody.content as Record<string, { schema?: unknown }>;
  const schema = content?.["application/json"]?.schema;
  if (isObject(schema) && Object.keys(schema).length === 0) return "ignored";
  return validatorOf(`${where} body`, schema);
}

function validatorOf(where: string, schema: unknown): string {
  const ref = isObject(schema) ? schema.$ref : undefined;
  const match = typeof ref === "string" ? /^#\/components\/schemas\/(\w+)$/.exec(ref) : null;
  if (!match) throw new Error(`${where}: the schema must be a named model`);
  return `validate${match[1]}`;
}

function routeTableModule(rows: RouteRow[]): string {
  const validators = new Set(
    rows.flatMap((r) => [...r.pathParams.map((p) => p.validator), ...(r.body && r.body !== "ignored" ? [r.body] : [])]),
  );
  const entries = rows.map((r) => {
    const params = r.pathParams.map((p) => `{ name: ${JSON.stringify(p.name)}, validate: ${p.validator} }`).join(", ");
    const lines = [
      `    method: ${JSON.stringify(r.method)},`,
      `    path: ${JSON.stringify(r.path)},`,
      `    operationId: ${JSON.stringify(r.operationId)},`,
      `    permission: ${JSON.stringify(r.permission)},`,
      `    pathParams: [${params}],`,
      ...(r.serverParam ? [`    serverParam: ${JSON.stringify(r.serverParam)},`] : []),
      ...(r.body ? [`    body: ${r.body === "ignored" ? '"ignored"' : r.body},`] : []),
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

export interface RouteSpec {
  readonly method: HttpMethod;
  /** OpenAPI form, e.g. \`/api/servers/{serverId}/plugins\`. */
  readonly path: string;
  readonly operationId: string;
  /** Who may call the route (\`x-toju-permission\`): \`none\` reads no token, every other value needs one (401). */
  readonly permission: RoutePermission;
  /** In the order the path names them. */
  readonly pathParams: readonly PathParamSpec[];
  /** The path parameter naming the server the route acts on: 404 when unknown, and the server \`permission\` is checked on. */
  readonly serverParam?: ${JSON.stringify(SERVER_PARAM)};
  /** The generated validator of the JSON body; "ignored" reads (and size-limits) a body but never parses it. */
  readonly body?: ContractValidator<unknown> | "ignored";
}

export const routeTable: readonly RouteSpec[] = [
${entries.join("\n")}
];
`;
}
