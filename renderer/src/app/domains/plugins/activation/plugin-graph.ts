// Directed graphs over plugin ids: strongly connected components and a readable cycle path, deterministic by id.

export interface GraphEdge<Kind extends string = string> {
  from: string;
  to: string;
  kind: Kind;
}

export function successors(nodes: readonly string[], edges: readonly GraphEdge[]): Map<string, string[]> {
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const edge of edges) next.get(edge.from)?.push(edge.to);
  for (const list of next.values()) list.sort(compareIds);
  return next;
}

/** Tarjan's algorithm; returns only the components that contain a cycle, each sorted by id. */
export function cyclicComponents(nodes: readonly string[], edges: readonly GraphEdge[]): string[][] {
  const next = successors(nodes, edges);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];

  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (next.get(node) ?? []).includes(node)) found.push(component.sort(compareIds));
  };

  for (const node of [...nodes].sort(compareIds)) if (!index.has(node)) visit(node);
  return found.sort((a, b) => compareIds(a[0], b[0]));
}

/** The shortest cycle through the component's smallest id, as `[a, b, …, a]`. */
export function cyclePath(component: readonly string[], edges: readonly GraphEdge[]): string[] {
  const members = new Set(component);
  const next = successors(
    component,
    edges.filter((e) => members.has(e.from) && members.has(e.to)),
  );
  const start = component[0];
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of next.get(node) ?? []) {
      if (to === start) return [...pathTo(node, parent, start), start];
      if (!parent.has(to)) {
        parent.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}

function pathTo(node: string, parent: ReadonlyMap<string, string>, start: string): string[] {
  const path = [node];
  while (path[0] !== start) path.unshift(parent.get(path[0])!);
  return path;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
