// What the route guard leaves on a request for the controllers: the app's services and the authenticated caller.
import type { Request } from "express";
import type { AuthService } from "../auth/auth.service";
import type { DirectoryService } from "../directory/directory.service";
import type { PluginSupportService } from "../plugin-support/plugin-support.service";
import type { ServerStateStore } from "../plugin-support/server-state";

export interface AppServices {
  auth: AuthService;
  directory: DirectoryService;
  pluginSupport: PluginSupportService;
  states: ServerStateStore;
}

interface GuardedRequest extends Request {
  callerUserId?: string;
}

export function servicesOf(req: Request): AppServices {
  return req.app.locals.services as AppServices;
}

export function setCaller(req: Request, userId: string): void {
  (req as GuardedRequest).callerUserId = userId;
}

export function callerOf(req: Request): string {
  const userId = (req as GuardedRequest).callerUserId;
  if (!userId) throw new Error("route guard did not authenticate this request");
  return userId;
}
