// Generated from spec/ by `npm run generate`. Do not edit.
// Named constants of the contract: the spec's enums whose members carry values.

/**
 * Sign-in throttling (`POST /api/auth/login` and `/register`): over a limit the server answers 429 `rate_limited` with `Retry-After` (seconds) without checking the password. Attempts count from when they arrive; a successful one is then taken back, so only failures count and a burst of concurrent attempts cannot slip past.
 */
export const authThrottleLimit = {
  /**
   * Failed sign-ins per user name (compared without case) within the window.
   */
  failedSignInsPerUsername: 10,
  /**
   * Failed sign-ins and registrations per client address (IPv6: per /64) within the window.
   */
  failedAuthRequestsPerAddress: 60,
  /**
   * The sliding window, in seconds.
   */
  windowSeconds: 60,
} as const;

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
 * Defaults of the per-connection token bucket (env `PLUGIN_EVENT_RATE` and `PLUGIN_EVENT_BURST`, names kept from when it limited `plugin_event` only): after `identify`, every client frame takes one token before any other check, accepted or refused alike, and an empty bucket answers `rate_limited`.
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
 * What one user may create; over a quota the request is refused with 403 `quota_exceeded` and nothing changes.
 */
export const quota = {
  /**
   * Servers one user owns.
   */
  serversOwnedPerUser: 100,
  /**
   * Channels of one server, `general` included.
   */
  channelsPerServer: 50,
  /**
   * Plugin requirements of one server.
   */
  requirementsPerServer: 200,
  /**
   * Plugin event definitions of one server (those a requirement's manifest declares included).
   */
  eventDefinitionsPerServer: 500,
  /**
   * UTF-8 bytes of a server's `PluginRequirementsSnapshot` JSON (4 MiB): every change sends the whole snapshot to every watcher, so it must stay well under `webSocketBufferLimit.maxBufferedBytes`.
   */
  snapshotBytes: 4194304,
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
   * The most arrays and objects one websocket frame may hold (65,536), counted before it is parsed: a frame with more is answered with `error` `invalid_envelope` and not parsed, since parsing it would hold up every other client.
   */
  webSocketFrameContainers: 65536,
  /**
   * The largest attachment upload, in bytes (8 MiB); a larger one is refused with 413 `payload_too_large` while it is read, and nothing is kept.
   */
  attachmentBytes: 8388608,
} as const;

/**
 * Sessions.
 */
export const sessionDefault = {
  /**
   * Seconds a token is valid after it was issued (30 days; env `SESSION_TTL_SECONDS`). An expired or revoked token is refused with 401, and a socket identified with it is closed with 4401.
   */
  ttlSeconds: 2592000,
} as const;

/**
 * What the server keeps for one socket that does not read (backpressure).
 */
export const webSocketBufferLimit = {
  /**
   * The most unsent data the server buffers for one socket, in bytes (8 MiB): a frame that would pass it is not sent, and the socket is closed with 1013 instead.
   */
  maxBufferedBytes: 8388608,
  /**
   * A socket closed for backpressure that has not completed the close handshake this long after (1 s) is destroyed.
   */
  closeTimeoutMs: 1000,
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
  /**
   * The socket's unsent data exceeded `webSocketBufferLimit.maxBufferedBytes` (the client stopped reading); the connection is destroyed if the close does not complete within `webSocketBufferLimit.closeTimeoutMs`. Reconnect and read faster.
   */
  tryAgainLater: 1013,
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
