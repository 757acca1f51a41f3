// A failed command in words people understand: the server's code decides the sentence, a command may word its own.
import { describeError } from "@toju/contracts/errors/coded-error";
import { ApiRequestError } from "../../domains/connection/api-request-error";
import { SocketRequestError } from "../../domains/connection/socket-request-error";

const GENERAL: Record<string, string> = {
  network_error: "The server cannot be reached. Check your connection and try again.",
  not_connected: "You are offline; this works again once the connection is back.",
  connection_lost: "The connection dropped before the server answered. Try again.",
  timeout: "The server did not answer in time. Try again.",
  rate_limited: "Too many attempts. Wait a moment and try again.",
  forbidden: "You are not allowed to do that here.",
  payload_too_large: "That is too large for the server.",
  internal: "Something went wrong on the server. Try again.",
};

export function failureText(error: unknown, wording: Readonly<Record<string, string>> = {}): string {
  if (error instanceof ApiRequestError || error instanceof SocketRequestError) {
    const text = wording[error.code] ?? GENERAL[error.code];
    if (text) return text;
  }
  return describeError(error);
}
