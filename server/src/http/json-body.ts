// Request bodies: read raw up to the REST body limit (413 beyond), parsed and checked only when the guard reaches the
// body step, so a malformed body never hides a 401, 404 or 403.
import express, { type Request } from "express";
import { errorBodyLimit, requestSizeLimit } from "@toju/generated/types/constants";
import type { ContractValidator } from "@toju/generated/validators";
import { ajvErrorDetails } from "@toju/contracts/schema/error-details";
import { invalidRequest } from "./api-error";

export const readRawBody = express.raw({ type: () => true, limit: requestSizeLimit.restBodyBytes });

/** Refuses malformed UTF-8 instead of replacing it with U+FFFD (a name would silently change). */
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Parses the raw body as JSON and checks it with a generated validator; the result replaces `req.body`. */
export function parseJsonBody(req: Request, validate: ContractValidator<unknown>): void {
  const raw: unknown = req.body;
  if (!Buffer.isBuffer(raw) || raw.length === 0) throw invalidRequest("a JSON body is required", [{ path: "/body", message: "missing" }]);
  if (!req.is("application/json"))
    throw invalidRequest("the body must be application/json", [
      { path: "/body", message: `content type ${JSON.stringify(req.get("content-type") ?? "")} is not accepted` },
    ]);
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw invalidRequest("the body is not valid UTF-8", [{ path: "/body", message: "malformed UTF-8" }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidRequest("the body is not valid JSON", [{ path: "/body", message: "malformed JSON" }]);
  }
  let valid: boolean;
  try {
    valid = validate(value);
  } catch {
    throw invalidRequest("the body could not be checked", [{ path: "/body", message: "nested too deeply" }]);
  }
  if (!valid) {
    const details = ajvErrorDetails(validate.errors, { limit: errorBodyLimit.apiErrorDetails, prefix: "/body" });
    throw invalidRequest("the body does not match the contract", details);
  }
  req.body = value;
}
