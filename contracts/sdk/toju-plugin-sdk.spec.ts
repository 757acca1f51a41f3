// The SDK's capability table covers every gated method with a real capability, and every capability is used.
import { capabilityValues } from "../../generated/types/contract";
import { PluginCapabilityError, pluginApiCapabilities } from "./toju-plugin-sdk";

describe("pluginApiCapabilities", () => {
  const used = Object.values(pluginApiCapabilities).flatMap((methods) => Object.values(methods) as string[]);

  it("names only capabilities of the contract", () => {
    for (const capability of used) expect(capabilityValues).toContain(capability);
  });

  it("uses every capability of the contract at least once", () => {
    expect(new Set(used)).toEqual(new Set(capabilityValues));
  });
});

describe("PluginCapabilityError", () => {
  it("carries the plugin, the capability and a stable code", () => {
    const error = new PluginCapabilityError("dice-roller", "ui.pages");
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "PluginCapabilityError",
      code: "capability_not_granted",
      pluginId: "dice-roller",
      capability: "ui.pages",
    });
    expect(error.message).toContain("ui.pages");
  });
});
