// clientData through the desktop: values per profile with the schema's defaults, each save validated by the desktop,
// and its refusal reaching the plugin as PluginApiArgumentError `value_not_valid` through the port.
import { PluginApiArgumentError, PluginStorageError } from "@toju/contracts/sdk/toju-plugin-sdk";
import { clientDataHostPorts } from "../shell/client-data-host-ports";
import { FakeDesktop } from "../shell/testing/fake-desktop";
import { PluginClientDataService, type ClientDataChange } from "./plugin-client-data.service";

const settings = {
  type: "object",
  properties: { sides: { type: "integer", default: 6, maximum: 100 }, color: { type: "string" } },
};

function setup(desktop: FakeDesktop | null = new FakeDesktop()) {
  let profile: string | undefined;
  const service = new PluginClientDataService({ desktop, profileId: () => profile, settingsOf: () => settings });
  const changes: ClientDataChange[] = [];
  service.onChange((change) => changes.push(change));
  return { desktop, service, changes, port: clientDataHostPorts(service), signIn: (id: string | undefined) => (profile = id) };
}

describe("PluginClientDataService and the clientData port", () => {
  it("answers the saved value, else the schema's default", async () => {
    const { port, service } = setup();
    await expect(port.get("dice-roller", "sides")).resolves.toBe(6);
    await expect(port.get("dice-roller", "color")).resolves.toBeUndefined();
    await port.set("dice-roller", "sides", 20);
    await expect(port.get("dice-roller", "sides")).resolves.toBe(20);
    await expect(service.saved("dice-roller")).resolves.toEqual({ sides: 20 });
  });

  it("keeps values per signed-in user", async () => {
    const { port, desktop, signIn } = setup();
    signIn("u-alice");
    await port.set("dice-roller", "color", "red");
    signIn(undefined);
    await expect(port.get("dice-roller", "color")).resolves.toBeUndefined();
    expect(desktop!.profile("u-alice").clientData.get("dice-roller")?.values).toEqual({ color: "red" });
  });

  it("rejects a value the desktop's schema check refuses with PluginApiArgumentError value_not_valid and its details", async () => {
    const { port, desktop } = setup();
    desktop!.refuseClientData = (_pluginId, values) =>
      (values.sides as number) > 100
        ? {
            code: "invalid_request",
            message: "the values do not match the settings of dice-roller",
            details: [{ path: "/sides", message: "must be <= 100" }],
          }
        : undefined;
    const refused = port.set("dice-roller", "sides", 1000);
    await expect(refused).rejects.toBeInstanceOf(PluginApiArgumentError);
    await expect(refused).rejects.toMatchObject({
      code: "value_not_valid",
      method: "clientData.set",
      details: [{ path: "/sides", message: "must be <= 100" }],
      message: "clientData.set: the values do not match the settings of dice-roller: /sides must be <= 100",
    });
    await expect(port.get("dice-roller", "sides")).resolves.toBe(6);
  });

  it("hands on any other refusal as PluginStorageError with the desktop's code, and storage_unavailable without a desktop", async () => {
    const { port, desktop } = setup();
    desktop!.savePluginClientData = () => Promise.reject({ code: "quota_exceeded", message: "too big" });
    await expect(port.set("dice-roller", "color", "red")).rejects.toMatchObject({ name: "PluginStorageError", code: "quota_exceeded" });
    const { port: offline } = setup(null);
    await expect(offline.get("dice-roller", "color")).rejects.toBeInstanceOf(PluginStorageError);
    await expect(offline.set("dice-roller", "color", "red")).rejects.toMatchObject({ code: "storage_unavailable" });
  });

  it("tells listeners which keys changed and who changed them", async () => {
    const { port, service, changes } = setup();
    await port.set("dice-roller", "color", "red");
    await port.set("dice-roller", "color", "red");
    await service.save("dice-roller", { color: "blue", sides: 8 });
    expect(changes).toEqual([
      { pluginId: "dice-roller", values: { color: "red" }, changedKeys: ["color"], by: "plugin" },
      { pluginId: "dice-roller", values: { color: "blue", sides: 8 }, changedKeys: ["color", "sides"], by: "user" },
    ]);
  });

  it("never interleaves two sets of one plugin: both values are kept", async () => {
    const { port, service } = setup();
    await Promise.all([port.set("dice-roller", "color", "red"), port.set("dice-roller", "sides", 12)]);
    await expect(service.saved("dice-roller")).resolves.toEqual({ color: "red", sides: 12 });
  });
});
