// Retained messages stay within their topic and byte bounds, oldest publish evicted first.
import type { MessageBusMessage } from "@toju/contracts/sdk/toju-plugin-sdk";
import { RetainedMessages } from "./retained-messages";

const message = (topic: string, fromPluginId = "dice-roller"): MessageBusMessage => ({ topic, payload: topic, fromPluginId });

describe("RetainedMessages", () => {
  it("keeps the last message per topic", () => {
    const retained = new RetainedMessages(10, 1000);
    retained.set(message("a"), 10);
    retained.set({ ...message("a"), payload: "newer" }, 10);
    expect(retained.get("a")?.payload).toBe("newer");
    expect(retained.size).toEqual({ topics: 1, bytes: 10 });
  });

  it("evicts the least recently published topics beyond the topic bound", () => {
    const retained = new RetainedMessages(2, 1000);
    retained.set(message("a"), 1);
    retained.set(message("b"), 1);
    retained.set(message("a"), 1);
    retained.set(message("c"), 1);
    expect([retained.get("a"), retained.get("b"), retained.get("c")].map((kept) => kept?.topic)).toEqual(["a", undefined, "c"]);
  });

  it("evicts to stay within the byte bound and never keeps a message larger than the whole budget", () => {
    const retained = new RetainedMessages(100, 100);
    retained.set(message("a"), 60);
    retained.set(message("b"), 30);
    retained.set(message("c"), 30);
    expect(retained.get("a")).toBeUndefined();
    expect(retained.size).toEqual({ topics: 2, bytes: 60 });
    retained.set(message("b"), 101);
    expect(retained.get("b")).toBeUndefined();
    expect(retained.size).toEqual({ topics: 1, bytes: 30 });
  });

  it("forgets what one plugin left behind", () => {
    const retained = new RetainedMessages(10, 1000);
    retained.set(message("a", "dice-roller"), 1);
    retained.set(message("b", "other-plugin"), 1);
    retained.deleteFrom("dice-roller");
    expect(retained.get("a")).toBeUndefined();
    expect(retained.get("b")).toBeDefined();
  });
});
