// A refused or failed REST call as a value: the server's `ApiError` code (the contract), its HTTP status and details.
import { CodedError } from "@toju/contracts/errors/coded-error";
import type { ApiErrorCode, ErrorDetail } from "@toju/generated/types/contract";

/** `network_error`: no answer at all; `unexpected_response`: an answer that is no `ApiError`. */
export type ApiRequestErrorCode = ApiErrorCode | "network_error" | "unexpected_response";

export class ApiRequestError extends CodedError<ApiRequestErrorCode> {
  override readonly name = "ApiRequestError";

  constructor(
    code: ApiRequestErrorCode,
    message: string,
    /** The HTTP status; 0 when no answer arrived. */
    readonly status: number,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(code, message);
  }
}
