// Why an install or update from a URL failed, in words people read: the desktop's IpcError named by what went wrong
// (the origin, a redirect, the size, the integrity check, the plugin id), with its message and details kept.
import type { IpcError } from "@toju/generated/types/contract";
import { describeDesktopFailure, isIpcError } from "../api/ipc-error";

export interface InstallFailure {
  /** The desktop's code, when it refused with an `IpcError`. */
  code?: IpcError["code"];
  /** One line: what went wrong, then the desktop's message. */
  summary: string;
  /** The desktop's details (a refused manifest's issues), one line each. */
  details: string[];
}

export function describeInstallFailure(error: unknown): InstallFailure {
  if (!isIpcError(error)) return { summary: describeDesktopFailure(error), details: [] };
  const details = (error.details ?? []).map((detail) => (detail.path ? `${detail.path}: ${detail.message}` : detail.message));
  return { code: error.code, summary: `${headline(error)}: ${error.message}`, details };
}

function headline({ code, message }: IpcError): string {
  switch (code) {
    case "integrity_mismatch":
      return "Integrity check failed (bundle.integrity)";
    case "origin_not_approved":
      return "Origin not allowed";
    case "invalid_manifest":
      return /is for plugin '/.test(message) ? "Wrong plugin" : "Invalid manifest";
    case "download_failed":
      if (/redirected to another origin/.test(message)) return "Redirect to another origin refused";
      if (/bytes/.test(message)) return "Too large";
      if (/did not answer within/.test(message)) return "Timed out";
      return "Download failed";
    default:
      return "Not installed";
  }
}
