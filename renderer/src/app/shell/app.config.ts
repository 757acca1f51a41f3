// Application-wide providers: zoneless change detection, the plugin runtime services and the chat session.
import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from "@angular/core";
import { provideChatSession } from "../domains/chat/chat.providers";
import { providePluginRuntime } from "../domains/plugins/shell/plugin-runtime.providers";

export const appConfig: ApplicationConfig = {
  providers: [provideBrowserGlobalErrorListeners(), provideZonelessChangeDetection(), providePluginRuntime(), provideChatSession()],
};
