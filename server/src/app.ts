// The Express app: size-limited JSON body reading, a guard per route of the generated route table (which also
// streams raw bodies), tsoa's generated routes, ApiError mapping.
import express, { type Express } from "express";
import { routeTable } from "@toju/generated/server/route-table";
import { RegisterRoutes } from "@toju/generated/server/routes";
import { apiErrorHandler, apiNotFound } from "./http/error-handler";
import { readRawBody } from "./http/json-body";
import { requestLog } from "./http/request-log";
import type { AppServices } from "./http/request-context";
import { expressPath, routeGuard } from "./http/route-guard";
import type { Logger } from "./ops/logger";

export interface AppOptions {
  services: AppServices;
  log: Logger;
  /** Extra routers on the same port (the browser-shell bridge); mounted after the API. */
  mount?: (app: Express) => void;
  /** Express's `trust proxy`: which proxies may name the client address (sign-in throttling counts per address). */
  trustProxy?: boolean | number | string;
}

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  if (options.trustProxy !== undefined) app.set("trust proxy", options.trustProxy);
  app.locals.services = options.services;
  const api = express.Router({ strict: false, caseSensitive: true });
  api.use(requestLog(options.log));
  for (const route of routeTable) {
    const guard = routeGuard(route);
    // JSON bodies are read (up to the REST limit) before the guard; raw bodies are streamed by the guard's last step.
    if (route.body && route.body.kind !== "raw") api[route.method](expressPath(route.path), readRawBody, guard);
    else api[route.method](expressPath(route.path), guard);
  }
  RegisterRoutes(api);
  api.use(apiNotFound);
  app.use((req, res, next) => (req.path === "/api" || req.path.startsWith("/api/") ? api(req, res, next) : next()));
  app.use("/api", apiErrorHandler(options.log));
  if (options.mount) options.mount(app);
  else {
    // The signaling server alone serves nothing but the API: any other path is an unknown route too.
    app.use(apiNotFound);
    app.use(apiErrorHandler(options.log));
  }
  return app;
}
