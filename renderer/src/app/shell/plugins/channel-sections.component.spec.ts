// Channel sections in a channel's view: regions named by their titles; one registered for a channel shows only there.
import { allByRole, byRole } from "../testing/accessible-dom";
import { ChannelSectionsComponent } from "./channel-sections.component";
import { entry, renderContribution } from "./testing/fake-contribution-store";

const section = (id: string, title: string, channelId?: string) =>
  entry("channelSection", id, title, { render: (host: HTMLElement) => void (host.textContent = `section ${id}`), channelId });

describe("ChannelSectionsComponent", () => {
  it("shows the sections of the open channel and those tied to none", async () => {
    const { store, root, settle, fixture } = await renderContribution(ChannelSectionsComponent, { channelId: "c-1" });
    store.channelSections.set([
      section("pinned", "Pinned rolls"),
      section("c1", "Only general", "c-1"),
      section("c2", "Only random", "c-2"),
    ]);
    await settle();
    expect(allByRole(root, "region").map((region) => region.getAttribute("aria-label"))).toEqual(["Pinned rolls", "Only general"]);
    expect(byRole(root, "region", "Only general").textContent).toContain("section c1");
    fixture.componentRef.setInput("channelId", "c-2");
    await settle();
    expect(allByRole(root, "region").map((region) => region.getAttribute("aria-label"))).toEqual(["Pinned rolls", "Only random"]);
    fixture.componentRef.setInput("channelId", undefined);
    await settle();
    expect(allByRole(root, "region").map((region) => region.getAttribute("aria-label"))).toEqual(["Pinned rolls"]);
  });
});
