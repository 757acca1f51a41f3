// Angular providers for the framework-free runtime services, under the seed's names; each is one root instance.
import { type EnvironmentProviders, type Provider, inject, makeEnvironmentProviders } from "@angular/core";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { PluginClientApiService } from "../api/plugin-client-api";
import type { HostPorts } from "../api/plugin-host-ports";
import { localStorageGrantsPort } from "../capabilities/capability-grants-ports";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { messageBusHostPorts } from "../message-bus/message-bus-host-ports";
import { PluginMessageBusService } from "../message-bus/plugin-message-bus.service";
import { PluginUiRegistryService } from "../ui-registry/plugin-ui-registry.service";
import { uiRegistryHostPorts } from "../ui-registry/ui-registry-host-ports";
import { PluginClientDataService } from "../settings/plugin-client-data.service";
import { clientDataHostPorts } from "./client-data-host-ports";
import { TOJU_DESKTOP } from "./desktop-bridge";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";
import { P2P_HOST_PORTS } from "./p2p-host-ports";
import { BROWSER_STORAGE, RUNTIME_CONSOLE, STORAGE_EVENTS } from "./runtime-tokens";
import { SERVER_HOST_PORTS } from "./server-host-ports";
import { storageHostPorts } from "./storage-host-ports";

const reporter = () => {
  const output = inject(RUNTIME_CONSOLE);
  return (what: string) => (problem: unknown) => output.warn(`[toju] ${what}`, problem);
};

const capabilityProvider: Provider = {
  provide: PluginCapabilityService,
  useFactory: () => {
    const report = reporter();
    return new PluginCapabilityService({
      storage: localStorageGrantsPort(inject(BROWSER_STORAGE), inject(STORAGE_EVENTS) ?? undefined),
      desktop: inject(TOJU_DESKTOP) ?? undefined,
      onStateProblem: report("capability grants"),
      onListenerError: report("a grants listener threw"),
    });
  },
};

// The plugin's settings values, in the desktop state of the profile whose grants are in force.
const clientDataProvider: Provider = {
  provide: PluginClientDataService,
  useFactory: () => {
    const discovery = inject(LocalPluginDiscoveryService);
    const capabilities = inject(PluginCapabilityService);
    return new PluginClientDataService({
      desktop: inject(TOJU_DESKTOP),
      profileId: () => capabilities.profile,
      settingsOf: (pluginId) => (discovery.descriptorOf(pluginId)?.manifest as Pick<TojuPluginManifest, "settings"> | undefined)?.settings,
      onListenerError: reporter()("a settings listener threw"),
    });
  },
};

const clientApiProvider: Provider = {
  provide: PluginClientApiService,
  useFactory: () => {
    const discovery = inject(LocalPluginDiscoveryService);
    const manifestOf = (pluginId: string) => discovery.descriptorOf(pluginId)?.manifest as Pick<TojuPluginManifest, "data"> | undefined;
    const server = inject(SERVER_HOST_PORTS);
    const capabilities = inject(PluginCapabilityService);
    const host: HostPorts = {
      ...server.ports,
      p2p: inject(P2P_HOST_PORTS).ports,
      // Device state: kept per profile, the one whose grants are in force.
      storage: storageHostPorts(inject(TOJU_DESKTOP), manifestOf, () => capabilities.profile),
      clientData: clientDataHostPorts(inject(PluginClientDataService)),
      messageBus: messageBusHostPorts(inject(PluginMessageBusService)),
      ui: uiRegistryHostPorts(inject(PluginUiRegistryService)),
    };
    return new PluginClientApiService({ host, log: inject(RUNTIME_CONSOLE), context: server.context }, inject(PluginCapabilityService));
  },
};

export function providePluginRuntime(): EnvironmentProviders {
  return makeEnvironmentProviders([
    capabilityProvider,
    {
      provide: PluginUiRegistryService,
      useFactory: () => {
        const report = reporter();
        return new PluginUiRegistryService({
          onListenerError: report("a UI listener threw"),
          onMatcherError: report("an embed matcher threw"),
        });
      },
    },
    {
      provide: PluginMessageBusService,
      useFactory: () => new PluginMessageBusService({ onListenerError: reporter()("a message bus listener threw") }),
    },
    clientDataProvider,
    clientApiProvider,
  ]);
}
