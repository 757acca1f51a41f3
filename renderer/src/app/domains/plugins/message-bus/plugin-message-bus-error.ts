// The error a bus call is refused with: a stable code, a message for people.
export type PluginMessageBusErrorCode =
  | "invalid_plugin_id"
  | "invalid_topic"
  | "invalid_options"
  | "invalid_listener"
  | "payload_not_serializable"
  | "payload_too_large"
  | "too_many_subscriptions"
  | "dispatch_too_deep";

export class PluginMessageBusError extends Error {
  constructor(
    readonly code: PluginMessageBusErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PluginMessageBusError";
  }
}
