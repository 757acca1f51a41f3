// PluginStylesheetService: a plugin's `ui.stylesheets` (what a theme consists of) read through the desktop's
// readLocalPluginFile and applied as `<style>` elements, which the renderer CSP allows (`style-src 'unsafe-inline'`);
// the host disposes them with the plugin's subscriptions, so they go when it is disabled, reloaded or fails.
import { DOCUMENT, Injectable, inject } from "@angular/core";
import type { Disposable } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { PluginDescriptor } from "../activation/plugin-descriptor";
import { describeDesktopFailure } from "../api/ipc-error";
import { TOJU_DESKTOP } from "./desktop-bridge";
import { decodeBase64 } from "./local-module-bytes";
import { LocalPluginDiscoveryService } from "./local-plugin-discovery.service";

/** The attribute each applied stylesheet carries: `<pluginId>/<path>`. */
export const PLUGIN_STYLESHEET_ATTRIBUTE = "data-toju-plugin-stylesheet";

@Injectable({ providedIn: "root" })
export class PluginStylesheetService {
  private readonly document = inject(DOCUMENT);
  private readonly desktop = inject(TOJU_DESKTOP);
  private readonly discovery = inject(LocalPluginDiscoveryService);

  /** Reads every stylesheet first, so a missing one applies none (the plugin fails with the reason). */
  async apply({ manifest }: PluginDescriptor): Promise<Disposable> {
    const folder = this.discovery.descriptorOf(manifest.id);
    const desktop = this.desktop;
    if (!desktop || !folder) throw new Error(`the folder of "${manifest.id}" is unknown`);
    const paths = manifest.ui?.stylesheets ?? [];
    const texts = await Promise.all(
      paths.map(async (path) => {
        const file = await desktop.readLocalPluginFile({ pluginRoot: folder.pluginRoot, path }).catch((error: unknown) => {
          throw new Error(`stylesheet ${path} could not be read (${describeDesktopFailure(error)})`);
        });
        return new TextDecoder().decode(decodeBase64(file.contentBase64));
      }),
    );
    const elements = texts.map((css, index) => {
      const style = this.document.createElement("style");
      style.setAttribute(PLUGIN_STYLESHEET_ATTRIBUTE, `${manifest.id}/${paths[index]}`);
      style.textContent = css;
      this.document.head.append(style);
      return style;
    });
    return { dispose: () => elements.forEach((element) => element.remove()) };
  }
}
