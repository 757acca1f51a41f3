// The shell's root: starts the plugin runtime once, links to the plugin manager, and shows why the runtime failed.
import { signal } from "@angular/core";
import { TestBed } from "@angular/core/testing";
import { PluginStoreService } from "../domains/plugins/shell/plugin-store.service";
import { AppComponent } from "./app.component";
import { byRole } from "./testing/accessible-dom";

async function render() {
  const store = {
    start: jest.fn(async () => undefined),
    error: signal<string | undefined>(undefined),
    plugins: signal([]),
    unidentified: signal([]),
    discovery: signal(undefined),
    actions: signal([]),
    pages: signal([]),
    panels: signal([]),
    channelSections: signal([]),
    settingsPages: signal([]),
    settingsForms: signal([]),
    openServer: signal(undefined),
    canManageServer: signal(false),
    missingRequirements: signal([]),
    requirementBadges: signal(new Map()),
  };
  TestBed.configureTestingModule({ providers: [{ provide: PluginStoreService, useValue: store }] });
  const fixture = TestBed.createComponent(AppComponent);
  await fixture.whenStable();
  return { store, fixture, root: fixture.nativeElement as HTMLElement };
}

describe("AppComponent", () => {
  it("starts the plugin runtime once and links to the Plugins region", async () => {
    const { store, root } = await render();
    expect(store.start).toHaveBeenCalledTimes(1);
    const link = byRole(root, "link", "Plugins");
    expect(link.getAttribute("href")).toBe("#plugins");
    expect(byRole(root, "region", "Plugins").id).toBe("plugins");
  });

  it("shows the runtime's error as an alert", async () => {
    const { store, fixture, root } = await render();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    store.error.set("The plugins could not start: disk unavailable");
    await fixture.whenStable();
    expect(root.querySelector('[role="alert"]')?.textContent?.trim()).toBe("The plugins could not start: disk unavailable");
  });
});
