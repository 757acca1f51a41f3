// Session tokens: 256 random bits handed to the client once; only their SHA-256 is stored.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `Authorization: Bearer <token>` → the token, or undefined; the scheme is case-insensitive (RFC 7235). */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer +([A-Za-z0-9._~+/=-]{16,256})$/i.exec(header.trim());
  return match?.[1];
}
