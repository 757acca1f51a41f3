// The ICE servers an operator sets for the page: `<meta name="toju-ice-servers" content='[{"urls": "stun:…"}]'>`
// (RTCIceServer objects, as JSON). Without the tag, connections use host candidates only; a malformed value is
// reported and ignored rather than half used.

export const ICE_SERVERS_META = "toju-ice-servers";

const ICE_URL = /^(stun|stuns|turn|turns):\S+$/i;

/** The servers the meta content names, or none (and why) when it is absent or malformed. */
export function readIceServers(content: string | null | undefined): { servers: RTCIceServer[]; problem?: string } {
  if (content === null || content === undefined || content.trim() === "") return { servers: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return { servers: [], problem: `${ICE_SERVERS_META} is not JSON` };
  }
  if (!Array.isArray(parsed)) return { servers: [], problem: `${ICE_SERVERS_META} must be a JSON array of ICE servers` };
  const servers: RTCIceServer[] = [];
  for (const [index, entry] of parsed.entries()) {
    const server = iceServer(entry);
    if (!server)
      return {
        servers: [],
        problem: `${ICE_SERVERS_META}[${index}] must be {urls, username?, credential?} with stun:, stuns:, turn: or turns: URLs`,
      };
    servers.push(server);
  }
  return { servers };
}

function iceServer(entry: unknown): RTCIceServer | undefined {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return undefined;
  const { urls, username, credential, ...rest } = entry as Record<string, unknown>;
  const list = typeof urls === "string" ? [urls] : urls;
  if (Object.keys(rest).length > 0 || !Array.isArray(list) || list.length === 0) return undefined;
  if (!list.every((url) => typeof url === "string" && ICE_URL.test(url))) return undefined;
  if ((username !== undefined && typeof username !== "string") || (credential !== undefined && typeof credential !== "string"))
    return undefined;
  return {
    urls: list as string[],
    ...(username !== undefined ? { username } : {}),
    ...(credential !== undefined ? { credential } : {}),
  };
}
