// The error an API call is refused with when its arguments break the contract (as opposed to a missing grant).
export type PluginApiArgumentErrorCode = "invalid_plugin_id" | "invalid_data_key" | "value_not_serializable" | "value_too_large";

export class PluginApiArgumentError extends Error {
  constructor(
    readonly code: PluginApiArgumentErrorCode,
    readonly pluginId: string,
    readonly method: string,
    message: string,
  ) {
    super(`${method}: ${message}`);
    this.name = "PluginApiArgumentError";
  }
}
