import { PluginLifecycleError } from "../activation/plugin-lifecycle";
import { PluginStateTable, type PluginStateChange } from "./plugin-state-table";

describe("PluginStateTable", () => {
  it("announces moves, updates a reason in place, and refuses an illegal move", () => {
    const changes: PluginStateChange[] = [];
    const table = new PluginStateTable((c) => changes.push(c));
    table.register({ pluginId: "dice", state: "validated", issues: [] });
    table.move("dice", "blocked", { code: "server_blocked", message: "no" });
    table.move("dice", "blocked", { code: "server_blocked", message: "no" });
    table.move("dice", "blocked", { code: "conflict", message: "clash" });
    expect(() => table.move("dice", "loaded")).toThrow(PluginLifecycleError);
    expect(changes.map((c) => [c.previous, c.state, c.reason?.code])).toEqual([
      [undefined, "validated", undefined],
      ["validated", "blocked", "server_blocked"],
      ["blocked", "blocked", "conflict"],
    ]);
    expect(table.get("dice")).toMatchObject({ state: "blocked", reason: { code: "conflict" } });
  });
});
