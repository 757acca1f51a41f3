// Application-wide providers: zoneless change detection and the plugin runtime services.
import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from "@angular/core";
import { providePluginRuntime } from "../domains/plugins/shell/plugin-runtime.providers";

export const appConfig: ApplicationConfig = {
  providers: [provideBrowserGlobalErrorListeners(), provideZonelessChangeDetection(), providePluginRuntime()],
};
