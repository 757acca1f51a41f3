// The facade wired to the real capability service, message bus and UI registry, as the host will wire them.
import { PluginCapabilityError, pluginApiMethods, PluginUiRegistryError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { PluginCapabilityService } from "../capabilities/plugin-capability.service";
import { messageBusHostPorts } from "../message-bus/message-bus-host-ports";
import { PluginMessageBusService } from "../message-bus/plugin-message-bus.service";
import { PluginUiRegistryService } from "../ui-registry/plugin-ui-registry.service";
import { uiRegistryHostPorts } from "../ui-registry/ui-registry-host-ports";
import { createPluginClientApi } from "./plugin-client-api";
import type { HostPorts } from "./plugin-host-ports";

const manifest = {
  id: "dice-roller",
  capabilities: ["ui.pages", "messageBus.publish"],
  ui: { pages: [{ id: "board", title: "Board" }], panels: [{ id: "side", title: "Side" }] },
} as Pick<TojuPluginManifest, "id" | "capabilities" | "ui">;

function wire() {
  let text: string | null = null;
  const capabilities = new PluginCapabilityService({ storage: { read: () => text, write: (next) => void (text = next) } });
  const bus = new PluginMessageBusService();
  const registry = new PluginUiRegistryService();
  const stubs = Object.fromEntries(
    Object.entries(pluginApiMethods).map(([subsystem, methods]) => [
      subsystem,
      Object.fromEntries(Object.keys(methods).map((method) => [method, jest.fn()])),
    ]),
  );
  const host = { ...stubs, messageBus: messageBusHostPorts(bus), ui: uiRegistryHostPorts(registry) } as unknown as HostPorts;
  const api = createPluginClientApi(
    manifest.id,
    { host, log: console, context: { serverId: () => undefined, channelId: () => undefined } },
    capabilities,
  );
  registry.addPlugin(manifest);
  capabilities.grantAll(manifest);
  return { capabilities, bus, registry, api };
}

const board = { id: "board", title: "Board", render: () => undefined };

describe("plugin client API wired to the renderer services", () => {
  it("lets a plugin use what it was granted and nothing else", () => {
    const { api, bus, registry } = wire();
    api.ui.registerPage(board);
    expect(registry.list("page").map((entry) => entry.id)).toEqual(["board"]);
    expect(() => api.ui.registerPanel({ id: "side", title: "Side", render: () => undefined })).toThrow(PluginCapabilityError);
    expect(registry.list("panel")).toEqual([]);
    const seen: unknown[] = [];
    bus.subscribe("score-board", "dice", (message) => seen.push(message));
    api.messageBus.publish("dice", 6);
    expect(seen).toEqual([{ topic: "dice", payload: 6, fromPluginId: "dice-roller" }]);
    expect(() => api.messageBus.subscribe("dice", () => undefined)).toThrow(PluginCapabilityError);
  });

  it("still refuses undeclared UI after the grant check passes", () => {
    const { api } = wire();
    expect(() => api.ui.registerPage({ ...board, id: "hidden" })).toThrow(PluginUiRegistryError);
  });

  it("checks grants on every call, so a revoke takes effect at once", () => {
    const { api, capabilities } = wire();
    capabilities.revoke("dice-roller", "messageBus.publish");
    expect(() => api.messageBus.publish("dice", 6)).toThrow(PluginCapabilityError);
  });

  it("keeps an update's new capabilities closed until the user grants them", () => {
    const { api, capabilities } = wire();
    const update = { ...manifest, capabilities: [...manifest.capabilities!, "ui.panels" as const] };
    expect(capabilities.missingCapabilities(update)).toEqual(["ui.panels"]);
    expect(() => api.ui.registerPanel({ id: "side", title: "Side", render: () => undefined })).toThrow(PluginCapabilityError);
    capabilities.grant("dice-roller", "ui.panels");
    expect(() => api.ui.registerPanel({ id: "side", title: "Side", render: () => undefined })).not.toThrow();
  });
});
