// Express middleware per route of the generated route table; it runs our checks before tsoa sees the request, so
// tsoa can never loosen them. Order: 401, 400 malformed path id or query parameter, 404 unknown server, 403,
// 404 channel not in that server, 400 body.
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { RouteSpec } from "@toju/generated/server/route-table";
import type { ErrorDetail } from "@toju/generated/types/contract";
import type { ContractValidator } from "@toju/generated/validators";
import { describeAjvError } from "@toju/contracts/schema/error-details";
import { bearerToken } from "../auth/session-tokens";
import { permissionRefusal } from "../directory/server-permissions.service";
import type { ServerState } from "../plugin-support/server-state";
import { forbidden, invalidRequest, notFound, unauthenticated } from "./api-error";
import { parseJsonBody } from "./json-body";
import { spoolRawBody } from "./raw-body";
import { servicesOf, setCaller, type AppServices } from "./request-context";

export function routeGuard(route: RouteSpec): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    guard(route, req, res).then(() => next(), next);
  };
}

/** Express's form of an OpenAPI path: `/api/servers/{serverId}` → `/api/servers/:serverId`. */
export function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ":$1");
}

async function guard(route: RouteSpec, req: Request, res: Response): Promise<void> {
  const services = servicesOf(req);
  const userId = route.permission === "none" ? undefined : await authenticate(req, services);
  const params = req.params as Record<string, string>;
  const badPath = route.pathParams.flatMap(({ name, validate }) => problemOf(`/path/${name}`, name, validate, params[name]));
  if (badPath.length > 0) throw invalidRequest("a path id is malformed", badPath);
  const badQuery = queryProblems(route, req);
  if (badQuery.length > 0) throw invalidRequest("a query parameter is malformed", badQuery);
  if (route.serverParam) {
    const serverId = params[route.serverParam];
    const state = await services.states.get(serverId);
    if (!state) throw notFound("unknown server");
    // A refusal on cached data is checked again on fresh data: the change that allows it may have just committed on
    // another instance, its announcement still on the way.
    const refused =
      refusalOf(route, params, state, userId) && refusalOf(route, params, await services.states.revalidate(serverId, 100), userId);
    if (refused) throw refused;
  }
  if (route.body?.kind === "json") parseJsonBody(req, route.body.validate);
  if (route.body?.kind === "raw") await spoolRawBody(req, res, route.body, services.attachments.spoolPath());
}

function refusalOf(route: RouteSpec, params: Record<string, string>, state: ServerState | undefined, userId: string | undefined) {
  if (!state) return notFound("unknown server");
  const refusal = userId === undefined ? undefined : permissionRefusal(route.permission, state, userId);
  if (refusal) return forbidden(refusal);
  if (route.channelParam && !state.channels.has(params[route.channelParam])) return notFound("unknown channel");
  return undefined;
}

function problemOf(path: string, name: string, validate: ContractValidator<unknown>, value: unknown): ErrorDetail[] {
  if (validate(value)) return [];
  return [{ path, message: `not a valid ${name}: ${validate.errors?.[0] ? describeAjvError(validate.errors[0]).message : "malformed"}` }];
}

/** A decimal integer as written by people and SDKs (`7`, `-2`); anything else (`07`, `1e2`, `0x10`) is not one. */
function integerOf(text: string): number | undefined {
  return /^-?(0|[1-9][0-9]{0,15})$/.test(text) ? Number(text) : undefined;
}

function queryProblems(route: RouteSpec, req: Request): ErrorDetail[] {
  const query = req.query as Record<string, unknown>;
  return route.queryParams.flatMap(({ name, required, type, validate }) => {
    const path = `/query/${name}`;
    const raw = Object.hasOwn(query, name) ? query[name] : undefined;
    if (raw === undefined) return required ? [{ path, message: "missing" }] : [];
    if (typeof raw !== "string") return [{ path, message: "given more than once" }];
    const value = type === "integer" ? integerOf(raw) : raw;
    if (value === undefined) return [{ path, message: `not a valid ${name}: must be a decimal integer` }];
    return problemOf(path, name, validate, value);
  });
}

async function authenticate(req: Request, services: AppServices): Promise<string> {
  const token = bearerToken(req.get("authorization"));
  const userId = token ? (await services.auth.sessionOf(token))?.userId : undefined;
  if (!userId) throw unauthenticated();
  setCaller(req, userId);
  return userId;
}
