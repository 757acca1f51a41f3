// The plugins' embeds under a message: one set per link and one per attachment, the attachment with its media type.
import type { ChatMessage } from "@toju/generated/types/contract";
import { allByRole } from "../testing/accessible-dom";
import { entry, renderContribution } from "../plugins/testing/fake-contribution-store";
import { MessagePluginEmbedsComponent } from "./message-plugin-embeds.component";

const message: ChatMessage = {
  messageId: "m-1",
  serverId: "s-1",
  channelId: "c-1",
  authorUserId: "u-1",
  content: "see https://example.com/a and https://dice.example/roll",
  sentAt: "2026-12-01T10:00:00.000Z",
  attachments: [{ id: "a-1", name: "map.png", mediaType: "image/png", size: 10, url: "/api/attachments/a-1" }],
};

describe("MessagePluginEmbedsComponent", () => {
  it("offers each link and each attachment to the embed renderers, attachments with their media type", async () => {
    const sources: { url: string; mediaType?: string }[] = [];
    const { store, root, settle } = await renderContribution(MessagePluginEmbedsComponent, {
      message,
      urls: ["https://example.com/a", "https://dice.example/roll"],
    });
    store.embeds.set([
      entry("embed", "any", "Preview", {
        matches: () => true,
        render: (host: HTMLElement, source: { url: string; mediaType?: string }) => {
          sources.push(source);
          host.textContent = source.url;
        },
      }),
      entry(
        "embed",
        "images",
        "Image",
        { matches: () => true, render: (host: HTMLElement) => void (host.textContent = "an image") },
        { match: { mediaTypes: ["image/*"] } },
        "image-viewer",
      ),
    ]);
    await settle();
    expect(sources).toEqual([
      { url: "https://example.com/a" },
      { url: "https://dice.example/roll" },
      { url: "/api/attachments/a-1", mediaType: "image/png" },
    ]);
    expect(allByRole(root, "region").map((region) => [region.getAttribute("aria-label"), region.textContent])).toEqual([
      ["Preview", "https://example.com/a"],
      ["Preview", "https://dice.example/roll"],
      ["Preview", "/api/attachments/a-1"],
      ["Image", "an image"],
    ]);
  });

  it("renders nothing for a message without links or attachments", async () => {
    const { store, root, settle } = await renderContribution(MessagePluginEmbedsComponent, {
      message: { ...message, content: "plain", attachments: [] },
      urls: [],
    });
    store.embeds.set([entry("embed", "any", "Preview", { matches: () => true, render: () => undefined })]);
    await settle();
    expect(allByRole(root, "region")).toEqual([]);
  });
});
