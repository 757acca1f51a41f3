// Maps every failure (ours, tsoa's ValidateError, body-parser's) to an ApiError body; never a stack trace, never a secret.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { ValidateError } from "@tsoa/runtime";
import { requestSizeLimit } from "@toju/generated/types/constants";
import type { Logger } from "../ops/logger";
import { ApiHttpError } from "./api-error";

function toApiHttpError(error: unknown): ApiHttpError | undefined {
  if (error instanceof ApiHttpError) return error;
  if (error instanceof ValidateError) {
    const details = Object.entries(error.fields).map(([field, info]) => ({ path: `/${field.replace(/\./g, "/")}`, message: info.message }));
    return new ApiHttpError("invalid_request", "the request does not match the contract", details);
  }
  const type = (error as { type?: unknown } | null)?.type;
  if (type === "entity.too.large")
    return new ApiHttpError("payload_too_large", `the body exceeds ${requestSizeLimit.restBodyBytes / 1024} KiB`);
  if (type === "entity.parse.failed")
    return new ApiHttpError("invalid_request", "the body is not valid JSON", [{ path: "/body", message: "malformed JSON" }]);
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === "number" && status >= 400 && status < 500) {
    // body-parser (unsupported encoding or charset, aborted body) and the router (undecodable path) mark client faults with a 4xx.
    return new ApiHttpError("invalid_request", "the request could not be read");
  }
  return undefined;
}

export function apiErrorHandler(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = toApiHttpError(error);
    const apiError = known ?? new ApiHttpError("internal", "an unexpected error occurred");
    if (!known)
      log("error", "http.unexpected_error", {
        method: req.method,
        route: req.route?.path,
        error: (error as Error)?.name,
        message: String((error as Error)?.message).slice(0, 200),
      });
    if (res.headersSent) return;
    if (apiError.retryAfterSeconds !== undefined) res.set("Retry-After", String(apiError.retryAfterSeconds));
    res.status(apiError.status).json(apiError.toBody());
  };
}

export const apiNotFound: RequestHandler = (_req, res) => {
  res.status(404).json(new ApiHttpError("not_found", "no such route").toBody());
};
