// Connects the facade's `ui` port to PluginUiRegistryService (the facade has already checked the `ui.*` grant).
import type { HostPorts } from "../api/plugin-host-ports";
import type { PluginUiRegistryService } from "./plugin-ui-registry.service";

export function uiRegistryHostPorts(registry: PluginUiRegistryService): HostPorts["ui"] {
  return {
    registerPage: (pluginId, page) => registry.register(pluginId, "page", page),
    registerPanel: (pluginId, panel) => registry.register(pluginId, "panel", panel),
    registerAction: (pluginId, action) => registry.register(pluginId, "action", action),
    registerChannelSection: (pluginId, section) => registry.register(pluginId, "channelSection", section),
    registerEmbed: (pluginId, embed) => registry.register(pluginId, "embed", embed),
    registerSettings: (pluginId, settings) => registry.register(pluginId, "settings", settings),
    registerCommand: (pluginId, command) => registry.register(pluginId, "command", command),
  };
}
