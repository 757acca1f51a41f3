// The plugin's `context`: needs no grant; server and channel are read live from the shell.
import { TOJU_PLUGIN_API_VERSION, type TojuClientPluginApi } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginContextSource } from "./plugin-host-ports";

export function createPluginContext(pluginId: string, source: PluginContextSource): TojuClientPluginApi["context"] {
  const read = (get: () => string | undefined) => () => {
    try {
      return get.call(source);
    } catch {
      return undefined;
    }
  };
  return Object.freeze(
    Object.defineProperties({} as TojuClientPluginApi["context"], {
      pluginId: { value: pluginId, enumerable: true },
      apiVersion: { value: TOJU_PLUGIN_API_VERSION, enumerable: true },
      serverId: { get: read(source.serverId), enumerable: true },
      channelId: { get: read(source.channelId), enumerable: true },
    }),
  );
}
