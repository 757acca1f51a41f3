// Requests Node's HTTP parser refuses before Express sees them (headers over the limit, malformed request lines) are
// answered with an ApiError body too, instead of Node's bare status line.
import type { Socket } from "node:net";
import { ApiHttpError } from "./api-error";

const refusals: Record<string, { status: number; reason: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: "Request Header Fields Too Large", message: "the request headers are too large" },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: "Request Timeout", message: "the request took too long to arrive" },
};
const malformed = { status: 400, reason: "Bad Request", message: "the request is not valid HTTP" };

/** A `clientError` listener for the HTTP server. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, reason, message } = refusals[error.code ?? ""] ?? malformed;
  const body = JSON.stringify(new ApiHttpError("invalid_request", message).toBody());
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
