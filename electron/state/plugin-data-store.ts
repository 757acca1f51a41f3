// Per-plugin local data (the seed's SavePluginData / GetPluginData / DeletePluginData), one atomic file
// per plugin under `<userData>/plugin-state/plugin-data/`, with a per-value and a per-plugin quota.
import path from "node:path";
import { validateGetPluginDataResult } from "@toju/generated/validators/index";
import type { PluginDataAddress, PluginDataRecord } from "@toju/generated/types/contract";
import { IpcFailure } from "../ipc/ipc-error";
import { type AtomicWriteHooks, readStateFile, writeFileAtomic } from "./atomic-file";
import { withFileLock } from "./file-lock";
import { removeFile } from "./remove-file";

export const MAX_VALUE_BYTES = 1024 * 1024;
export const MAX_PLUGIN_DATA_BYTES = 10 * 1024 * 1024;

interface PluginDataFile {
  schemaVersion: 1;
  pluginId: string;
  entries: PluginDataRecord[];
}

export interface PluginDataStoreOptions {
  maxValueBytes?: number;
  maxPluginBytes?: number;
  hooks?: AtomicWriteHooks;
}

export class PluginDataStore {
  private readonly maxValueBytes: number;
  private readonly maxPluginBytes: number;

  constructor(
    private readonly folder: string,
    private readonly options: PluginDataStoreOptions = {},
  ) {
    this.maxValueBytes = options.maxValueBytes ?? MAX_VALUE_BYTES;
    this.maxPluginBytes = options.maxPluginBytes ?? MAX_PLUGIN_DATA_BYTES;
  }

  /** The file of one plugin; plugin ids match `^[a-z0-9][a-z0-9.-]{1,126}[a-z0-9]$`, so they are safe file names. */
  fileOf(pluginId: string): string {
    return path.join(this.folder, `${pluginId}.json`);
  }

  async get(address: PluginDataAddress): Promise<PluginDataRecord | null> {
    checkScope(address);
    const file = this.fileOf(address.pluginId);
    return withFileLock(file, async () => (await this.load(address.pluginId)).entries.find((entry) => sameAddress(entry, address)) ?? null);
  }

  async save(address: PluginDataAddress, value: unknown): Promise<PluginDataRecord> {
    checkScope(address);
    const { normalized, bytes } = jsonValue(value);
    if (bytes > this.maxValueBytes)
      throw new IpcFailure("quota_exceeded", `the value is ${bytes} bytes as JSON; the limit is ${this.maxValueBytes}`);
    const file = this.fileOf(address.pluginId);
    return withFileLock(file, async () => {
      const document = await this.load(address.pluginId);
      const others = document.entries.filter((entry) => !sameAddress(entry, address));
      const total = others.reduce((sum, entry) => sum + jsonValue(entry.value).bytes, bytes);
      if (total > this.maxPluginBytes) {
        throw new IpcFailure(
          "quota_exceeded",
          `plugin ${address.pluginId} would store ${total} bytes; its quota is ${this.maxPluginBytes}`,
        );
      }
      const record: PluginDataRecord = { ...addressOf(address), value: normalized, updatedAt: new Date().toISOString() };
      await this.store({ ...document, entries: [...others, record].sort(compareAddresses) });
      return record;
    });
  }

  /** Removes every entry of the plugin (its file); whether there was any. */
  async deleteAll(pluginId: string): Promise<boolean> {
    const file = this.fileOf(pluginId);
    return withFileLock(file, () => removeFile(file));
  }

  async delete(address: PluginDataAddress): Promise<boolean> {
    checkScope(address);
    const file = this.fileOf(address.pluginId);
    return withFileLock(file, async () => {
      const document = await this.load(address.pluginId);
      const remaining = document.entries.filter((entry) => !sameAddress(entry, address));
      if (remaining.length === document.entries.length) return false;
      await this.store({ ...document, entries: remaining });
      return true;
    });
  }

  private async load(pluginId: string): Promise<PluginDataFile> {
    const read = await readStateFile<PluginDataFile>(this.fileOf(pluginId), (value) => dataFileProblem(value, pluginId));
    if (read.kind === "ok") return read.value;
    if (read.kind === "missing") return { schemaVersion: 1, pluginId, entries: [] };
    throw new IpcFailure(
      "state_corrupt",
      `the data file of plugin ${pluginId} is corrupt (${read.reason}); it was moved to ${read.quarantinedPath} and the plugin's data starts empty`,
      [{ path: "", message: `quarantined: ${read.quarantinedPath}`.slice(0, 1024) }],
    );
  }

  private async store(document: PluginDataFile): Promise<void> {
    await writeFileAtomic(this.fileOf(document.pluginId), `${JSON.stringify(document, null, 2)}\n`, this.options.hooks);
  }
}

function checkScope(address: PluginDataAddress): void {
  if (address.scope === "plugin" && address.scopeId !== undefined)
    throw new IpcFailure("invalid_request", "`plugin` scope takes no scopeId", [
      { path: "/scopeId", message: "must be absent for plugin scope" },
    ]);
  if (address.scope !== "plugin" && address.scopeId === undefined)
    throw new IpcFailure("invalid_request", `\`${address.scope}\` scope needs a scopeId`, [{ path: "/scopeId", message: "required" }]);
}

function jsonValue(value: unknown): { normalized: unknown; bytes: number } {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined)
    throw new IpcFailure("invalid_request", "the value is not JSON", [{ path: "/value", message: "must be a JSON value" }]);
  return { normalized: JSON.parse(text) as unknown, bytes: Buffer.byteLength(text, "utf8") };
}

function addressOf({ pluginId, scope, scopeId, key }: PluginDataAddress): PluginDataAddress {
  return scopeId === undefined ? { pluginId, scope, key } : { pluginId, scope, scopeId, key };
}

function sameAddress(a: PluginDataAddress, b: PluginDataAddress): boolean {
  return a.pluginId === b.pluginId && a.scope === b.scope && a.scopeId === b.scopeId && a.key === b.key;
}

function compareAddresses(a: PluginDataAddress, b: PluginDataAddress): number {
  const left = `${a.scope}\u0000${a.scopeId ?? ""}\u0000${a.key}`;
  const right = `${b.scope}\u0000${b.scopeId ?? ""}\u0000${b.key}`;
  return left < right ? -1 : left > right ? 1 : 0;
}

function dataFileProblem(value: unknown, pluginId: string): string | null {
  if (typeof value !== "object" || value === null) return "not an object";
  const file = value as Partial<PluginDataFile>;
  if (file.schemaVersion !== 1) return "unknown schemaVersion";
  if (file.pluginId !== pluginId) return "belongs to another plugin";
  if (!Array.isArray(file.entries)) return "entries is not a list";
  for (const entry of file.entries) {
    if (!validateGetPluginDataResult({ record: entry }) || (entry as PluginDataRecord).pluginId !== pluginId)
      return "an entry does not match the contract";
  }
  return null;
}
