// Plugin panels at one place of the layout: regions named by their titles, placed by registration, then manifest,
// then `right`.
import { allByRole, byRole } from "../testing/accessible-dom";
import { PluginPanelsComponent } from "./plugin-panels.component";
import { entry, renderContribution } from "./testing/fake-contribution-store";

const panel = (id: string, title: string, location?: string, declared?: string) =>
  entry("panel", id, title, { render: (host: HTMLElement) => void (host.textContent = `panel ${id}`), location }, { location: declared });

describe("PluginPanelsComponent", () => {
  it("shows the panels of its location, each a region named by its title around the plugin's render", async () => {
    const { store, root, settle } = await renderContribution(PluginPanelsComponent, { location: "left" });
    store.panels.set([
      panel("scores", "Scores", "left"),
      panel("dice", "Dice", undefined, "left"),
      panel("log", "Log"),
      panel("map", "Map", "bottom"),
    ]);
    await settle();
    expect(allByRole(root, "region").map((region) => region.getAttribute("aria-label"))).toEqual(["Scores", "Dice"]);
    expect(byRole(root, "region", "Scores").textContent).toContain("panel scores");
  });

  it("puts a panel that names no location on the right", async () => {
    const { store, root, settle } = await renderContribution(PluginPanelsComponent);
    store.panels.set([panel("log", "Log"), panel("map", "Map", "bottom")]);
    await settle();
    expect(allByRole(root, "region").map((region) => region.getAttribute("aria-label"))).toEqual(["Log"]);
  });

  it("contains a panel whose render throws in its own element, with a visible error, and shows the others", async () => {
    const { store, root, settle, output } = await renderContribution(PluginPanelsComponent);
    store.panels.set([
      entry("panel", "bad", "Broken", {
        render: () => {
          throw new Error("render bug");
        },
      }),
      panel("log", "Log"),
    ]);
    await settle();
    const broken = byRole(root, "region", "Broken").querySelector("[data-render-state]")!;
    expect(broken.getAttribute("data-render-state")).toBe("error");
    expect(broken.querySelector('[role="alert"]')?.textContent).toBe('Broken of "dice-roller" could not be shown: render bug');
    expect(byRole(root, "region", "Log").textContent).toContain("panel log");
    expect(output.error).toHaveBeenCalledWith("[plugin dice-roller] rendering 'bad' failed", new Error("render bug"));
  });
});
