// The error a UI registration is refused with: a stable code, a message for people.
export type PluginUiRegistryErrorCode =
  | "invalid_plugin_id"
  | "plugin_not_active"
  | "plugin_already_active"
  | "unknown_kind"
  | "invalid_contribution"
  | "undeclared_contribution"
  | "duplicate_contribution";

export class PluginUiRegistryError extends Error {
  constructor(
    readonly code: PluginUiRegistryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PluginUiRegistryError";
  }
}
