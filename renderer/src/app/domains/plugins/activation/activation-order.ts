// Orders runnable plugins: dependencies first, then load priority, then before/after, then id.
import type { LoadPriority, PluginRelationship, TojuPluginManifest } from "@toju/generated/types/contract";
import type { PlanNotice } from "./plan-notice";
import { compareIds, cyclicComponents, type GraphEdge } from "./plugin-graph";
import { versionInRange } from "./version-match";

const PRIORITY_RANK: Record<LoadPriority, number> = { bootstrap: 0, high: 1, default: 2, low: 3 };
const RANK_PRIORITY = Object.keys(PRIORITY_RANK) as LoadPriority[];

type EdgeKind = "requires" | "optional" | "before" | "after";

export interface OrderedPlugin {
  pluginId: string;
  /** The plugin's own priority, raised to that of the highest plugin depending on it. */
  effectivePriority: LoadPriority;
}

export interface ActivationOrder {
  order: OrderedPlugin[];
  notices: PlanNotice[];
}

/**
 * `runnable` must be free of `requires` cycles (dependency resolution blocks those). A dependency inherits
 * the priority of its dependents, so a `bootstrap` plugin never waits behind `default` ones for a `low`
 * library. `before`/`after` only order plugins of equal (effective) priority: priority is the stronger rule.
 * Optional or before/after edges that close a cycle are dropped and reported.
 */
export function orderActivation(manifests: ReadonlyMap<string, TojuPluginManifest>, runnable: ReadonlySet<string>): ActivationOrder {
  const nodes = [...runnable].sort(compareIds);
  const notices: PlanNotice[] = [];
  const dependencyEdges = withoutCycles(nodes, relationEdges(manifests, runnable, ["requires", "optional"]), "optional", notices);
  const rank = effectiveRanks(manifests, nodes, dependencyEdges);
  const placementEdges = relationEdges(manifests, runnable, ["before", "after"]).filter((e) => rank.get(e.from) === rank.get(e.to));
  const edges = withoutCycles(nodes, [...dependencyEdges, ...placementEdges], "placement", notices);
  const order = topologicalOrder(nodes, edges, rank).map((pluginId) => ({
    pluginId,
    effectivePriority: RANK_PRIORITY[rank.get(pluginId)!],
  }));
  return { order, notices };
}

/** Every edge points from the plugin that must come first to the one that comes after it. */
function relationEdges(
  manifests: ReadonlyMap<string, TojuPluginManifest>,
  runnable: ReadonlySet<string>,
  kinds: readonly EdgeKind[],
): GraphEdge<EdgeKind>[] {
  const edges: GraphEdge<EdgeKind>[] = [];
  for (const id of runnable) {
    const relationships = manifests.get(id)!.relationships ?? {};
    for (const kind of kinds) {
      for (const target of applicable(relationships[kind], manifests, runnable)) {
        edges.push(kind === "before" ? { from: id, to: target, kind } : { from: target, to: id, kind });
      }
    }
  }
  return edges;
}

/** Relationships naming plugins that are absent, not runnable or outside the range are ignored. */
function applicable(
  relations: readonly PluginRelationship[] | undefined,
  manifests: ReadonlyMap<string, TojuPluginManifest>,
  runnable: ReadonlySet<string>,
): string[] {
  return (relations ?? [])
    .filter((r) => runnable.has(r.pluginId) && versionInRange(manifests.get(r.pluginId)!.version, r.versionRange))
    .map((r) => r.pluginId);
}

function withoutCycles(
  nodes: readonly string[],
  edges: GraphEdge<EdgeKind>[],
  dropping: "optional" | "placement",
  notices: PlanNotice[],
): GraphEdge<EdgeKind>[] {
  const droppable = (edge: GraphEdge<EdgeKind>): boolean =>
    dropping === "optional" ? edge.kind === "optional" : edge.kind === "before" || edge.kind === "after";
  let kept = edges;
  for (const component of cyclicComponents(nodes, edges)) {
    const members = new Set(component);
    kept = kept.filter((e) => !(droppable(e) && members.has(e.from) && members.has(e.to)));
    const rules = dropping === "optional" ? "optional dependencies" : "before/after rules";
    notices.push({
      code: "ordering_cycle",
      message: `The ${rules} of ${component.map((id) => `"${id}"`).join(", ")} contradict each other; they load in priority order instead.`,
      pluginIds: component,
    });
  }
  return kept;
}

function effectiveRanks(
  manifests: ReadonlyMap<string, TojuPluginManifest>,
  nodes: readonly string[],
  edges: readonly GraphEdge[],
): Map<string, number> {
  const rank = new Map(nodes.map((id) => [id, PRIORITY_RANK[manifests.get(id)!.load?.priority ?? "default"]]));
  for (let changed = true; changed;) {
    changed = false;
    for (const { from: dependency, to: dependent } of edges) {
      if (rank.get(dependent)! < rank.get(dependency)!) {
        rank.set(dependency, rank.get(dependent)!);
        changed = true;
      }
    }
  }
  return rank;
}

/** Kahn's algorithm, always taking the ready plugin with the best (rank, id). */
function topologicalOrder(nodes: readonly string[], edges: readonly GraphEdge[], rank: ReadonlyMap<string, number>): string[] {
  const incoming = new Map(nodes.map((id) => [id, 0]));
  for (const edge of edges) incoming.set(edge.to, incoming.get(edge.to)! + 1);
  const ready = nodes.filter((id) => incoming.get(id) === 0);
  const order: string[] = [];
  const better = (a: string, b: string): number => rank.get(a)! - rank.get(b)! || compareIds(a, b);
  while (ready.length > 0) {
    ready.sort(better);
    const next = ready.shift()!;
    order.push(next);
    for (const edge of edges) {
      if (edge.from !== next) continue;
      incoming.set(edge.to, incoming.get(edge.to)! - 1);
      if (incoming.get(edge.to) === 0) ready.push(edge.to);
    }
  }
  return order;
}
