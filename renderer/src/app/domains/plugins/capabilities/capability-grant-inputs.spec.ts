// Capability strings, plugin ids and bundle origins from callers are checked before anything is stored.
import { bundleOrigin, isCapability, requireBundleOrigin, requireCapability, requirePluginId } from "./capability-grant-inputs";
import { PluginGrantError } from "./plugin-grant-error";

describe("capability grant inputs", () => {
  it("knows the contract's capabilities and nothing else", () => {
    expect(isCapability("ui.pages")).toBe(true);
    for (const hostile of ["everything", "__proto__", "constructor", "toString", "UI.PAGES", "", 42, null, undefined, {}]) {
      expect(isCapability(hostile)).toBe(false);
    }
    expect(() => requireCapability("everything")).toThrow(expect.objectContaining({ code: "unknown_capability" }));
  });

  it("refuses ids that are not plugin ids", () => {
    expect(requirePluginId("dice-roller")).toBe("dice-roller");
    expect(requirePluginId("constructor")).toBe("constructor");
    for (const hostile of ["__proto__", "Dice", "a", "", "a/../b", 7, undefined]) {
      expect(() => requirePluginId(hostile)).toThrow(PluginGrantError);
    }
  });

  it("reduces a bundle URL to its origin", () => {
    expect(bundleOrigin("https://plugins.example.com/dice/1.0.0/index.js?x=1")).toBe("https://plugins.example.com");
    expect(bundleOrigin("https://plugins.example.com:8443")).toBe("https://plugins.example.com:8443");
    expect(bundleOrigin("HTTPS://Plugins.Example.COM/")).toBe("https://plugins.example.com");
    expect(bundleOrigin("http://127.0.0.1:4000/x.js")).toBe("http://127.0.0.1:4000");
    expect(bundleOrigin("http://localhost:4000")).toBe("http://localhost:4000");
  });

  it.each([
    "http://plugins.example.com",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:text/javascript,1",
    "blob:https://a.example/x",
    "not a url",
    "",
  ])("refuses %s as a bundle origin", (value) => {
    expect(bundleOrigin(value)).toBeUndefined();
    expect(() => requireBundleOrigin(value)).toThrow(expect.objectContaining({ code: "invalid_origin" }));
  });
});
