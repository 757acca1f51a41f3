// The desktop mirror of localStorage `metoyou_plugin_capability_grants`, kept atomically in
// `<userData>/plugin-state/capability-grants.json`, with the origins the user allowed plugins to be installed from.
import { validatePluginCapabilityGrants } from "@toju/generated/validators/index";
import type { PluginCapabilityGrants } from "@toju/generated/types/contract";
import { IpcFailure } from "../ipc/ipc-error";
import type { AtomicWriteHooks } from "./atomic-file";
import { JsonStateFile } from "./json-state-file";

export class CapabilityGrantsStore {
  private readonly file: JsonStateFile<PluginCapabilityGrants>;

  constructor(filePath: string, hooks: AtomicWriteHooks = {}) {
    this.file = new JsonStateFile<PluginCapabilityGrants>(filePath, {
      what: "the capability grants file (no plugin has any grant until the user grants again)",
      validate: (value): value is PluginCapabilityGrants => validatePluginCapabilityGrants(value) && duplicatePluginProblem(value) === null,
      empty: () => ({ schemaVersion: 1, grants: [] }),
      hooks,
    });
  }

  read(): Promise<PluginCapabilityGrants> {
    return this.file.read();
  }

  /** Replaces the whole document; the caller validated its shape, this checks one plugin per entry. */
  write(grants: PluginCapabilityGrants): Promise<PluginCapabilityGrants> {
    const problem = duplicatePluginProblem(grants);
    if (problem) throw new IpcFailure("invalid_request", problem, [{ path: "/grants", message: problem }]);
    return this.file.write(grants);
  }

  /** The origins `installPluginFromUrl` may download from. */
  async approvedInstallOrigins(): Promise<readonly string[]> {
    return (await this.read()).approvedInstallOrigins ?? [];
  }
}

function duplicatePluginProblem(grants: PluginCapabilityGrants): string | null {
  const seen = new Set<string>();
  for (const grant of grants.grants) {
    if (seen.has(grant.pluginId)) return `plugin ${grant.pluginId} has more than one grant entry`;
    seen.add(grant.pluginId);
  }
  return null;
}
