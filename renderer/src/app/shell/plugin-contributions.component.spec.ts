// What running plugins contribute, as people see it: actions are buttons, pages are tabs, panels are regions.
import { signal } from "@angular/core";
import { TestBed } from "@angular/core/testing";
import { PluginStoreService } from "../domains/plugins/shell/plugin-store.service";
import { RUNTIME_CONSOLE } from "../domains/plugins/shell/runtime-tokens";
import type { UiContributionEntry } from "../domains/plugins/ui-registry/plugin-ui-registry.service";
import type { UiContributionKind } from "../domains/plugins/ui-registry/ui-contribution-kinds";
import { PluginContributionsComponent } from "./plugin-contributions.component";
import { allByRole, byRole } from "./testing/accessible-dom";

function entry<K extends UiContributionKind>(kind: K, id: string, title: string, registration: object): UiContributionEntry<K> {
  return { pluginId: "dice-roller", kind, id, title, declared: { id, title }, registration } as UiContributionEntry<K>;
}

const page = (id: string, title: string) =>
  entry("page", id, title, { render: (host: HTMLElement) => void (host.textContent = `page ${id}`) });

async function setup() {
  const store = {
    actions: signal<UiContributionEntry<"action">[]>([]),
    pages: signal<UiContributionEntry<"page">[]>([]),
    panels: signal<UiContributionEntry<"panel">[]>([]),
  };
  const output = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  TestBed.configureTestingModule({
    providers: [
      { provide: PluginStoreService, useValue: store },
      { provide: RUNTIME_CONSOLE, useValue: output },
    ],
  });
  const fixture = TestBed.createComponent(PluginContributionsComponent);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const settle = () => fixture.whenStable();
  return { store, output, root, settle };
}

describe("PluginContributionsComponent", () => {
  it("shows each action as a button named by its title that runs the plugin's code", async () => {
    const { store, root, settle } = await setup();
    const run = jest.fn();
    store.actions.set([entry("action", "roll", "Roll a d20", { run })]);
    await settle();
    byRole(root, "button", "Roll a d20").click();
    expect(run).toHaveBeenCalledWith({ kind: "composer" });
  });

  it("logs an action that fails without breaking the others", async () => {
    const { store, root, settle, output } = await setup();
    const other = jest.fn();
    store.actions.set([
      entry("action", "roll", "Roll", {
        run: () => {
          throw new Error("no dice");
        },
      }),
      entry("action", "other", "Other", { run: other }),
    ]);
    await settle();
    byRole(root, "button", "Roll").click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(output.warn).toHaveBeenCalledWith("[plugin dice-roller] action 'roll' failed: no dice");
    byRole(root, "button", "Other").click();
    expect(other).toHaveBeenCalled();
  });

  it("shows pages as tabs, the first selected, and renders the chosen one", async () => {
    const { store, root, settle } = await setup();
    store.pages.set([page("board", "Board"), page("scores", "Scores")]);
    await settle();
    expect(allByRole(root, "tab").map((tab) => [tab.textContent?.trim(), tab.getAttribute("aria-selected")])).toEqual([
      ["Board", "true"],
      ["Scores", "false"],
    ]);
    expect(byRole(root, "tabpanel", "Board").textContent).toBe("page board");
    byRole(root, "tab", "Scores").click();
    await settle();
    expect(byRole(root, "tabpanel", "Scores").textContent).toBe("page scores");
    store.pages.set([page("board", "Board")]);
    await settle();
    expect(byRole(root, "tabpanel", "Board").textContent).toBe("page board");
  });

  it("shows each panel as a region named by its title", async () => {
    const { store, root, settle } = await setup();
    store.panels.set([entry("panel", "side", "Scores", { render: (host: HTMLElement) => void (host.textContent = "3 : 1") })]);
    await settle();
    expect(byRole(root, "region", "Scores").textContent).toContain("3 : 1");
  });
});
