// Module bytes through readLocalPluginFile: a local entrypoint by its file: URL, an installed plugin's downloaded module
// by the path discovery resolved, both relative to the plugin folder.
import { decodeBase64, installedModulePath, readInstalledModuleBytes, relativeModulePath } from "./local-module-bytes";

const source = { url: "https://plugins.example/poll.json", origin: "https://plugins.example", installedAt: "2026-03-01T10:00:00.000Z" };

describe("local module bytes", () => {
  it("turns a module URL inside the folder into a relative path, and refuses one outside it", () => {
    expect(relativeModulePath("file:///data/plugins/dice", "file:///data/plugins/dice/dist/my%20index.js")).toBe("dist/my index.js");
    expect(() => relativeModulePath("file:///data/plugins/dice/", "file:///data/plugins/other/index.js")).toThrow("outside");
  });

  it("finds an installed plugin's downloaded module relative to its folder, on POSIX and Windows paths", () => {
    expect(installedModulePath({ pluginRoot: "/data/plugins/poll", entrypointPath: "/data/plugins/poll/bundle.js", source })).toBe(
      "bundle.js",
    );
    expect(
      installedModulePath({ pluginRoot: "C:\\Toju\\plugins\\poll", entrypointPath: "C:\\Toju\\plugins\\poll\\dist\\main.js", source }),
    ).toBe("dist/main.js");
  });

  it("has nothing to say of a folder not installed from a URL, and refuses a module outside the folder or missing", () => {
    expect(installedModulePath({ pluginRoot: "/data/plugins/dice", entrypointPath: "/data/plugins/dice/index.js" })).toBeUndefined();
    expect(() =>
      installedModulePath({ pluginRoot: "/data/plugins/poll", entrypointPath: "/data/plugins/poll-evil/bundle.js", source }),
    ).toThrow("outside the plugin folder");
    expect(() => installedModulePath({ pluginRoot: "/data/plugins/poll", source })).toThrow("has no downloaded module");
  });

  it("reads the downloaded module through the desktop", async () => {
    const readLocalPluginFile = jest.fn(async () => ({ path: "", mediaType: "text/javascript", size: 2, contentBase64: btoa("ok") }));
    const bytes = await readInstalledModuleBytes(
      { readLocalPluginFile },
      { pluginRoot: "/data/plugins/poll", entrypointPath: "/data/plugins/poll/bundle.js", source },
    );
    expect(readLocalPluginFile).toHaveBeenCalledWith({ pluginRoot: "/data/plugins/poll", path: "bundle.js" });
    expect(new TextDecoder().decode(bytes)).toBe("ok");
    expect(readInstalledModuleBytes({ readLocalPluginFile }, { pluginRoot: "/data/plugins/dice" })).toBeUndefined();
    expect(Array.from(decodeBase64(btoa("\u0000\u00ff")))).toEqual([0, 255]);
  });
});
