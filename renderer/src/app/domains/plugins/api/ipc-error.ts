// The desktop tier rejects with `IpcError` values, not `Error`s (their code survives the IPC boundary that way).
import { describeError } from "@toju/contracts/errors/coded-error";
import { ipcErrorCodeValues, type IpcError } from "@toju/generated/types/contract";

export function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== "object" || value === null) return false;
  const { code, message } = value as Partial<Record<keyof IpcError, unknown>>;
  return typeof message === "string" && (ipcErrorCodeValues as readonly unknown[]).includes(code);
}

/** One line for people: an `IpcError`'s message, or whatever else was thrown, described. */
export function describeDesktopFailure(error: unknown): string {
  return describeError(isIpcError(error) ? error.message : error);
}
