// Checks on bus input from plugins: topics, channel/peer targets and options.
import { type MessageBusOptions, PluginMessageBusError } from "@toju/contracts/sdk/toju-plugin-sdk";
import { validateEntityId, validatePluginId } from "@toju/generated/validators/index";

/** A letter or digit, then up to 127 letters, digits or `. _ : / -`; so `__proto__` and empty topics never reach a map. */
export const MESSAGE_BUS_TOPIC = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

export interface MessageBusTarget {
  channelId?: string;
  peerId?: string;
}

export function requireBusPluginId(pluginId: unknown): string {
  if (!validatePluginId(pluginId)) throw new PluginMessageBusError("invalid_plugin_id", `'${shown(pluginId)}' is not a plugin id`);
  return pluginId;
}

export function requireTopic(topic: unknown): string {
  if (typeof topic !== "string" || !MESSAGE_BUS_TOPIC.test(topic)) {
    throw new PluginMessageBusError(
      "invalid_topic",
      `'${shown(topic)}' is not a topic (a letter or digit, then up to 127 letters, digits or . _ : / -)`,
    );
  }
  return topic;
}

/** The options of a publish or subscribe call, checked field by field; unknown fields are refused. */
export function readOptions(options: unknown): { target: MessageBusTarget; replay: boolean } {
  if (options === undefined) return { target: {}, replay: false };
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new PluginMessageBusError("invalid_options", "options must be an object");
  const { channelId, peerId, replay, ...rest } = options as MessageBusOptions;
  const unknown = Object.keys(rest);
  if (unknown.length) throw new PluginMessageBusError("invalid_options", `unknown option '${shown(unknown[0])}'`);
  if (replay !== undefined && typeof replay !== "boolean")
    throw new PluginMessageBusError("invalid_options", "replay must be true or false");
  const target: MessageBusTarget = {};
  if (channelId !== undefined) target.channelId = requireTargetId("channelId", channelId);
  if (peerId !== undefined) target.peerId = requireTargetId("peerId", peerId);
  return { target, replay: replay === true };
}

function requireTargetId(field: string, value: unknown): string {
  if (!validateEntityId(value)) throw new PluginMessageBusError("invalid_options", `${field} '${shown(value)}' is not an id`);
  return value;
}

function shown(value: unknown): string {
  return (typeof value === "string" ? value : typeof value).slice(0, 80);
}
