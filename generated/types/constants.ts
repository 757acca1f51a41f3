// Generated from spec/ by `npm run generate`. Do not edit.
// Named constants of the contract: the spec's enums whose members carry values.

/**
 * Caps of error bodies: the REST `ApiError` and the websocket `error` and `plugin_event_rejected` envelopes.
 */
export const errorBodyLimit = {
  /**
   * Most `details` in one `ApiError`.
   */
  apiErrorDetails: 50,
  /**
   * Most `details` in one `error` or `plugin_event_rejected` envelope.
   */
  envelopeErrorDetails: 20,
  /**
   * The longest `message`, in characters.
   */
  messageLength: 2048,
  /**
   * The longest `path` or `message` of one detail, in characters.
   */
  detailTextLength: 1024,
} as const;

/**
 * Pages of a channel's stored messages (`GET /api/servers/{serverId}/channels/{channelId}/messages`).
 */
export const messagePageLimit = {
  /**
   * Messages in a page when the request sets no `limit`.
   */
  defaultMessages: 50,
  /**
   * The largest `limit` a request may set.
   */
  maxMessages: 100,
} as const;

/**
 * Sizes of plugin events and their definitions.
 */
export const pluginEventLimit = {
  /**
   * `maxPayloadBytes` of an event definition that sets none: 65,536 UTF-8 bytes of the payload's JSON text.
   */
  defaultMaxPayloadBytes: 65536,
  /**
   * The largest `maxPayloadBytes` an event definition may set: 1,048,576 bytes.
   */
  maxPayloadBytes: 1048576,
  /**
   * The largest event payload schema, in UTF-8 bytes of its JSON text (16 KiB).
   */
  maxSchemaBytes: 16384,
} as const;

/**
 * Defaults of the per-connection token bucket that limits `plugin_event` and `p2p_signal` frames (env `PLUGIN_EVENT_RATE` and `PLUGIN_EVENT_BURST`).
 */
export const pluginEventRateDefault = {
  /**
   * Tokens added per second; 0 turns the limit off.
   */
  eventsPerSecond: 50,
  /**
   * Tokens the bucket holds (the burst a connection may send at once).
   */
  burst: 100,
} as const;

/**
 * Sizes of what a client sends.
 */
export const requestSizeLimit = {
  /**
   * The largest REST request body, in bytes (256 KiB); a larger one is refused with 413 `payload_too_large` while it is read.
   */
  restBodyBytes: 262144,
  /**
   * The largest websocket frame, in bytes (1 MiB); a larger one closes the socket with 1009.
   */
  webSocketFrameBytes: 1048576,
  /**
   * The largest attachment upload, in bytes (8 MiB); a larger one is refused with 413 `payload_too_large` while it is read, and nothing is kept.
   */
  attachmentBytes: 8388608,
} as const;

/**
 * Close codes the server sends on `/ws`.
 */
export const webSocketCloseCode = {
  /**
   * The first frame was not a valid `identify`, its token is unknown, or no `identify` came within the identify timeout.
   */
  unauthenticated: 4401,
  /**
   * A frame exceeded the frame limit (1 MiB).
   */
  messageTooBig: 1009,
  /**
   * The server is shutting down.
   */
  goingAway: 1001,
} as const;

/**
 * Timings of `/ws`, in milliseconds.
 */
export const webSocketTiming = {
  /**
   * A socket that has sent no valid `identify` this long after connecting is closed with 4401 (10 s).
   */
  identifyTimeoutMs: 10000,
  /**
   * The server pings every socket this often and terminates one that did not answer the previous ping (30 s).
   */
  heartbeatIntervalMs: 30000,
} as const;
