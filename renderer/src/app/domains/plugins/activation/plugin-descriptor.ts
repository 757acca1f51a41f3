// A validated plugin as the runtime knows it: its manifest and where its code comes from.
import type { TojuPluginManifest } from "@toju/generated/types/contract";

/** Where a plugin was installed from; decides how its module URL is computed. */
export type PluginOrigin =
  /** A folder under `<userData>/plugins/`, found by the desktop loader. */
  | { kind: "local"; pluginRootUrl: string; manifestPath?: string }
  /** Store-installed or remote code, fetched from `manifest.bundle`. */
  | { kind: "remote" };

export interface PluginDescriptor {
  readonly manifest: TojuPluginManifest;
  readonly origin: PluginOrigin;
}
