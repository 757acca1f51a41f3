// validatePluginEventEnvelope: the checks after the envelope shape, in the contract's order (the order of
// `PluginEventRejectionCode`), each with its rejection code.
import { errorBodyLimit } from "@toju/generated/types/constants";
import type { ErrorDetail, PluginEventDefinition, PluginEventEnvelope, PluginEventRejectionCode } from "@toju/generated/types/contract";
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
  /** Takes one token from the sender's bucket; false when empty. Called only once every other check passed. */
  takeToken: () => boolean;
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

/** The envelope has already passed the generated `ClientEnvelope` validator (check 1, `invalid_envelope`). */
export function validatePluginEventEnvelope(envelope: PluginEventEnvelope, context: PluginEventContext): PluginEventVerdict {
  const { state, senderUserId } = context;
  if (!state || !state.members.has(senderUserId)) return reject("not_member", "you are not a member of this server");
  if (state.requirements.get(envelope.pluginId)?.status === "blocked") return reject("plugin_blocked", "this server blocks the plugin");
  const loaded = state.events.get(eventKey(envelope.pluginId, envelope.eventName));
  if (!loaded) return reject("unknown_event", "the event is not registered for this server and plugin");
  const definition = loaded.definition;
  if (envelope.direction !== definition.direction || envelope.direction === "serverRelay") {
    return reject("direction_not_allowed", `direction must be ${definition.direction} and may not be serverRelay`);
  }
  const targetProblem = targetProblemOf(envelope, definition, state);
  if (targetProblem) return reject("invalid_target", targetProblem);
  const payloadJson = payloadText(envelope.payload);
  const bytes = payloadJson === undefined ? Number.POSITIVE_INFINITY : Buffer.byteLength(payloadJson, "utf8");
  if (payloadJson === undefined || bytes > definition.maxPayloadBytes)
    return reject("payload_too_large", `payload is ${bytes} bytes; the limit is ${definition.maxPayloadBytes}`);
  if (definition.schema) {
    loaded.validate ??= context.schemas.compile(definition.schema);
    if (!safeValidate(loaded.validate, envelope.payload)) {
      const details = ajvErrorDetails(loaded.validate.errors, { limit: errorBodyLimit.envelopeErrorDetails, prefix: "/payload" });
      return reject("schema_mismatch", "the payload does not match the event's schema", details);
    }
  }
  if (!context.takeToken()) return reject("rate_limited", "too many plugin events on this connection");
  return { accepted: true, definition, payloadJson };
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
