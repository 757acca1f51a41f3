// What the route guard leaves on a request for the controllers: the app's services and the authenticated caller.
import type { Request } from "express";
import type { AuthService } from "../auth/auth.service";
import type { AttachmentStore } from "../chat/attachment-store";
import type { ChatService } from "../chat/chat.service";
import type { DirectoryService } from "../directory/directory.service";
import type { HealthService } from "../health/health.service";
import type { PluginSupportService } from "../plugin-support/plugin-support.service";
import type { ServerState, ServerStateStore } from "../plugin-support/server-state";
import { notFound } from "./api-error";

export interface AppServices {
  auth: AuthService;
  directory: DirectoryService;
  chat: ChatService;
  attachments: AttachmentStore;
  pluginSupport: PluginSupportService;
  states: ServerStateStore;
  health: HealthService;
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

/** The state of the server a guarded route acts on (the guard already answered 404 for an unknown one). */
export async function serverStateOf(req: Request, serverId: string): Promise<ServerState> {
  const state = await servicesOf(req).states.get(serverId);
  if (!state) throw notFound("unknown server");
  return state;
}
