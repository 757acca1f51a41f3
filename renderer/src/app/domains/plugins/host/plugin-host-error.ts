// Errors the host answers its callers with (not plugins): asking for something it cannot do.
import { CodedError } from "@toju/contracts/errors/coded-error";

export type PluginHostErrorCode = "unknown_plugin" | "plugin_disabled" | "invalid_manifest";

/** A caller asked the host for something it cannot do; the code is stable, the message for people. */
export class PluginHostError extends CodedError<PluginHostErrorCode> {
  override readonly name = "PluginHostError";

  constructor(
    code: PluginHostErrorCode,
    readonly pluginId: string,
    message: string,
  ) {
    super(code, message);
  }
}
