// The one REST error value: an `ApiError` body with its HTTP status; thrown by guards and services, rendered by the error handler.
import { CodedError } from "@toju/contracts/errors/coded-error";
import { errorBodyLimit } from "@toju/generated/types/constants";
import type { ApiError, ApiErrorCode, ErrorDetail } from "@toju/generated/types/contract";

const statusOf: Record<ApiErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  quota_exceeded: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

export class ApiHttpError extends CodedError<ApiErrorCode> {
  override readonly name = "ApiHttpError";
  readonly status: number;

  /** Sent as `Retry-After` (429). */
  retryAfterSeconds?: number;

  constructor(
    code: ApiErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(code, message);
    this.status = statusOf[code];
  }

  toBody(): ApiError {
    const body: ApiError = { code: this.code, message: this.message.slice(0, errorBodyLimit.messageLength) };
    if (this.details && this.details.length > 0) {
      body.details = this.details.slice(0, errorBodyLimit.apiErrorDetails).map((d) => ({
        path: d.path.slice(0, errorBodyLimit.detailTextLength),
        message: d.message.slice(0, errorBodyLimit.detailTextLength),
      }));
    }
    return body;
  }
}

export const invalidRequest = (message: string, details?: ErrorDetail[]) => new ApiHttpError("invalid_request", message, details);
export const notFound = (message: string) => new ApiHttpError("not_found", message);
export const forbidden = (message: string) => new ApiHttpError("forbidden", message);
export const unauthenticated = (message = "a valid bearer token is required") => new ApiHttpError("unauthenticated", message);
export const conflict = (message: string) => new ApiHttpError("conflict", message);
export const quotaExceeded = (message: string) => new ApiHttpError("quota_exceeded", message);
export function rateLimited(message: string, retryAfterSeconds: number): ApiHttpError {
  const error = new ApiHttpError("rate_limited", message);
  error.retryAfterSeconds = retryAfterSeconds;
  return error;
}
