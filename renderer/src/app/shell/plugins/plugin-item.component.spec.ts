// One plugin of the manager on its own: named by title and state, its source, reason or the user's choice, the
// requirement badge, and the commands its buttons send to the store.
import { Component, input, signal } from "@angular/core";
import { TestBed } from "@angular/core/testing";
import { PluginInstallerService } from "../../domains/plugins/shell/plugin-installer.service";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import type { PluginStatus } from "../../domains/plugins/shell/plugin-status";
import type { RequirementBadge } from "../../domains/plugins/shell/requirement-badges";
import { accessibleName, byRole, queryByRole } from "../testing/accessible-dom";
import { PluginItemComponent } from "./plugin-item.component";

@Component({
  imports: [PluginItemComponent],
  template: `<ul>
    <li [tojuPluginItem]="plugin()"></li>
  </ul>`,
})
class ListComponent {
  readonly plugin = input.required<PluginStatus>();
}

const status = (overrides: Partial<PluginStatus> = {}): PluginStatus => ({
  pluginId: "dice-roller",
  title: "Dice roller",
  version: "1.2.0",
  source: { kind: "folder", path: "/data/plugins/dice" },
  state: "loaded",
  issues: [],
  requestedCapabilities: ["ui.actions", "storage.local"],
  grantedCapabilities: ["ui.actions", "storage.local"],
  missingCapabilities: [],
  registered: true,
  disabledByUser: false,
  running: true,
  isolated: false,
  ...overrides,
});

async function render(plugin: PluginStatus, badge?: RequirementBadge, admin = false) {
  const store = {
    requirementBadges: signal(new Map(badge ? [["dice-roller", badge]] : [])),
    canManageServer: signal(admin),
    grant: jest.fn(),
    deny: jest.fn(),
    setEnabled: jest.fn(),
    reload: jest.fn(),
    setCapabilityGranted: jest.fn(),
    setRequirement: jest.fn(),
    removeRequirement: jest.fn(),
  };
  TestBed.configureTestingModule({ providers: [{ provide: PluginStoreService, useValue: store }] });
  const fixture = TestBed.createComponent(ListComponent);
  fixture.componentRef.setInput("plugin", plugin);
  await fixture.whenStable();
  const item = (fixture.nativeElement as HTMLElement).querySelector("li")!;
  return { store, item, fixture };
}

describe("PluginItemComponent", () => {
  it("is a list item named by the plugin's title and state word, showing its folder", async () => {
    const { item } = await render(status());
    expect(accessibleName(item)).toBe("Dice roller loaded");
    expect(item.getAttribute("data-plugin-id")).toBe("dice-roller");
    expect(item.querySelector(".source")?.textContent?.trim()).toBe("Local folder /data/plugins/dice");
    expect(queryByRole(item, "dialog", "Dice roller")).toBeUndefined();
  });

  it("sends each capability checkbox, Disable and Reload to the store", async () => {
    const { item, store } = await render(status());
    const box = byRole(item, "checkbox", "storage.local") as HTMLInputElement;
    box.checked = false;
    box.dispatchEvent(new Event("change"));
    byRole(item, "button", "Disable").click();
    byRole(item, "button", "Reload").click();
    expect(store.setCapabilityGranted).toHaveBeenCalledWith("dice-roller", "storage.local", false);
    expect(store.setEnabled).toHaveBeenCalledWith("dice-roller", false);
    expect(store.reload).toHaveBeenCalledWith("dice-roller");
  });

  it("shows the reason of a failed plugin and the requirement badge with its range", async () => {
    const { item } = await render(
      status({ state: "failed", running: false, reasonCode: "hook_failed", reason: '"Dice roller" failed: boom.' }),
      { kind: "required-not-running", status: "required", label: "Required by this server, not running", versionRange: "^1.0.0" },
    );
    expect(item.querySelector(".reason")?.textContent).toBe('"Dice roller" failed: boom.');
    expect(item.querySelector(".requirement-badge")?.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "Required by this server, not running (^1.0.0)",
    );
  });

  it("marks an isolated plugin, and only that one", async () => {
    const isolated = await render(status({ isolated: true }));
    expect(isolated.item.querySelector(".isolation-badge")?.textContent?.trim()).toBe("Isolated");
    TestBed.resetTestingModule();
    const inPage = await render(status());
    expect(inPage.item.querySelector(".isolation-badge")).toBeNull();
  });

  it("says the user disabled or denied it instead of a reason, and offers Enable without Reload", async () => {
    const disabled = await render(
      status({ state: "disabled", disabledByUser: true, running: false, reason: '"Dice roller" is disabled.' }),
    );
    expect(disabled.item.querySelector(".choice")?.textContent?.trim()).toBe("You disabled Dice roller.");
    expect(disabled.item.querySelector(".reason")).toBeNull();
    expect(queryByRole(disabled.item, "button", "Reload")).toBeUndefined();
    byRole(disabled.item, "button", "Enable").click();
    expect(disabled.store.setEnabled).toHaveBeenCalledWith("dice-roller", true);
    TestBed.resetTestingModule();
    const denied = await render(status({ state: "disabled", disabledByUser: true, running: false, grantedCapabilities: [] }));
    expect(denied.item.querySelector(".choice")?.textContent?.trim()).toBe(
      "You denied Dice roller what it asks for; enable it to be asked again.",
    );
  });

  it("offers an admin the requirement buttons, and Remove requirement only when there is one", async () => {
    const { item, store } = await render(
      status(),
      { kind: "recommended", status: "recommended", label: "Recommended by this server" },
      true,
    );
    const admin = byRole(item, "group", "Requirement of Dice roller on this server");
    for (const name of ["Require on this server", "Recommend", "Block", "Remove requirement"]) byRole(admin, "button", name).click();
    expect(store.setRequirement.mock.calls).toEqual([
      ["dice-roller", "required"],
      ["dice-roller", "recommended"],
      ["dice-roller", "blocked"],
    ]);
    expect(store.removeRequirement).toHaveBeenCalledWith("dice-roller");
  });

  it("offers Update for a plugin installed from a URL and Uninstall for any folder; Uninstall asks first", async () => {
    const installed = await render(
      status({ source: { kind: "url", url: "https://plugins.example/dice.json", path: "/data/plugins/dice-roller" } }),
    );
    expect(installed.item.querySelector(".source")?.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "Installed from https://plugins.example/dice.json",
    );
    expect(queryByRole(installed.item, "button", "Update")).toBeDefined();
    byRole(installed.item, "button", "Uninstall").click();
    expect(TestBed.inject(PluginInstallerService).uninstallQuestion()).toEqual({ pluginId: "dice-roller", title: "Dice roller" });
    TestBed.resetTestingModule();
    const local = await render(status());
    expect(queryByRole(local.item, "button", "Update")).toBeUndefined();
    expect(queryByRole(local.item, "button", "Uninstall")).toBeDefined();
  });
});
