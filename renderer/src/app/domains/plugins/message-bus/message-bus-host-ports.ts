// Connects the facade's `messageBus` port to PluginMessageBusService (the facade has already checked the grant).
import type { HostPorts } from "../api/plugin-host-ports";
import type { PluginMessageBusService } from "./plugin-message-bus.service";

export function messageBusHostPorts(bus: PluginMessageBusService): HostPorts["messageBus"] {
  return {
    publish: (pluginId, topic, payload, options) => bus.publish(pluginId, topic, payload, options),
    subscribe: (pluginId, topic, listener, options) => bus.subscribe(pluginId, topic, listener, options),
  };
}
