// Express middleware per route of the generated route table; it runs our checks before tsoa sees the request, so
// tsoa can never loosen them. Order: 401, 400 malformed path id, 404 unknown server, 403, 400 body.
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { RouteSpec } from "@toju/generated/server/route-table";
import { describeAjvError } from "@toju/contracts/schema/error-details";
import { bearerToken } from "../auth/session-tokens";
import { permissionRefusal } from "../directory/server-permissions.service";
import { forbidden, invalidRequest, notFound, unauthenticated } from "./api-error";
import { parseJsonBody } from "./json-body";
import { servicesOf, setCaller, type AppServices } from "./request-context";

export function routeGuard(route: RouteSpec): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    guard(route, req).then(() => next(), next);
  };
}

/** Express's form of an OpenAPI path: `/api/servers/{serverId}` → `/api/servers/:serverId`. */
export function expressPath(openApiPath: string): string {
  return openApiPath.replace(/\{(\w+)\}/g, ":$1");
}

async function guard(route: RouteSpec, req: Request): Promise<void> {
  const services = servicesOf(req);
  const userId = route.permission === "none" ? undefined : await authenticate(req, services);
  const params = req.params as Record<string, string>;
  const badIds = route.pathParams
    .filter(({ name, validate }) => !validate(params[name]))
    .map(({ name, validate }) => ({
      path: `/path/${name}`,
      message: `not a valid ${name}: ${validate.errors?.[0] ? describeAjvError(validate.errors[0]).message : "malformed"}`,
    }));
  if (badIds.length > 0) throw invalidRequest("a path id is malformed", badIds);
  if (route.serverParam) {
    const state = await services.states.get(params[route.serverParam]);
    if (!state) throw notFound("unknown server");
    const refusal = userId === undefined ? undefined : permissionRefusal(route.permission, state, userId);
    if (refusal) throw forbidden(refusal);
  }
  if (route.body && route.body !== "ignored") parseJsonBody(req, route.body);
}

async function authenticate(req: Request, services: AppServices): Promise<string> {
  const token = bearerToken(req.get("authorization"));
  const userId = token ? await services.auth.userIdOfToken(token) : undefined;
  if (!userId) throw unauthenticated();
  setCaller(req, userId);
  return userId;
}
