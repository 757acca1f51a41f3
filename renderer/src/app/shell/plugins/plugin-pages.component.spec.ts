// Plugin pages: a tab per page named by its title, and the open page a region named by its title.
import { allByRole, byRole, queryByRole } from "../testing/accessible-dom";
import { PluginPagesComponent } from "./plugin-pages.component";
import { entry, renderContribution } from "./testing/fake-contribution-store";

const page = (id: string, title: string) =>
  entry("page", id, title, { render: (host: HTMLElement) => void (host.textContent = `page ${id}`) });

describe("PluginPagesComponent", () => {
  it("shows pages as tabs, the first open, and opens the chosen one as a region named by its title", async () => {
    const { store, root, settle } = await renderContribution(PluginPagesComponent);
    expect(queryByRole(root, "tab", /./)).toBeUndefined();
    store.pages.set([page("board", "Board"), page("scores", "Scores")]);
    await settle();
    expect(allByRole(root, "tab").map((tab) => [tab.textContent?.trim(), tab.getAttribute("aria-selected")])).toEqual([
      ["Board", "true"],
      ["Scores", "false"],
    ]);
    expect(byRole(root, "region", "Board").textContent).toBe("page board");
    byRole(root, "tab", "Scores").click();
    await settle();
    expect(byRole(root, "region", "Scores").textContent).toBe("page scores");
    expect(queryByRole(root, "region", "Board")).toBeUndefined();
    expect(byRole(root, "tab", "Scores").getAttribute("aria-controls")).toBe(byRole(root, "region", "Scores").id);
    store.pages.set([page("board", "Board")]);
    await settle();
    expect(byRole(root, "region", "Board").textContent).toBe("page board");
  });
});
