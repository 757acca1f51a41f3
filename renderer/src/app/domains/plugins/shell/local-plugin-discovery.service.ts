// LocalPluginDiscoveryService: what the desktop found in its local plugins folder, including the folders it refused.
import { Injectable, inject, signal } from "@angular/core";
import type { LocalPluginDiscoveryResult, LocalPluginManifestDescriptor } from "@toju/generated/types/contract";
import { TOJU_DESKTOP } from "./desktop-bridge";

@Injectable({ providedIn: "root" })
export class LocalPluginDiscoveryService {
  private readonly desktop = inject(TOJU_DESKTOP);
  private readonly byId = new Map<string, LocalPluginManifestDescriptor>();
  readonly result = signal<LocalPluginDiscoveryResult | undefined>(undefined);

  async discover(): Promise<LocalPluginDiscoveryResult> {
    if (!this.desktop) throw new Error("No desktop bridge: open the page that `npm start` serves.");
    const result = await this.desktop.listLocalPluginManifests();
    this.byId.clear();
    for (const plugin of result.plugins) {
      const id = (plugin.manifest as { id?: unknown } | null)?.id;
      if (typeof id === "string" && !this.byId.has(id)) this.byId.set(id, plugin);
    }
    this.result.set(result);
    return result;
  }

  /** The folder the plugin with this id was found in (the first, when two folders claim one id). */
  descriptorOf(pluginId: string): LocalPluginManifestDescriptor | undefined {
    return this.byId.get(pluginId);
  }
}
