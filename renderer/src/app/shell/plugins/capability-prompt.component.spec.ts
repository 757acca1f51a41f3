// The consent prompt: a dialog named after the plugin, saying in plain words what it asks for, with Grant and Deny.
import { TestBed } from "@angular/core/testing";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import type { PluginStatus } from "../../domains/plugins/shell/plugin-status";
import { byRole } from "../testing/accessible-dom";
import { CapabilityPromptComponent } from "./capability-prompt.component";

const status = (overrides: Partial<PluginStatus>): PluginStatus => ({
  pluginId: "dice-roller",
  title: "Dice roller",
  state: "blocked",
  issues: [],
  requestedCapabilities: ["ui.actions", "storage.local"],
  grantedCapabilities: [],
  missingCapabilities: ["ui.actions", "storage.local"],
  registered: true,
  disabledByUser: false,
  running: false,
  isolated: false,
  ...overrides,
});

async function render(plugin: PluginStatus) {
  const store = { grant: jest.fn(), deny: jest.fn() };
  TestBed.configureTestingModule({ providers: [{ provide: PluginStoreService, useValue: store }] });
  const fixture = TestBed.createComponent(CapabilityPromptComponent);
  fixture.componentRef.setInput("plugin", plugin);
  await fixture.whenStable();
  return { store, dialog: byRole(fixture.nativeElement, "dialog", "Dice roller") };
}

describe("CapabilityPromptComponent", () => {
  it("lists what a new plugin asks for and sends Grant and Deny to the store", async () => {
    const { store, dialog } = await render(status({}));
    expect(dialog.textContent).toContain("Dice roller asks to:");
    expect(Array.from(dialog.querySelectorAll("li")).map((li) => li.textContent?.trim())).toEqual([
      "Add buttons to menus and the message composer. ui.actions",
      "Keep its own data on this device. storage.local",
    ]);
    byRole(dialog, "button", "Grant").click();
    byRole(dialog, "button", "Deny").click();
    expect(store.grant).toHaveBeenCalledWith("dice-roller");
    expect(store.deny).toHaveBeenCalledWith("dice-roller");
  });

  it("asks an update only for what is new", async () => {
    const { dialog } = await render(
      status({ state: "loaded", grantedCapabilities: ["ui.actions"], missingCapabilities: ["storage.local"], running: true }),
    );
    expect(dialog.textContent).toContain("Dice roller now also asks to:");
    expect(Array.from(dialog.querySelectorAll("li")).map((li) => li.getAttribute("data-capability"))).toEqual(["storage.local"]);
  });
});
