// Blocks plugins whose `requires` are missing, out of range, unavailable or cyclic, and plugins in `conflicts`.
import type { PluginActivationReason, PluginRelationship, TojuPluginManifest } from "@toju/generated/types/contract";
import { compareIds, cyclePath, cyclicComponents, type GraphEdge } from "./plugin-graph";
import { versionInRange } from "./version-match";

export interface DependencyInput {
  /** Every known plugin, runnable or not: a dependency that exists but cannot run is not "missing". */
  manifests: ReadonlyMap<string, TojuPluginManifest>;
  /** The plugins that passed every check of their own. */
  runnable: ReadonlySet<string>;
  /** Why a known plugin outside `runnable` cannot run, said as "is disabled", "failed", … */
  unavailableBecause(pluginId: string): string;
}

/**
 * Returns the plugins that must be blocked and why. Order of the passes: unmet `requires` (propagated
 * to a fixed point), then `requires` cycles, then conflicts among what is still runnable (a conflict
 * with a plugin that cannot run anyway is no conflict; two plugins that name each other are both blocked).
 */
export function resolveDependencies(input: DependencyInput): Map<string, PluginActivationReason> {
  const runnable = new Set(input.runnable);
  const blocked = new Map<string, PluginActivationReason>();
  const block = (found: Map<string, PluginActivationReason>): void => {
    for (const [id, reason] of found) {
      blocked.set(id, reason);
      runnable.delete(id);
    }
  };
  const propagate = (): void => {
    for (let found = unmetRequirements(input, runnable, blocked); found.size > 0; found = unmetRequirements(input, runnable, blocked))
      block(found);
  };

  propagate();
  block(requirementCycles(input.manifests, runnable));
  propagate();
  block(conflicts(input.manifests, runnable));
  propagate();
  return blocked;
}

export function requiresOf(manifest: TojuPluginManifest): readonly PluginRelationship[] {
  return manifest.relationships?.requires ?? [];
}

function unmetRequirements(
  input: DependencyInput,
  runnable: ReadonlySet<string>,
  blocked: ReadonlyMap<string, PluginActivationReason>,
): Map<string, PluginActivationReason> {
  const found = new Map<string, PluginActivationReason>();
  for (const id of [...runnable].sort(compareIds)) {
    const manifest = input.manifests.get(id)!;
    for (const requirement of requiresOf(manifest)) {
      const reason = unmet(manifest, requirement, input, runnable, blocked);
      if (reason) {
        found.set(id, reason);
        break;
      }
    }
  }
  return found;
}

function unmet(
  manifest: TojuPluginManifest,
  requirement: PluginRelationship,
  input: DependencyInput,
  runnable: ReadonlySet<string>,
  blocked: ReadonlyMap<string, PluginActivationReason>,
): PluginActivationReason | undefined {
  const name = `"${manifest.title}"`;
  const range = requirement.versionRange;
  const dependency = input.manifests.get(requirement.pluginId);
  const related = [requirement.pluginId];
  if (!dependency) {
    const wanted = range ? ` ${range}` : "";
    return {
      code: "missing_dependency",
      message: `${name} requires the plugin "${requirement.pluginId}"${wanted}, which is not installed.`,
      relatedPluginIds: related,
    };
  }
  if (!versionInRange(dependency.version, range)) {
    return {
      code: "dependency_version_mismatch",
      message: `${name} requires "${dependency.title}" ${range}; version ${dependency.version} is installed.`,
      relatedPluginIds: related,
    };
  }
  if (runnable.has(dependency.id)) return undefined;
  const why = blocked.has(dependency.id) ? `is blocked: ${blocked.get(dependency.id)!.message}` : input.unavailableBecause(dependency.id);
  return { code: "dependency_blocked", message: `${name} requires "${dependency.title}", which ${why}`, relatedPluginIds: related };
}

function requirementCycles(
  manifests: ReadonlyMap<string, TojuPluginManifest>,
  runnable: ReadonlySet<string>,
): Map<string, PluginActivationReason> {
  const nodes = [...runnable];
  const edges: GraphEdge[] = nodes.flatMap((id) =>
    requiresOf(manifests.get(id)!)
      .filter((r) => runnable.has(r.pluginId))
      .map((r) => ({ from: id, to: r.pluginId, kind: "requires" })),
  );
  const found = new Map<string, PluginActivationReason>();
  for (const component of cyclicComponents(nodes, edges)) {
    const path = cyclePath(component, edges);
    const message = `These plugins require each other in a cycle and cannot be ordered: ${path.join(" → ")}.`;
    for (const id of component) found.set(id, { code: "dependency_cycle", message, relatedPluginIds: path });
  }
  return found;
}

function conflicts(manifests: ReadonlyMap<string, TojuPluginManifest>, runnable: ReadonlySet<string>): Map<string, PluginActivationReason> {
  const found = new Map<string, PluginActivationReason>();
  for (const id of [...runnable].sort(compareIds)) {
    const manifest = manifests.get(id)!;
    const hit = (manifest.relationships?.conflicts ?? []).find(
      (c) => runnable.has(c.pluginId) && versionInRange(manifests.get(c.pluginId)!.version, c.versionRange),
    );
    if (hit) {
      const other = manifests.get(hit.pluginId)!;
      found.set(id, {
        code: "conflict",
        message: `"${manifest.title}" cannot run together with "${other.title}" ${other.version}; disable one of them.`,
        relatedPluginIds: [hit.pluginId],
      });
    }
  }
  return found;
}
