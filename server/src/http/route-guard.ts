// Express middleware per route that runs our checks before tsoa sees the request, so tsoa can never loosen them.
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { describeAjvError } from "@toju/contracts/schema/error-details";
import { bearerToken } from "../auth/session-tokens";
import { canManageServer, isOwner } from "../directory/server-permissions.service";
import { forbidden, invalidRequest, notFound, unauthenticated } from "./api-error";
import { parseJsonBody } from "./json-body";
import { servicesOf, setCaller } from "./request-context";
import type { RouteSpec } from "./route-table";

export function routeGuard(route: RouteSpec): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    guard(route, req).then(() => next(), next);
  };
}

async function guard(route: RouteSpec, req: Request): Promise<void> {
  const services = servicesOf(req);
  let userId: string | undefined;
  if (route.auth) {
    const token = bearerToken(req.get("authorization"));
    userId = token ? await services.auth.userIdOfToken(token) : undefined;
    if (!userId) throw unauthenticated();
    setCaller(req, userId);
  }
  const params = req.params as Record<string, string>;
  const badIds = Object.entries(route.params)
    .filter(([name, validate]) => !validate(params[name]))
    .map(([name, validate]) => ({
      path: `/path/${name}`,
      message: `not a valid ${name}: ${validate.errors?.[0] ? describeAjvError(validate.errors[0]).message : "malformed"}`,
    }));
  if (badIds.length > 0) throw invalidRequest("a path id is malformed", badIds);
  if (route.server) {
    const state = await services.states.get(params[route.server]);
    if (!state) throw notFound("unknown server");
    if (route.permission === "owner" && !isOwner(state, userId!)) throw forbidden("only the server's owner may do this");
    if (route.permission === "manageServer" && !canManageServer(state, userId!)) throw forbidden("the manageServer permission is required");
  }
  if (route.body && route.body !== "ignored") parseJsonBody(req, route.body);
}
