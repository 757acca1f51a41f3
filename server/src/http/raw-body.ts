// Raw request bodies (uploads): streamed to a spool file with a hard byte cap (413 while reading, the partial file
// removed), never buffered or parsed; the Content-Type is checked with the generated media-type validator and kept.
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import type { Request, Response } from "express";
import type { BodySpec } from "@toju/generated/server/route-table";
import { ApiHttpError, invalidRequest } from "./api-error";

type RawBodySpec = Extract<BodySpec, { kind: "raw" }>;

export interface SpooledBody {
  /** The spool file; removed when the response ends unless something moved it away first. */
  file: string;
  size: number;
  mediaType: string;
}

const spooled = Symbol("spooledBody");

interface SpooledRequest extends Request {
  [spooled]?: SpooledBody;
}

const tooLarge = (maxBytes: number) =>
  new ApiHttpError("payload_too_large", `the body exceeds ${maxBytes / (1024 * 1024)} MiB; nothing was kept`);

/** The request's body, spooled by the route guard (only routes with a raw body have one). */
export function spooledBodyOf(req: Request): SpooledBody {
  const body = (req as SpooledRequest)[spooled];
  if (!body) throw new Error("route guard did not spool this request's body");
  return body;
}

function checkHeaders(req: Request, spec: RawBodySpec): string {
  const mediaType = req.get("content-type");
  if (mediaType === undefined || !spec.validateMediaType(mediaType))
    throw invalidRequest("the Content-Type must be the file's media type, such as image/png", [
      { path: "/header/content-type", message: mediaType === undefined ? "missing" : "not a well-formed media type" },
    ]);
  const encoding = req.get("content-encoding");
  if (encoding !== undefined && encoding.trim().toLowerCase() !== "identity")
    throw invalidRequest("the body must be sent without a Content-Encoding", [
      { path: "/header/content-encoding", message: "not accepted" },
    ]);
  const declared = Number(req.get("content-length"));
  if (Number.isFinite(declared) && declared > spec.maxBytes) throw tooLarge(spec.maxBytes);
  return mediaType;
}

/** Streams the body into `file` (created exclusively); rejects with 413 as soon as it passes `maxBytes`. */
function receive(req: Request, file: string, maxBytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file, { flags: "wx" });
    let size = 0;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      req.resume();
      // Settle once the file is closed, so the caller's removal cannot race its creation.
      if (out.closed) reject(error);
      else out.once("close", () => reject(error)).destroy();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(tooLarge(maxBytes));
      if (!out.write(chunk)) {
        req.pause();
        out.once("drain", () => req.resume());
      }
    };
    req.on("data", onData);
    req.once("end", () => {
      if (settled) return;
      out.end(() => {
        if (settled) return;
        settled = true;
        resolve(size);
      });
    });
    req.once("error", () => fail(invalidRequest("the body could not be read")));
    req.once("close", () => {
      if (!req.complete) fail(invalidRequest("the body ended early"));
    });
    out.once("error", fail);
  });
}

/** The guard's body step for a raw body: headers checked, bytes spooled, the result left for the controller. */
export async function spoolRawBody(req: Request, res: Response, spec: RawBodySpec, file: string): Promise<void> {
  try {
    const mediaType = checkHeaders(req, spec);
    res.once("close", () => void rm(file, { force: true }).catch(() => undefined));
    const size = await receive(req, file, spec.maxBytes).catch(async (error: unknown) => {
      await rm(file, { force: true });
      throw error;
    });
    const body: SpooledBody = { file, size, mediaType };
    // tsoa hands `req.body` to the controller's body parameter; the controller reads the typed value below.
    req.body = body;
    (req as SpooledRequest)[spooled] = body;
  } catch (error) {
    // Whatever the client still sends is not read: close the connection once the refusal is written.
    res.setHeader("Connection", "close");
    throw error;
  }
}
