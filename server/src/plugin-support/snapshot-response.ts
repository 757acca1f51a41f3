// The snapshot route's body, serialised once per revision with a strong ETag, and conditional GETs against it.
import { createHash } from "node:crypto";
import type { Response } from "express";
import type { PluginRequirementsSnapshot } from "@toju/generated/types/contract";

export interface SerializedSnapshot {
  snapshot: PluginRequirementsSnapshot;
  /** The JSON text (a string: Node writes headers and body in one go, where a Buffer costs a second write). */
  body: string;
  bytes: number;
  /** `"<revision>-<digest of body>"`: strong, and different for every serialisation a server's snapshot ever has. */
  etag: string;
}

export function serializeSnapshot(snapshot: PluginRequirementsSnapshot): SerializedSnapshot {
  const body = JSON.stringify(snapshot);
  const digest = createHash("sha256").update(body, "utf8").digest("base64url").slice(0, 22);
  return { snapshot, body, bytes: Buffer.byteLength(body, "utf8"), etag: `"${snapshot.revision}-${digest}"` };
}

/** RFC 9110 §13.1.2: `*`, or a list of entity tags compared weakly (a `W/` prefix is ignored). */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = header.trim();
  if (value === "*") return true;
  for (const tag of value.split(",")) {
    const opaque = tag.trim().replace(/^W\//, "");
    if (opaque === etag) return true;
  }
  return false;
}

/** Writes 304 (no body) when `If-None-Match` names the current ETag, else 200 with the cached bytes. */
export function sendSnapshot(ifNoneMatch: string | undefined, res: Response, serialized: SerializedSnapshot): void {
  res.setHeader("ETag", serialized.etag);
  res.setHeader("Cache-Control", "private, no-cache");
  if (noneMatchHits(ifNoneMatch, serialized.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = 200;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", serialized.bytes);
  res.end(serialized.body, "utf8");
}
