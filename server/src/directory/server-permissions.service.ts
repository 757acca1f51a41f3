// Who may do what on a server: the owner has every permission; `manageServer` gates plugin and channel changes; members
// read the chat. One rule per route permission of the contract, so a permission added to spec/ does not compile until
// it has its rule here.
import type { RoutePermission } from "@toju/generated/types/contract";
import type { ServerState } from "../plugin-support/server-state";

const isOwner = (state: ServerState, userId: string): boolean => state.ownerId === userId;

const canManageServer = (state: ServerState, userId: string): boolean =>
  isOwner(state, userId) || state.members.get(userId)?.permissions.manageServer === true;

const refusals: Record<RoutePermission, (state: ServerState, userId: string) => string | undefined> = {
  none: () => undefined,
  user: () => undefined,
  member: (state, userId) => (state.members.has(userId) ? undefined : "only members of this server may do this"),
  manageServer: (state, userId) => (canManageServer(state, userId) ? undefined : "the manageServer permission is required"),
  owner: (state, userId) => (isOwner(state, userId) ? undefined : "only the server's owner may do this"),
};

/** Why `permission` refuses the caller on this server (the 403 message), or undefined when it allows them. */
export function permissionRefusal(permission: RoutePermission, state: ServerState, userId: string): string | undefined {
  return refusals[permission](state, userId);
}
