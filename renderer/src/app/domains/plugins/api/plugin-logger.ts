// The plugin's `logger`: needs no grant, names the plugin on every line and never throws into plugin code.
import type { TojuClientPluginApi } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginLogLevel, PluginLogSink } from "./plugin-host-ports";

export function createPluginLogger(pluginId: string, sink: PluginLogSink): TojuClientPluginApi["logger"] {
  const prefix = `[plugin ${pluginId}]`;
  const line =
    (level: PluginLogLevel) =>
    (...args: unknown[]) => {
      try {
        sink[level](prefix, ...args);
      } catch {
        // Logging is best effort: a broken sink or an argument that throws on inspection must not break the plugin.
      }
    };
  return Object.freeze({ debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") });
}
