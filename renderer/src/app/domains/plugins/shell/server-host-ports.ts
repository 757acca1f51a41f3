// The server-side subsystems of the plugin API wired to the real host: the chat session, its open server and
// channel, and the renderer's REST and websocket clients. One root instance; `plugin-runtime.providers.ts` uses it.
import { DOCUMENT, InjectionToken, inject } from "@angular/core";
import { describeError } from "@toju/contracts/errors/coded-error";
import { ChannelMessagesService } from "../../chat/channel-messages.service";
import { ChatSessionService } from "../../chat/chat-session.service";
import { TOJU_REST, TOJU_SOCKET } from "../../connection/connection.tokens";
import type { HostPorts, PluginContextSource } from "../api/plugin-host-ports";
import { connectedHostPorts, type ConnectedSubsystem } from "./connected-host-ports";
import { PluginEventPorts } from "./plugin-event-ports";
import { RUNTIME_CONSOLE } from "./runtime-tokens";

export interface ServerHostPorts {
  ports: Pick<HostPorts, ConnectedSubsystem | "events">;
  /** `context.serverId` and `context.channelId`: the shell's selection. */
  context: PluginContextSource;
  /** Ends a stopped plugin's event subscriptions. */
  events: Pick<PluginEventPorts, "removeAll">;
}

export const SERVER_HOST_PORTS = new InjectionToken<ServerHostPorts>("SERVER_HOST_PORTS", {
  providedIn: "root",
  factory: () => {
    const session = inject(ChatSessionService);
    const messages = inject(ChannelMessagesService);
    const socket = inject(TOJU_SOCKET);
    const output = inject(RUNTIME_CONSOLE);
    const view = inject(DOCUMENT).defaultView;
    const shell = {
      user: () => session.user(),
      server: () => session.currentServer(),
      channelId: () => session.currentChannelId(),
      requirements: () => session.requirements(),
      socket,
    };
    const events = new PluginEventPorts({
      ...shell,
      newEventId: () => view?.crypto.randomUUID() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`,
      reportListenerError: (pluginId, error) => output.warn(`[plugin ${pluginId}] an event listener threw: ${describeError(error)}`),
    });
    const mediaDevices = view?.navigator.mediaDevices;
    return {
      ports: {
        ...connectedHostPorts({
          ...shell,
          rest: inject(TOJU_REST),
          attachment: (attachmentId) => messages.attachment(attachmentId),
          ...(mediaDevices ? { enumerateDevices: () => mediaDevices.enumerateDevices() } : {}),
        }),
        events: events.ports,
      },
      context: { serverId: () => session.currentServer()?.id, channelId: () => session.currentChannelId() },
      events,
    };
  },
});
