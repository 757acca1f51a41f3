// The desktop mirror of localStorage `metoyou_plugin_capability_grants`, kept atomically in
// `<userData>/plugin-state/capability-grants.json`.
import { validatePluginCapabilityGrants } from "@toju/generated/validators/index";
import type { PluginCapabilityGrants } from "@toju/generated/types/contract";
import { IpcFailure } from "../ipc/ipc-error";
import { type AtomicWriteHooks, readStateFile, writeFileAtomic } from "./atomic-file";
import { withFileLock } from "./file-lock";

export class CapabilityGrantsStore {
  constructor(
    private readonly filePath: string,
    private readonly hooks: AtomicWriteHooks = {},
  ) {}

  async read(): Promise<PluginCapabilityGrants> {
    return withFileLock(this.filePath, async () => {
      const read = await readStateFile<PluginCapabilityGrants>(this.filePath, grantsProblem);
      if (read.kind === "ok") return read.value;
      if (read.kind === "missing") return { schemaVersion: 1, grants: [] };
      throw new IpcFailure(
        "state_corrupt",
        `the capability grants file is corrupt (${read.reason}); it was moved to ${read.quarantinedPath} and no plugin has any grant until the user grants again`,
        [{ path: "", message: `quarantined: ${read.quarantinedPath}`.slice(0, 1024) }],
      );
    });
  }

  /** Replaces the whole document; the caller validated its shape, this checks one plugin per entry. */
  async write(grants: PluginCapabilityGrants): Promise<PluginCapabilityGrants> {
    const problem = duplicatePluginProblem(grants);
    if (problem) throw new IpcFailure("invalid_request", problem, [{ path: "/grants", message: problem }]);
    await withFileLock(this.filePath, () => writeFileAtomic(this.filePath, `${JSON.stringify(grants, null, 2)}\n`, this.hooks));
    return grants;
  }
}

function grantsProblem(value: unknown): string | null {
  if (!validatePluginCapabilityGrants(value)) return "does not match the PluginCapabilityGrants contract";
  return duplicatePluginProblem(value);
}

function duplicatePluginProblem(grants: PluginCapabilityGrants): string | null {
  const seen = new Set<string>();
  for (const grant of grants.grants) {
    if (seen.has(grant.pluginId)) return `plugin ${grant.pluginId} has more than one grant entry`;
    seen.add(grant.pluginId);
  }
  return null;
}
