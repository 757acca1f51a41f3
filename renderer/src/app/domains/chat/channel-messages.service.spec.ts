// ChannelMessagesService in TestBed on an in-memory server: the newest page when a channel opens, older pages on
// demand, live messages for the open channel only, and the gap of a reconnect filled.
import { TestBed } from "@angular/core/testing";
import { ChannelMessagesService, MESSAGE_PAGE_SIZE } from "./channel-messages.service";
import { ChatSessionService } from "./chat-session.service";
import { FakeServerData, fakeConnection } from "./testing/fake-connection";

async function setup(count: number) {
  const data = new FakeServerData();
  const alice = data.account("alice", "correct horse battery");
  const server = data.server("Game night", alice.user.id);
  const general = server.channels[0].id;
  const history = data.fill(server, general, count, alice.user.id);
  const connection = fakeConnection(data);
  TestBed.configureTestingModule({ providers: connection.providers });
  const session = TestBed.inject(ChatSessionService);
  const messages = TestBed.inject(ChannelMessagesService);
  await session.logIn("alice", "correct horse battery");
  TestBed.tick();
  await settled(messages);
  return { ...connection, session, messages, server, general, history, alice };
}

/** Lets the page requests an effect started come back. */
async function settled(messages: ChannelMessagesService) {
  for (let i = 0; i < 10 && (messages.loading() || messages.loadingOlder()); i += 1) await new Promise((resolve) => setTimeout(resolve));
  await new Promise((resolve) => setTimeout(resolve));
}

const contents = (messages: ChannelMessagesService) => messages.messages().map((m) => m.content);

describe("ChannelMessagesService", () => {
  it("shows the open channel's newest page, oldest first, and pages older history on demand", async () => {
    const { messages, rest, server, general } = await setup(MESSAGE_PAGE_SIZE + 5);
    expect(messages.messages()).toHaveLength(MESSAGE_PAGE_SIZE);
    expect(contents(messages)[0]).toBe("message 6");
    expect(contents(messages).at(-1)).toBe(`message ${MESSAGE_PAGE_SIZE + 5}`);
    expect(messages.hasOlder()).toBe(true);
    await messages.loadOlder();
    expect(rest.listMessages).toHaveBeenLastCalledWith(server.id, general, {
      before: messages.messages()[5].messageId,
      limit: MESSAGE_PAGE_SIZE,
    });
    expect(contents(messages).slice(0, 6)).toEqual(["message 1", "message 2", "message 3", "message 4", "message 5", "message 6"]);
    expect(messages.hasOlder()).toBe(false);
    await messages.loadOlder();
    expect(rest.listMessages).toHaveBeenCalledTimes(2);
  });

  it("adds live messages of the open channel once, and ignores other channels", async () => {
    const { messages, socket, server, general, alice } = await setup(2);
    const live = { type: "message" as const, serverId: server.id, authorUserId: alice.user.id, sentAt: "2026-12-01T12:00:00.000Z" };
    socket.deliver({ ...live, messageId: "m-live", channelId: general, content: "live" });
    socket.deliver({ ...live, messageId: "m-live", channelId: general, content: "live" });
    socket.deliver({ ...live, messageId: "m-other", channelId: "c-elsewhere", content: "elsewhere" });
    expect(contents(messages)).toEqual(["message 1", "message 2", "live"]);
  });

  it("sends to the open channel and shows the stored message", async () => {
    const { messages, socket, server, general } = await setup(0);
    expect(messages.messages()).toEqual([]);
    const sent = await messages.send("hello there", ["a-1"]);
    expect(socket.sent).toEqual([
      { type: "send_message", serverId: server.id, channelId: general, content: "hello there", attachmentIds: ["a-1"] },
    ]);
    expect(contents(messages)).toEqual(["hello there"]);
    expect(sent).not.toHaveProperty("type");
  });

  it("loads a channel afresh when another opens, and fills the gap after a reconnect", async () => {
    const { messages, session, data, server, general, alice, socket } = await setup(3);
    await session.createChannel("dice");
    TestBed.tick();
    await settled(messages);
    expect(messages.messages()).toEqual([]);
    session.openChannel(general);
    TestBed.tick();
    await settled(messages);
    expect(contents(messages)).toEqual(["message 1", "message 2", "message 3"]);
    socket.setState("reconnecting");
    const [missed] = data.fill(server, general, 1, alice.user.id);
    missed.sentAt = "2026-12-01T13:00:00.000Z";
    socket.setState("connected");
    await settled(messages);
    expect(messages.messages().map((m) => m.messageId)).toHaveLength(4);
    expect(messages.messages().at(-1)?.messageId).toBe(missed.messageId);
  });

  it("remembers the attachments of every message it has seen", async () => {
    const { messages, socket, server, general, alice } = await setup(0);
    const attachment = { id: "a-9", name: "map.png", mediaType: "image/png", size: 10, url: "/api/attachments/a-9" };
    socket.deliver({
      type: "message",
      messageId: "m-a",
      serverId: server.id,
      channelId: general,
      authorUserId: alice.user.id,
      content: "",
      sentAt: "2026-12-01T12:00:00.000Z",
      attachments: [attachment],
    });
    expect(messages.attachment("a-9")).toEqual(attachment);
    expect(messages.attachment("a-0")).toBeUndefined();
  });
});
