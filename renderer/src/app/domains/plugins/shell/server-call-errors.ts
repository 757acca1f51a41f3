// What a plugin sees when a server call fails: no answer is `PluginHostNotConnectedError`, a refusal is
// `PluginServerError` with the server's code; anything else (the SDK's own errors) passes as it is.
import {
  PluginHostNotConnectedError,
  PluginServerError,
  pluginServerErrorCodes,
  type PluginServerErrorCode,
} from "@toju/contracts/sdk/toju-plugin-sdk";
import { ApiRequestError } from "../../connection/api-request-error";
import { SocketRequestError, isConnectionFailure } from "../../connection/socket-request-error";

const serverCodes = new Set<string>(pluginServerErrorCodes);

export function toPluginError(method: string, error: unknown): Error {
  if (isConnectionFailure(error) || (error instanceof ApiRequestError && error.code === "network_error"))
    return new PluginHostNotConnectedError(method);
  if (error instanceof ApiRequestError || error instanceof SocketRequestError) {
    const code = serverCodes.has(error.code) ? (error.code as PluginServerErrorCode) : "internal";
    return new PluginServerError(code, method, error.message);
  }
  return error instanceof Error ? error : new PluginServerError("internal", method, String(error));
}

/** Runs a server call for a plugin, turning its failure into what the SDK promises. */
export async function forPlugin<T>(method: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toPluginError(method, error);
  }
}
