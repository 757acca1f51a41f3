// validatePluginEventEnvelope: the checks after the token bucket and the envelope shape, in the contract's order (the
// order of `PluginEventRejectionCode`), each with its rejection code.
import { errorBodyLimit } from "@toju/generated/types/constants";
import type {
  ErrorDetail,
  PluginEventDefinition,
  PluginEventDirection,
  PluginEventEnvelope,
  PluginEventRejectionCode,
} from "@toju/generated/types/contract";
import { ajvErrorDetails } from "@toju/contracts/schema/error-details";
import type { EventSchemaRegistry } from "./event-schema-registry";
import { eventKey, type ServerState } from "./server-state";

export type PluginEventVerdict =
  | {
      accepted: true;
      definition: PluginEventDefinition;
      /** The payload's JSON text, measured once and relayed as is. */ payloadJson: string;
    }
  | { accepted: false; code: PluginEventRejectionCode; message: string; details?: ErrorDetail[] };

export interface PluginEventContext {
  state: ServerState | undefined;
  senderUserId: string;
  schemas: EventSchemaRegistry;
}

const reject = (code: PluginEventRejectionCode, message: string, details?: ErrorDetail[]): PluginEventVerdict => ({
  accepted: false,
  code,
  message,
  details,
});

function payloadText(payload: unknown): string | undefined {
  try {
    return JSON.stringify(payload) ?? "null";
  } catch {
    return undefined;
  }
}

/** The frame took a token (check 1, `rate_limited`) and passed the generated `ClientEnvelope` validator (`invalid_envelope`). */
export function validatePluginEventEnvelope(envelope: PluginEventEnvelope, context: PluginEventContext): PluginEventVerdict {
  const { state, senderUserId } = context;
  if (!state || !state.members.has(senderUserId)) return reject("not_member", "you are not a member of this server");
  if (state.requirements.get(envelope.pluginId)?.status === "blocked") return reject("plugin_blocked", "this server blocks the plugin");
  const loaded = state.events.get(eventKey(envelope.pluginId, envelope.eventName));
  if (!loaded) return reject("unknown_event", "the event is not registered for this server and plugin");
  const definition = loaded.definition;
  const directionProblem = directionProblemOf(envelope.direction, definition.direction);
  if (directionProblem) return reject("direction_not_allowed", directionProblem);
  const targetProblem = targetProblemOf(envelope, definition, state);
  if (targetProblem) return reject("invalid_target", targetProblem);
  const payloadJson = payloadText(envelope.payload);
  if (payloadJson === undefined)
    return reject("payload_too_large", `the payload is nested too deeply to measure; the limit is ${definition.maxPayloadBytes} bytes`);
  const bytes = Buffer.byteLength(payloadJson, "utf8");
  if (bytes > definition.maxPayloadBytes)
    return reject("payload_too_large", `the payload is ${bytes} bytes; the limit is ${definition.maxPayloadBytes}`);
  if (definition.schema) {
    loaded.validate ??= context.schemas.compile(definition.schema);
    if (!safeValidate(loaded.validate, envelope.payload)) {
      const details = ajvErrorDetails(loaded.validate.errors, { limit: errorBodyLimit.envelopeErrorDetails, prefix: "/payload" });
      return reject("schema_mismatch", "the payload does not match the event's schema", details);
    }
  }
  return { accepted: true, definition, payloadJson };
}

function directionProblemOf(sent: PluginEventDirection, defined: PluginEventDirection): string | undefined {
  if (sent === "serverRelay") return "serverRelay is the server's own direction; clients may not send it";
  if (defined === "serverRelay") return "this event is relayed by the server only; clients may not send it";
  return sent === defined ? undefined : `this event's direction is ${defined}`;
}

function targetProblemOf(envelope: PluginEventEnvelope, definition: PluginEventDefinition, state: ServerState): string | undefined {
  if (definition.scope === "channel" && (!envelope.channelId || !state.channels.has(envelope.channelId))) {
    return "channel scope needs the channelId of a channel of this server";
  }
  if (
    (definition.scope === "user" || definition.direction === "p2pHint") &&
    (!envelope.targetUserId || !state.members.has(envelope.targetUserId))
  ) {
    return "user scope and p2pHint need the targetUserId of a member";
  }
  return undefined;
}

function safeValidate(validate: (data: unknown) => boolean, data: unknown): boolean {
  try {
    return validate(data);
  } catch {
    (validate as { errors?: unknown }).errors = [{ instancePath: "", message: "payload could not be checked (too deeply nested)" }];
    return false;
  }
}
