// `p2p` wired to the real host: the chat session's user and open server, the renderer's websocket for signals, and
// RTCPeerConnections with the ICE servers the page names (`<meta name="toju-ice-servers">`, none by default). One root
// instance; `plugin-runtime.providers.ts` hands its ports to the plugin API.
import { DOCUMENT, DestroyRef, InjectionToken, effect, inject, untracked } from "@angular/core";
import { describeError } from "@toju/contracts/errors/coded-error";
import { ChatSessionService } from "../../chat/chat-session.service";
import { TOJU_SOCKET } from "../../connection/connection.tokens";
import { ICE_SERVERS_META, readIceServers } from "../../p2p/ice-servers";
import { PluginUiRegistryService } from "../ui-registry/plugin-ui-registry.service";
import { PluginP2pPorts } from "./plugin-p2p-ports";
import { RUNTIME_CONSOLE } from "./runtime-tokens";

export const P2P_HOST_PORTS = new InjectionToken<PluginP2pPorts>("P2P_HOST_PORTS", {
  providedIn: "root",
  factory: () => {
    const session = inject(ChatSessionService);
    const output = inject(RUNTIME_CONSOLE);
    const document = inject(DOCUMENT);
    const ice = readIceServers(document.querySelector<HTMLMetaElement>(`meta[name="${ICE_SERVERS_META}"]`)?.content);
    if (ice.problem) output.warn(`[toju] ${ice.problem}; peer-to-peer uses host candidates only`);
    const view = document.defaultView;
    const p2p = new PluginP2pPorts({
      user: () => session.user(),
      server: () => session.currentServer(),
      socket: inject(TOJU_SOCKET),
      createConnection: () => {
        if (!view?.RTCPeerConnection) throw new Error("this browser offers no WebRTC");
        return new view.RTCPeerConnection({ iceServers: ice.servers });
      },
      report: (message, error) => output.warn(`[toju] p2p: ${message}`, error === undefined ? "" : describeError(error)),
      reportListenerError: (pluginId, error) => output.warn(`[plugin ${pluginId}] a p2p listener threw: ${describeError(error)}`),
    });
    effect(() => {
      session.user();
      session.currentServer();
      untracked(() => p2p.follow());
    });
    // A plugin that stops loses its contributions all at once; its p2p listeners go with them.
    const stopped = inject(PluginUiRegistryService).onChange(({ pluginId, kind }) => kind === undefined && p2p.removeAll(pluginId));
    inject(DestroyRef).onDestroy(() => {
      stopped.dispose();
      p2p.dispose();
    });
    return p2p;
  },
});
