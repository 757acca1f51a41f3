// What travels on a plugin's data channel: one JSON text `{payload}` per message, at most 64 KiB as UTF-8.

export const MAX_P2P_FRAME_BYTES = 64 * 1024;

/** The frame's text, or a reason it cannot be sent. */
export type P2pFrameEncoding =
  { ok: true; text: string } | { ok: false; code: "value_not_serializable" | "value_too_large"; reason: string };

export function encodeP2pFrame(payload: unknown): P2pFrameEncoding {
  let text: string | undefined;
  try {
    text = JSON.stringify({ payload });
  } catch {
    return { ok: false, code: "value_not_serializable", reason: "the payload is not JSON (a cycle, a BigInt)" };
  }
  if (text === undefined || payload === undefined) return { ok: false, code: "value_not_serializable", reason: "the payload is not JSON" };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_P2P_FRAME_BYTES) {
    return { ok: false, code: "value_too_large", reason: `the frame is ${bytes} bytes; at most ${MAX_P2P_FRAME_BYTES} are sent` };
  }
  return { ok: true, text };
}

/** The payload of a received frame, or undefined for anything that is not a well-formed frame within the limit. */
export function decodeP2pFrame(data: unknown): { payload: unknown } | undefined {
  if (typeof data !== "string" || data.length > MAX_P2P_FRAME_BYTES) return undefined;
  if (new TextEncoder().encode(data).length > MAX_P2P_FRAME_BYTES) return undefined;
  try {
    const frame = JSON.parse(data) as unknown;
    return typeof frame === "object" && frame !== null && !Array.isArray(frame) && "payload" in frame
      ? { payload: frame.payload }
      : undefined;
  } catch {
    return undefined;
  }
}
