// `api.clientData`: the user's values for a plugin's top-level `settings` schema, one atomic file per plugin under
// `<userData>/plugin-state/client-data/`. Values are validated against the installed plugin's schema before they are kept.
import path from "node:path";
import { createEmbeddedSchemaCompiler } from "@toju/contracts/event-schemas/embedded-schema-compiler";
import { ajvErrorDetails } from "@toju/contracts/schema/error-details";
import type { PluginClientData, TojuPluginManifest } from "@toju/generated/types/contract";
import { validatePluginClientData } from "@toju/generated/validators/index";
import { IpcFailure } from "../ipc/ipc-error";
import type { AtomicWriteHooks } from "./atomic-file";
import { withFileLock } from "./file-lock";
import { JsonStateFile } from "./json-state-file";
import { removeFile } from "./remove-file";

export const MAX_CLIENT_DATA_BYTES = 64 * 1024;

export class ClientDataStore {
  private readonly compiler = createEmbeddedSchemaCompiler(64);

  constructor(
    private readonly folder: string,
    /** The installed plugin's manifest, or undefined when no valid plugin has that id. */
    private readonly manifestOf: (pluginId: string) => Promise<TojuPluginManifest | undefined>,
    private readonly hooks: AtomicWriteHooks = {},
  ) {}

  read(pluginId: string): Promise<PluginClientData> {
    return this.fileOf(pluginId).read();
  }

  async save(pluginId: string, values: Record<string, unknown>): Promise<PluginClientData> {
    const bytes = Buffer.byteLength(JSON.stringify(values), "utf8");
    if (bytes > MAX_CLIENT_DATA_BYTES)
      throw new IpcFailure("quota_exceeded", `the values are ${bytes} bytes as JSON; the limit is ${MAX_CLIENT_DATA_BYTES}`);
    const manifest = await this.manifestOf(pluginId);
    if (!manifest) throw new IpcFailure("not_found", `no installed plugin ${pluginId} with a valid manifest`);
    if (!manifest.settings) throw new IpcFailure("invalid_request", `plugin ${pluginId} declares no settings`);
    const validate = this.compiler.compile(manifest.settings);
    if (!validate(values)) {
      const details = ajvErrorDetails(validate.errors, { limit: 50 });
      throw new IpcFailure("invalid_request", `the values do not match the settings of ${pluginId}`, details.length ? details : undefined);
    }
    return this.fileOf(pluginId).write({ pluginId, values, updatedAt: new Date().toISOString() });
  }

  /** Forgets the plugin's values; whether any were saved. */
  async deleteAll(pluginId: string): Promise<boolean> {
    const file = path.join(this.folder, `${pluginId}.json`);
    return withFileLock(file, () => removeFile(file));
  }

  /** Plugin ids match `^[a-z0-9][a-z0-9.-]{1,126}[a-z0-9]$`, so they are safe file names. */
  private fileOf(pluginId: string): JsonStateFile<PluginClientData> {
    return new JsonStateFile(path.join(this.folder, `${pluginId}.json`), {
      what: `the settings file of plugin ${pluginId}`,
      validate: (value): value is PluginClientData => validatePluginClientData(value) && value.pluginId === pluginId,
      empty: () => ({ pluginId, values: {} }),
      hooks: this.hooks,
    });
  }
}
