// Browser side of the bridge: the same `TojuDesktopApi` as `window.tojuDesktop`, over fetch. The page
// learns the bridge address and per-launch secret from a meta tag the server writes into index.html.
import type { IpcError } from "@toju/generated/types/contract";
import { desktopIpcMethods, type DesktopIpcMethod, type TojuDesktopApi } from "./desktop-ipc";
import { metaTag } from "./shell-page";

export const BRIDGE_META_NAME = "toju-desktop-bridge";
const SECRET_HEADER = "x-toju-bridge-secret";

export interface BridgeConnection {
  /** Base URL of the bridge router, such as `/desktop-bridge` or `http://127.0.0.1:5123`. */
  baseUrl: string;
  secret: string;
}

/** The `<meta>` tag a server puts in the page it serves so that page, and only it, can reach the bridge. */
export function bridgeConnectionMetaTag(connection: BridgeConnection): string {
  return metaTag(BRIDGE_META_NAME, JSON.stringify(connection));
}

export function readBridgeConnection(doc: Pick<Document, "querySelector">): BridgeConnection | null {
  const content = doc.querySelector(`meta[name="${BRIDGE_META_NAME}"]`)?.getAttribute("content");
  if (!content) return null;
  try {
    const parsed = JSON.parse(content) as Partial<BridgeConnection>;
    return typeof parsed.baseUrl === "string" && typeof parsed.secret === "string"
      ? { baseUrl: parsed.baseUrl, secret: parsed.secret }
      : null;
  } catch {
    return null;
  }
}

/** Rejects with the bridge's `IpcError` value, as the Electron preload does. */
export function createBridgeClient(connection: BridgeConnection, fetchImpl: typeof fetch = fetch): TojuDesktopApi {
  const base = connection.baseUrl.replace(/\/+$/, "");
  const call = async (method: DesktopIpcMethod, request?: unknown): Promise<unknown> => {
    const response = await fetchImpl(`${base}/ipc/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json", [SECRET_HEADER]: connection.secret },
      body: JSON.stringify(request ?? {}),
      credentials: "omit",
      cache: "no-store",
    });
    const body = (await response.json().catch(() => null)) as unknown;
    if (response.ok) return body;
    const error: IpcError = isIpcError(body) ? body : { code: "internal", message: `bridge answered ${response.status}` };
    throw error;
  };
  return Object.fromEntries(
    desktopIpcMethods.map((method) => [method, (request?: unknown) => call(method, request)]),
  ) as unknown as TojuDesktopApi;
}

function isIpcError(value: unknown): value is IpcError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as IpcError).code === "string" &&
    typeof (value as IpcError).message === "string"
  );
}
