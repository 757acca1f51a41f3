// What the connection domain takes from the browser, as injection tokens (tests hand in fakes), and the one REST
// client and one websocket client of the renderer.
import { DOCUMENT, InjectionToken, inject } from "@angular/core";
import { SERVER_ORIGIN_META_NAME } from "@toju/contracts/desktop/shell-page";
import { RUNTIME_CONSOLE } from "../plugins/shell/runtime-tokens";
import { TojuRestClient } from "./rest-client";
import { SessionTokenStore } from "./session-token-store";
import { TojuSocketClient, type NetworkStatus, type WebSocketFactory, type WebSocketLike } from "./websocket-client";

/**
 * The signaling server's origin: `<meta name="toju-server-origin">` when the page names one (a desktop window, whose
 * page comes from the app itself), else the page's own origin (the browser shell serves both from one origin).
 */
export const SERVER_ORIGIN = new InjectionToken<string>("SERVER_ORIGIN", {
  providedIn: "root",
  factory: () => {
    const document = inject(DOCUMENT);
    const named = document.querySelector<HTMLMetaElement>(`meta[name="${SERVER_ORIGIN_META_NAME}"]`)?.content;
    return (named && URL.canParse(named) && new URL(named).origin) || document.location.origin;
  },
});

export const WEB_SOCKET_FACTORY = new InjectionToken<WebSocketFactory>("WEB_SOCKET_FACTORY", {
  providedIn: "root",
  factory: () => {
    const view = inject(DOCUMENT).defaultView!;
    // The browser socket has the members the client uses; its handler types name DOM events the client never reads.
    return (url) => new view.WebSocket(url) as unknown as WebSocketLike;
  },
});

export const HTTP_FETCH = new InjectionToken<(request: Request) => Promise<Response>>("HTTP_FETCH", {
  providedIn: "root",
  factory: () => {
    const view = inject(DOCUMENT).defaultView!;
    return (request) => view.fetch(request);
  },
});

export const NETWORK_STATUS = new InjectionToken<NetworkStatus | null>("NETWORK_STATUS", {
  providedIn: "root",
  factory: () => {
    const view = inject(DOCUMENT).defaultView;
    if (!view) return null;
    return {
      online: () => view.navigator.onLine !== false,
      onChange: (listener) => {
        const online = () => listener(true);
        const offline = () => listener(false);
        view.addEventListener("online", online);
        view.addEventListener("offline", offline);
        return {
          dispose: () => {
            view.removeEventListener("online", online);
            view.removeEventListener("offline", offline);
          },
        };
      },
    };
  },
});

export const SESSION_TOKEN_STORE = new InjectionToken<SessionTokenStore>("SESSION_TOKEN_STORE", {
  providedIn: "root",
  factory: () => new SessionTokenStore(inject(DOCUMENT).defaultView!.sessionStorage),
});

export const TOJU_REST = new InjectionToken<TojuRestClient>("TOJU_REST", {
  providedIn: "root",
  factory: () => {
    const tokens = inject(SESSION_TOKEN_STORE);
    return new TojuRestClient({ baseUrl: inject(SERVER_ORIGIN), token: () => tokens.token(), fetch: inject(HTTP_FETCH) });
  },
});

export const TOJU_SOCKET = new InjectionToken<TojuSocketClient>("TOJU_SOCKET", {
  providedIn: "root",
  factory: () => {
    const output = inject(RUNTIME_CONSOLE);
    return new TojuSocketClient({
      url: `${inject(SERVER_ORIGIN).replace(/^http/, "ws")}/ws`,
      createSocket: inject(WEB_SOCKET_FACTORY),
      network: inject(NETWORK_STATUS) ?? undefined,
      log: (message, detail) => output.warn(`[toju] ${message}`, detail ?? ""),
    });
  },
});
