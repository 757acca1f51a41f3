// Application-wide providers: zoneless change detection, the plugin runtime services, the chat session, and the
// plugins' embed renderers under every message.
import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from "@angular/core";
import { provideChatSession } from "../domains/chat/chat.providers";
import { providePluginRuntime } from "../domains/plugins/shell/plugin-runtime.providers";
import { MESSAGE_EMBEDS } from "./chat/message-embeds";
import { MessagePluginEmbedsComponent } from "./chat/message-plugin-embeds.component";

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    providePluginRuntime(),
    provideChatSession(),
    { provide: MESSAGE_EMBEDS, useValue: MessagePluginEmbedsComponent },
  ],
};
