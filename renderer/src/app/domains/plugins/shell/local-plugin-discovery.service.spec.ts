// LocalPluginDiscoveryService in TestBed: what the desktop found, as a signal, and each plugin's folder by id.
import { TestBed } from "@angular/core/testing";
import { TOJU_DESKTOP } from "./desktop-bridge";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";
import { FakeDesktop, shellManifest } from "./testing/fake-desktop";

function setup(desktop: FakeDesktop | null) {
  TestBed.configureTestingModule({ providers: [{ provide: TOJU_DESKTOP, useValue: desktop }] });
  return TestBed.inject(LocalPluginDiscoveryService);
}

describe("LocalPluginDiscoveryService", () => {
  it("publishes the desktop's result and finds each plugin's folder by id", async () => {
    const desktop = new FakeDesktop();
    desktop.install(shellManifest("dice-roller"));
    desktop.manifests.set("broken", "not even an object");
    const discovery = setup(desktop);
    expect(discovery.result()).toBeUndefined();
    const result = await discovery.discover();
    expect(discovery.result()).toBe(result);
    expect(result.pluginsPath).toBe("/data/plugins");
    expect(discovery.descriptorOf("dice-roller")).toMatchObject({
      pluginRoot: "/data/plugins/dice-roller",
      pluginRootUrl: "file:///data/plugins/dice-roller/",
    });
    expect(discovery.descriptorOf("broken")).toBeUndefined();
  });

  it("keeps the first folder when two claim one id, and forgets plugins gone from the folder", async () => {
    const desktop = new FakeDesktop();
    desktop.manifests.set("dice-a", shellManifest("dice-roller"));
    desktop.manifests.set("dice-b", shellManifest("dice-roller"));
    const discovery = setup(desktop);
    await discovery.discover();
    expect(discovery.descriptorOf("dice-roller")?.pluginRoot).toBe("/data/plugins/dice-a");
    desktop.manifests.clear();
    await discovery.discover();
    expect(discovery.descriptorOf("dice-roller")).toBeUndefined();
    expect(discovery.result()?.plugins).toEqual([]);
  });

  it("refuses to discover without a desktop, saying which page to open", async () => {
    const discovery = setup(null);
    await expect(discovery.discover()).rejects.toThrow(/npm start/);
    expect(discovery.result()).toBeUndefined();
  });
});
