// Angular providers for the framework-free runtime services, under the seed's names; each is one root instance.
import { type EnvironmentProviders, type Provider, inject, makeEnvironmentProviders } from "@angular/core";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { PluginClientApiService } from "../api/plugin-client-api";
import type { HostPorts } from "../api/plugin-host-ports";
import { PLUGIN_CAPABILITY_GRANTS_KEY } from "../capabilities/capability-grants-document";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { messageBusHostPorts } from "../message-bus/message-bus-host-ports";
import { PluginMessageBusService } from "../message-bus/plugin-message-bus.service";
import { PluginUiRegistryService } from "../ui-registry/plugin-ui-registry.service";
import { uiRegistryHostPorts } from "../ui-registry/ui-registry-host-ports";
import { TOJU_DESKTOP } from "./desktop-bridge";
import { disconnectedHostPorts } from "./disconnected-host-ports";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";
import { storageHostPorts } from "./storage-host-ports";

const report = (what: string) => (problem: unknown) => console.warn(`[toju] ${what}`, problem);

const capabilityProvider: Provider = {
  provide: PluginCapabilityService,
  useFactory: () =>
    new PluginCapabilityService({
      storage: {
        read: () => localStorage.getItem(PLUGIN_CAPABILITY_GRANTS_KEY),
        write: (text) => localStorage.setItem(PLUGIN_CAPABILITY_GRANTS_KEY, text),
        watch: (listener) => {
          const onStorage = (event: StorageEvent) => event.key === PLUGIN_CAPABILITY_GRANTS_KEY && listener();
          window.addEventListener("storage", onStorage);
          return { dispose: () => window.removeEventListener("storage", onStorage) };
        },
      },
      desktop: inject(TOJU_DESKTOP) ?? undefined,
      onStateProblem: report("capability grants"),
      onListenerError: report("a grants listener threw"),
    }),
};

const clientApiProvider: Provider = {
  provide: PluginClientApiService,
  useFactory: () => {
    const desktop = inject(TOJU_DESKTOP);
    const discovery = inject(LocalPluginDiscoveryService);
    const manifestOf = (pluginId: string) => discovery.descriptorOf(pluginId)?.manifest as Pick<TojuPluginManifest, "data"> | undefined;
    const noDesktop = () => Promise.reject(new Error("storage needs the desktop bridge"));
    const host: HostPorts = {
      ...disconnectedHostPorts(),
      storage: desktop ? storageHostPorts(desktop, manifestOf) : { get: noDesktop, set: noDesktop, delete: noDesktop },
      messageBus: messageBusHostPorts(inject(PluginMessageBusService)),
      ui: uiRegistryHostPorts(inject(PluginUiRegistryService)),
    };
    return new PluginClientApiService(
      { host, log: console, context: { serverId: () => undefined, channelId: () => undefined } },
      inject(PluginCapabilityService),
    );
  },
};

export function providePluginRuntime(): EnvironmentProviders {
  return makeEnvironmentProviders([
    capabilityProvider,
    {
      provide: PluginUiRegistryService,
      useFactory: () =>
        new PluginUiRegistryService({ onListenerError: report("a UI listener threw"), onMatcherError: report("an embed matcher threw") }),
    },
    {
      provide: PluginMessageBusService,
      useFactory: () => new PluginMessageBusService({ onListenerError: report("a message bus listener threw") }),
    },
    clientApiProvider,
  ]);
}
