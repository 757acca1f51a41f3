// The error a grant change is refused with: a stable code for the host UI, a message for people.
import { CodedError } from "@toju/contracts/errors/coded-error";

export type PluginGrantErrorCode = "invalid_plugin_id" | "unknown_capability" | "invalid_origin" | "too_many_origins" | "too_many_plugins";

export class PluginGrantError extends CodedError<PluginGrantErrorCode> {
  override readonly name = "PluginGrantError";
}
