// Embeds of a link or attachment: every renderer whose declared match and own `matches` accept it renders it, with
// the source, in a region named by its title.
import { allByRole, byRole } from "../testing/accessible-dom";
import { PluginEmbedsComponent } from "./plugin-embeds.component";
import { entry, renderContribution } from "./testing/fake-contribution-store";

function embed(id: string, title: string, match: object, matches = () => true) {
  const sources: unknown[] = [];
  const registration = {
    matches,
    render: (host: HTMLElement, source: unknown) => {
      sources.push(source);
      host.textContent = `${id} of ${JSON.stringify(source)}`;
    },
  };
  return { entry: entry("embed", id, title, registration, { match }), sources };
}

describe("PluginEmbedsComponent", () => {
  it("renders a link with every renderer whose match accepts it, each in a region named by its title", async () => {
    const video = embed("video", "Video preview", { urlPrefixes: ["https://video.example/"] });
    const images = embed("image", "Image viewer", { mediaTypes: ["image/*"] });
    const picky = embed("picky", "Picky", { urlPrefixes: ["https://video.example/"] }, () => false);
    const { store, root, settle, fixture } = await renderContribution(PluginEmbedsComponent, { url: "https://video.example/v/1" });
    store.embeds.set([video.entry, images.entry, picky.entry]);
    await settle();
    expect(allByRole(root, "region").map((region) => region.getAttribute("aria-label"))).toEqual(["Video preview"]);
    expect(video.sources).toEqual([{ url: "https://video.example/v/1" }]);
    fixture.componentRef.setInput("url", "/api/attachments/a-1");
    fixture.componentRef.setInput("mediaType", "image/png");
    await settle();
    expect(byRole(root, "region", "Image viewer").textContent).toBe('image of {"url":"/api/attachments/a-1","mediaType":"image/png"}');
    expect(allByRole(root, "region")).toHaveLength(1);
  });

  it("renders once per source, not on every change elsewhere", async () => {
    const video = embed("video", "Video preview", { urlPrefixes: ["https://video.example/"] });
    const { store, settle } = await renderContribution(PluginEmbedsComponent, { url: "https://video.example/v/1" });
    store.embeds.set([video.entry]);
    await settle();
    store.pages.set([]);
    await settle();
    expect(video.sources).toHaveLength(1);
  });
});
