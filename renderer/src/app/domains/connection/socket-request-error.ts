// Why a websocket request failed: the server's `error` code, or what happened to the connection meanwhile.
import { CodedError } from "@toju/contracts/errors/coded-error";
import type { ErrorDetail, WebSocketErrorCode } from "@toju/generated/types/contract";

export type SocketRequestErrorCode = WebSocketErrorCode | "not_connected" | "connection_lost" | "timeout";

export class SocketRequestError extends CodedError<SocketRequestErrorCode> {
  override readonly name = "SocketRequestError";

  constructor(
    code: SocketRequestErrorCode,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(code, message);
  }
}

/** The request never got an answer from the server: nothing the caller sent can be assumed to have arrived. */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof SocketRequestError && ["not_connected", "connection_lost", "timeout"].includes(error.code);
}
