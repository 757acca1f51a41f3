// Counts a frame's arrays and objects before it is parsed: a 1 MiB frame of `{}`s took JSON.parse over 100 ms, so a
// frame with more containers than the contract allows is refused unread. Small frames cannot hold that many and skip
// the scan.
import { requestSizeLimit } from "@toju/generated/types/constants";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

/** Frames this small hold fewer containers than the limit (each takes at least two bytes, `[]` or `{}`, plus a comma). */
const SCAN_FROM_BYTES = requestSizeLimit.webSocketFrameContainers * 2;

/** Whether the JSON text holds at most `limit` arrays and objects (brackets inside strings do not count). */
export function containersWithin(bytes: Buffer, limit: number = requestSizeLimit.webSocketFrameContainers): boolean {
  if (bytes.length < SCAN_FROM_BYTES && limit === requestSizeLimit.webSocketFrameContainers) return true;
  let inString = false;
  let escaped = false;
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (b === BACKSLASH) escaped = true;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if ((b === OPEN_BRACE || b === OPEN_BRACKET) && ++count > limit) return false;
  }
  return true;
}
