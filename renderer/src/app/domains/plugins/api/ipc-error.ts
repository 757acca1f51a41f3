// The desktop tier rejects with `IpcError` values, not `Error`s (their code survives the IPC boundary that way).
import { describeError } from "@toju/contracts/errors/coded-error";
import { ipcErrorCodeValues, type IpcError } from "@toju/generated/types/contract";

export function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== "object" || value === null) return false;
  const { code, message } = value as Partial<Record<keyof IpcError, unknown>>;
  return typeof message === "string" && (ipcErrorCodeValues as readonly unknown[]).includes(code);
}

/** One line for people: the message of an `IpcError` (or of the server's `ApiError`), or whatever else was thrown, described. */
export function describeDesktopFailure(error: unknown): string {
  if (isIpcError(error)) return error.message;
  const message =
    typeof error === "object" && error !== null && !(error instanceof Error) ? (error as { message?: unknown }).message : undefined;
  return typeof message === "string" ? message : describeError(error);
}
