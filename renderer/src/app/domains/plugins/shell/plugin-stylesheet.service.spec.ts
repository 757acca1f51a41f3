// A plugin's stylesheets: read through the desktop, applied in manifest order as <style> elements, all or none, and
// removed when what `apply` returned is disposed.
import { TestBed } from "@angular/core/testing";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";
import { PLUGIN_STYLESHEET_ATTRIBUTE, PluginStylesheetService } from "./plugin-stylesheet.service";
import { shellManifest } from "./testing/fake-desktop";
import { fakeRuntime } from "./testing/fake-runtime";

const theme = shellManifest("midnight", { kind: "theme", entrypoint: undefined, ui: { stylesheets: ["base.css", "colours/dark.css"] } });

async function setup() {
  const runtime = fakeRuntime();
  runtime.desktop.install(theme);
  runtime.desktop.files.set("midnight/base.css", "body { margin: 0; }");
  runtime.desktop.files.set("midnight/colours/dark.css", "body { background: #000; }");
  TestBed.configureTestingModule({ providers: runtime.providers });
  await TestBed.inject(LocalPluginDiscoveryService).discover();
  const applied = () => Array.from(document.head.querySelectorAll(`style[${PLUGIN_STYLESHEET_ATTRIBUTE}]`));
  return { ...runtime, stylesheets: TestBed.inject(PluginStylesheetService), applied };
}

describe("PluginStylesheetService", () => {
  it("applies each stylesheet in manifest order and removes them all on dispose", async () => {
    const { stylesheets, applied } = await setup();
    const styles = await stylesheets.apply({ manifest: theme, origin: { kind: "local", pluginRootUrl: "file:///data/plugins/midnight/" } });
    expect(applied().map((style) => [style.getAttribute(PLUGIN_STYLESHEET_ATTRIBUTE), style.textContent])).toEqual([
      ["midnight/base.css", "body { margin: 0; }"],
      ["midnight/colours/dark.css", "body { background: #000; }"],
    ]);
    styles.dispose();
    expect(applied()).toEqual([]);
  });

  it("applies none when one cannot be read, saying which", async () => {
    const { stylesheets, applied, desktop } = await setup();
    desktop.files.delete("midnight/colours/dark.css");
    await expect(stylesheets.apply({ manifest: theme, origin: { kind: "remote" } })).rejects.toThrow(
      "stylesheet colours/dark.css could not be read (colours/dark.css does not exist in the plugin folder)",
    );
    expect(applied()).toEqual([]);
  });
});
