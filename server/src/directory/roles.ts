// A server's fixed roles: the owner, admins (members granted `manageServer`) and members, each with its permissions.
import type { Membership, Role, RoleId } from "@toju/generated/types/contract";

export const serverRoles: readonly Role[] = [
  { id: "owner", name: "Owner", permissions: ["manageServer", "manageMembers"] },
  { id: "admin", name: "Admin", permissions: ["manageServer"] },
  { id: "member", name: "Member", permissions: [] },
];

/** A member holds exactly one role. */
export function rolesOf(membership: Membership): RoleId[] {
  if (membership.owner) return ["owner"];
  return membership.permissions.manageServer ? ["admin"] : ["member"];
}
