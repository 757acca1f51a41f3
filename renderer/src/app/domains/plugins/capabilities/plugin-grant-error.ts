// The error a grant change is refused with: a stable code for the host UI, a message for people.
export type PluginGrantErrorCode = "invalid_plugin_id" | "unknown_capability" | "invalid_origin" | "too_many_origins" | "too_many_plugins";

export class PluginGrantError extends Error {
  constructor(
    readonly code: PluginGrantErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PluginGrantError";
  }
}
