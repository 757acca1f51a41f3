// Opaque server-made ids (EntityId: 1..64 of [A-Za-z0-9_-]): 128 random bits in base64url.
import { randomBytes } from "node:crypto";

export function newEntityId(): string {
  return randomBytes(16).toString("base64url");
}
