import { pluginLifecycleStateValues, type PluginLifecycleState } from "@toju/generated/types/contract";
import { applyTransition, canTransition, isActiveLifecycleState, legalTransitionsFrom, PluginLifecycleError } from "./plugin-lifecycle";

describe("plugin lifecycle", () => {
  it("defines transitions for every state of the contract, only to states of the contract", () => {
    for (const state of pluginLifecycleStateValues) {
      for (const to of legalTransitionsFrom(state)) expect(pluginLifecycleStateValues).toContain(to);
    }
  });

  it("allows the happy path discovered → validated → loading → ready → loaded → unloading → unloaded", () => {
    const path: PluginLifecycleState[] = ["discovered", "validated", "loading", "ready", "loaded", "unloading", "unloaded"];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i])).toBe(true);
  });

  it.each(["loading", "ready", "loaded", "unloading"] as const)("lets %s fail", (state) => {
    expect(canTransition(state, "failed")).toBe(true);
  });

  it("allows reload from unloaded and from failed", () => {
    expect(canTransition("unloaded", "loading")).toBe(true);
    expect(canTransition("failed", "loading")).toBe(true);
  });

  it("reaches disabled from every state where no plugin code runs, never from a running one", () => {
    for (const state of pluginLifecycleStateValues) {
      if (state === "disabled") continue;
      expect(canTransition(state, "disabled")).toBe(!isActiveLifecycleState(state));
    }
  });

  it("enables a disabled plugin back to validated, never straight to loading", () => {
    expect(canTransition("disabled", "validated")).toBe(true);
    expect(canTransition("disabled", "loading")).toBe(false);
  });

  it("never skips validation or the ready hook", () => {
    expect(canTransition("discovered", "loading")).toBe(false);
    expect(canTransition("loading", "loaded")).toBe(false);
    expect(canTransition("loaded", "unloaded")).toBe(false);
  });

  it("applies a legal transition and returns a typed error for an illegal one", () => {
    expect(applyTransition("dice", "validated", "loading")).toEqual({ ok: true, state: "loading" });
    const result = applyTransition("dice", "disabled", "loaded");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(PluginLifecycleError);
    expect(result.error).toMatchObject({ code: "illegal_transition", pluginId: "dice", from: "disabled", to: "loaded" });
  });
});
