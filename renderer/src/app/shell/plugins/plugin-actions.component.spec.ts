// Plugin actions where the chat places them: buttons named by their titles for one context, run with the real target;
// a failing action is contained and says so; on the real runtime, revoking a capability makes the next call refuse.
import { TestBed } from "@angular/core/testing";
import type { TojuPluginActivationContext } from "@toju/contracts/sdk/toju-plugin-sdk";
import { providePluginRuntime } from "../../domains/plugins/shell/plugin-runtime.providers";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { shellManifest } from "../../domains/plugins/shell/testing/fake-desktop";
import { fakeRuntime } from "../../domains/plugins/shell/testing/fake-runtime";
import { allByRole, byRole, queryByRole } from "../testing/accessible-dom";
import { PluginActionsComponent } from "./plugin-actions.component";
import { entry, renderContribution } from "./testing/fake-contribution-store";

describe("PluginActionsComponent", () => {
  it("shows the actions of its context as buttons named by their titles, run with the real {kind, id} target", async () => {
    const { store, root, settle } = await renderContribution(PluginActionsComponent, { context: "message", targetId: "m-42" });
    const quote = jest.fn();
    const roll = jest.fn();
    store.actions.set([
      entry("action", "quote", "Quote", { run: quote }),
      entry("action", "roll", "Roll a d20", { run: roll }, { context: ["composer"] }),
      entry("action", "pin", "Pin", { run: jest.fn(), context: ["channel"] }, { context: ["message"] }),
    ]);
    await settle();
    expect(allByRole(root, "button").map((button) => button.textContent?.trim())).toEqual(["Quote"]);
    byRole(root, "button", "Quote").click();
    expect(quote).toHaveBeenCalledWith({ kind: "message", id: "m-42" });
    expect(byRole(root, "group", "Plugin actions for the message")).toBeTruthy();
  });

  it("runs composer actions without an id when no target is given", async () => {
    const { store, root, settle } = await renderContribution(PluginActionsComponent, { context: "composer" });
    const roll = jest.fn();
    store.actions.set([entry("action", "roll", "Roll a d20", { run: roll }, { context: ["composer", "message"] })]);
    await settle();
    byRole(root, "button", "Roll a d20").click();
    expect(roll).toHaveBeenCalledWith({ kind: "composer" });
  });

  it("contains an action that fails: it is logged and shown, and the other actions still run", async () => {
    const { store, root, settle, output } = await renderContribution(PluginActionsComponent, { context: "channel", targetId: "c-1" });
    const other = jest.fn();
    store.actions.set([
      entry("action", "roll", "Roll", { run: () => Promise.reject(new Error("no dice")) }, { context: ["channel"] }),
      entry("action", "other", "Other", { run: other }, { context: ["channel"] }),
    ]);
    await settle();
    byRole(root, "button", "Roll").click();
    await settle();
    expect(output.warn).toHaveBeenCalledWith("[plugin dice-roller] action 'roll' failed: no dice");
    expect(root.querySelector('[role="status"]')?.textContent).toBe("Roll failed: no dice");
    byRole(root, "button", "Other").click();
    await settle();
    expect(other).toHaveBeenCalledWith({ kind: "channel", id: "c-1" });
    expect(root.querySelector('[role="status"]')).toBeNull();
  });

  it("shows nothing where no running plugin offers an action", async () => {
    const { root } = await renderContribution(PluginActionsComponent, { context: "user", targetId: "u-1" });
    expect(queryByRole(root, "group", /Plugin actions/)).toBeUndefined();
  });

  it("on the real runtime: revoking one capability makes the plugin's next call refuse with PluginCapabilityError", async () => {
    const runtime = fakeRuntime();
    const saver = shellManifest("saver", {
      title: "Saver",
      capabilities: ["ui.actions", "storage.local"],
      ui: { actions: [{ id: "save", title: "Save a note", context: ["composer"] }] },
    });
    runtime.desktop.install(saver, {
      activate: ({ api, subscriptions }: TojuPluginActivationContext) =>
        void subscriptions.push(api.ui.registerAction({ id: "save", title: "Save a note", run: () => api.storage.set("note", "hi") })),
    });
    TestBed.configureTestingModule({ providers: [providePluginRuntime(), ...runtime.providers] });
    const store = TestBed.inject(PluginStoreService);
    const fixture = TestBed.createComponent(PluginActionsComponent);
    fixture.componentRef.setInput("context", "composer");
    await store.start();
    await store.grant("saver");
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const click = async () => {
      byRole(root, "button", "Save a note").click();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    await click();
    expect(runtime.desktop.data.size).toBe(1);
    await store.setCapabilityGranted("saver", "storage.local", false);
    await fixture.whenStable();
    await click();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      "Save a note failed: plugin 'saver' has not been granted 'storage.local'",
    );
  });
});
