import { cyclePath, cyclicComponents, type GraphEdge } from "./plugin-graph";

const edge = (from: string, to: string): GraphEdge => ({ from, to, kind: "requires" });

describe("plugin graph", () => {
  it("finds only the components that contain a cycle, sorted", () => {
    const edges = [edge("d", "e"), edge("e", "d"), edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("c", "x")];
    expect(cyclicComponents(["a", "b", "c", "d", "e", "x"], edges)).toEqual([
      ["a", "b", "c"],
      ["d", "e"],
    ]);
  });

  it("finds no cycle in a DAG and a cycle in a self-loop", () => {
    expect(cyclicComponents(["a", "b"], [edge("a", "b")])).toEqual([]);
    expect(cyclicComponents(["a"], [edge("a", "a")])).toEqual([["a"]]);
  });

  it("reports the shortest cycle through the smallest id", () => {
    const edges = [edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("b", "a")];
    expect(cyclePath(["a", "b", "c"], edges)).toEqual(["a", "b", "a"]);
    expect(cyclePath(["a", "b", "c"], [edge("a", "b"), edge("b", "c"), edge("c", "a")])).toEqual(["a", "b", "c", "a"]);
  });
});
