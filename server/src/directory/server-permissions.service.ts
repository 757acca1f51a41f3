// Who may do what on a server: the owner has every permission; `manageServer` gates plugin changes.
import type { ServerState } from "../plugin-support/server-state";

export function isOwner(state: ServerState, userId: string): boolean {
  return state.ownerId === userId;
}

export function canManageServer(state: ServerState, userId: string): boolean {
  return isOwner(state, userId) || state.members.get(userId)?.permissions.manageServer === true;
}

export function isMember(state: ServerState, userId: string): boolean {
  return state.members.has(userId);
}
