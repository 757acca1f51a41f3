// The Enable/Disable choice over the desktop IPC: per profile, saved in order, and the legacy localStorage value moved
// once into the signed-out profile's state.
import { DisabledPluginsStore, LEGACY_DISABLED_PLUGINS_KEY } from "./disabled-plugins-store";
import { FakeBrowserStorage, FakeDesktop } from "./testing/fake-desktop";

function setup(legacy?: string) {
  const desktop = new FakeDesktop();
  const storage = new FakeBrowserStorage();
  if (legacy !== undefined) storage.setItem(LEGACY_DISABLED_PLUGINS_KEY, legacy);
  return { desktop, storage, store: new DisabledPluginsStore(desktop, storage) };
}

describe("DisabledPluginsStore", () => {
  it("reads and saves each profile's choice in that profile's desktop state", async () => {
    const { desktop, store } = setup();
    desktop.profile("u-alice").disabled = { pluginIds: ["dice-roller"] };
    expect([...(await store.load("u-alice"))]).toEqual(["dice-roller"]);
    await store.setDisabled("click-counter", true);
    await store.setDisabled("dice-roller", false);
    expect(desktop.profile("u-alice").disabled.pluginIds).toEqual(["click-counter"]);
    expect([...(await store.load(undefined))]).toEqual([]);
    await store.setDisabled("poll", true);
    expect(desktop.disabled.pluginIds).toEqual(["poll"]);
    expect(desktop.profile("u-alice").disabled.pluginIds).toEqual(["click-counter"]);
    expect(desktop.calls.filter((call) => call.startsWith("saveDisabledPlugins"))).toEqual([
      "saveDisabledPlugins u-alice click-counter,dice-roller",
      "saveDisabledPlugins u-alice click-counter",
      "saveDisabledPlugins - poll",
    ]);
  });

  it("moves the legacy localStorage choice into the signed-out state once, dropping what is no plugin id", async () => {
    const { desktop, storage, store } = setup(JSON.stringify(["dice-roller", 42, "Not An Id"]));
    desktop.disabled = { pluginIds: ["poll"] };
    await store.load("u-alice");
    expect(desktop.disabled.pluginIds).toEqual(["dice-roller", "poll"]);
    expect(desktop.profile("u-alice").disabled.pluginIds).toEqual([]);
    expect(storage.getItem(LEGACY_DISABLED_PLUGINS_KEY)).toBeNull();
    desktop.disabled = { pluginIds: [] };
    await store.load(undefined);
    expect(desktop.disabled.pluginIds).toEqual([]);
  });

  it("removes an unreadable legacy value without saving anything", async () => {
    const { desktop, storage, store } = setup("{not json");
    await store.load(undefined);
    expect(storage.getItem(LEGACY_DISABLED_PLUGINS_KEY)).toBeNull();
    expect(desktop.calls.filter((call) => call.startsWith("saveDisabledPlugins"))).toEqual([]);
  });

  it("keeps the legacy value for the next start when the desktop refuses to take it", async () => {
    const { desktop, storage, store } = setup(JSON.stringify(["dice-roller"]));
    desktop.saveDisabledPlugins = () => Promise.reject({ code: "internal", message: "disk full" });
    await expect(store.load(undefined)).rejects.toEqual({ code: "internal", message: "disk full" });
    expect(storage.getItem(LEGACY_DISABLED_PLUGINS_KEY)).toBe(JSON.stringify(["dice-roller"]));
  });

  it("keeps the latest load when two overlap", async () => {
    const { desktop, store } = setup();
    desktop.profile("u-alice").disabled = { pluginIds: ["dice-roller"] };
    await Promise.all([store.load("u-alice"), store.load("u-bob")]);
    expect([...store.list()]).toEqual([]);
  });

  it("remembers the choice in memory on a page without a desktop", async () => {
    const store = new DisabledPluginsStore(null, new FakeBrowserStorage());
    await store.load(undefined);
    await store.setDisabled("dice-roller", true);
    expect([...store.list()]).toEqual(["dice-roller"]);
  });
});
