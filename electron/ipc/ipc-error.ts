// Typed IPC failures: a stable code and a message for people; nothing else leaves the main process.
import type { ErrorObject } from "ajv";
import type { ErrorDetail, IpcError, IpcErrorCode } from "@toju/generated/types/contract";
import { CodedError } from "@toju/contracts/errors/coded-error";
import { ajvErrorDetails } from "@toju/contracts/schema/error-details";

export class IpcFailure extends CodedError<IpcErrorCode> {
  override readonly name = "IpcFailure";
  constructor(
    code: IpcErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(code, message);
  }

  toIpcError(): IpcError {
    const message = this.message.slice(0, 2048);
    return this.details ? { code: this.code, message, details: this.details } : { code: this.code, message };
  }
}

/** Any thrown value as an `IpcError`; unexpected faults lose their details (and stack) on purpose. */
export function toIpcError(error: unknown): IpcError {
  if (error instanceof IpcFailure) return error.toIpcError();
  return { code: "internal", message: "an unexpected fault occurred in the desktop host" };
}

export function invalidRequest(what: string, errors: ErrorObject[] | null | undefined): IpcFailure {
  const details = ajvErrorDetails(errors, { limit: 50 });
  return new IpcFailure("invalid_request", `the ${what} does not match the contract`, details.length ? details : undefined);
}
