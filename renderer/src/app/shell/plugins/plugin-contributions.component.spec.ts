// The composite the shell shows while signed out: composer actions, pages, panels of every location, channel sections
// tied to no channel, and settings, each as the component the chat layout would place.
import { allByRole, byRole } from "../testing/accessible-dom";
import { PluginContributionsComponent } from "./plugin-contributions.component";
import { entry, renderContribution } from "./testing/fake-contribution-store";

const rendered = (text: string) => ({ render: (host: HTMLElement) => void (host.textContent = text) });

describe("PluginContributionsComponent", () => {
  it("shows every kind of contribution a running plugin makes, where the chat would", async () => {
    const { store, root, settle } = await renderContribution(PluginContributionsComponent);
    const roll = jest.fn();
    store.actions.set([
      entry("action", "roll", "Roll a d20", { run: roll }, { context: ["composer"] }),
      entry("action", "quote", "Quote", { run: jest.fn() }),
    ]);
    store.pages.set([entry("page", "board", "Board", rendered("the board"))]);
    store.panels.set([
      entry("panel", "left", "Left panel", { ...rendered("l"), location: "left" }),
      entry("panel", "right", "Right panel", rendered("r")),
      entry("panel", "bottom", "Bottom panel", { ...rendered("b"), location: "bottom" }),
    ]);
    store.channelSections.set([entry("channelSection", "pinned", "Pinned rolls", rendered("pins"))]);
    store.settingsPages.set([entry("settings", "advanced", "Dice roller advanced", rendered("options"))]);
    await settle();
    expect(allByRole(root, "button").map((button) => button.textContent?.trim())).toEqual(["Roll a d20", "Board"]);
    byRole(root, "button", "Roll a d20").click();
    expect(roll).toHaveBeenCalledWith({ kind: "composer" });
    expect(allByRole(root, "region").map((region) => region.getAttribute("aria-label"))).toEqual([
      "Left panel",
      "Board",
      "Pinned rolls",
      "Bottom panel",
      "Right panel",
      "Dice roller advanced",
    ]);
  });
});
