// The chat shell in TestBed on an in-memory server, driven by the names people see: sign in, create and join servers,
// channels for admins, messages with history and links, the composer's keys and attachments, and members.
import { Component, input } from "@angular/core";
import { TestBed, type ComponentFixture } from "@angular/core/testing";
import type { ChatMessage } from "@toju/generated/types/contract";
import { AttachmentTransferService } from "../../domains/chat/attachment-transfer.service";
import { ChannelMessagesService, MESSAGE_PAGE_SIZE } from "../../domains/chat/channel-messages.service";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { FakeServerData, fakeConnection } from "../../domains/chat/testing/fake-connection";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { RUNTIME_CONSOLE } from "../../domains/plugins/shell/runtime-tokens";
import { entry, fakeContributionStore } from "../plugins/testing/fake-contribution-store";
import { allByRole, byRole, queryByRole } from "../testing/accessible-dom";
import { ChatComponent } from "./chat.component";
import { MESSAGE_EMBEDS } from "./message-embeds";

const embedded: { message: ChatMessage; urls: string[] }[] = [];

@Component({ selector: "toju-test-embeds", template: "" })
class RecordingEmbedsComponent {
  readonly message = input.required<ChatMessage>();
  readonly urls = input.required<string[]>();

  constructor() {
    queueMicrotask(() => embedded.push({ message: this.message(), urls: this.urls() }));
  }
}

async function render(data = new FakeServerData(), store = fakeContributionStore()) {
  const connection = fakeConnection(data);
  const download = jest.fn(async () => undefined);
  TestBed.configureTestingModule({
    providers: [
      ...connection.providers,
      { provide: PluginStoreService, useValue: store },
      { provide: MESSAGE_EMBEDS, useValue: RecordingEmbedsComponent },
      { provide: RUNTIME_CONSOLE, useValue: { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() } },
      { provide: AttachmentTransferService, useFactory: () => Object.assign(new AttachmentTransferService(), { download }) },
    ],
  });
  const fixture = TestBed.createComponent(ChatComponent);
  const root = fixture.nativeElement as HTMLElement;
  await settle(fixture);
  return { ...connection, fixture, root, download, store, session: TestBed.inject(ChatSessionService) };
}

async function settle(fixture: ComponentFixture<unknown>) {
  for (let i = 0; i < 6; i += 1) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

/** The input a `<label for>` names; password fields included. */
function field(root: HTMLElement, label: string): HTMLInputElement {
  const found = Array.from(root.querySelectorAll("label")).find((element) => element.textContent?.trim() === label);
  const control = found && root.ownerDocument.getElementById(found.htmlFor);
  if (!control) throw new Error(`no field labelled ${label}`);
  return control as HTMLInputElement;
}

function type(element: HTMLElement, text: string) {
  const control = element as HTMLInputElement | HTMLTextAreaElement;
  control.value = text;
  control.dispatchEvent(new Event("input"));
}

function press(control: HTMLElement, key: string, shiftKey = false) {
  const event = new KeyboardEvent("keydown", { key, shiftKey, bubbles: true, cancelable: true });
  control.dispatchEvent(event);
  return event;
}

async function signUp(root: HTMLElement, fixture: ComponentFixture<unknown>, username = "alice") {
  type(field(root, "Username"), username);
  type(field(root, "Password"), "correct horse battery");
  byRole(root, "button", "Create account").click();
  await settle(fixture);
}

async function createServer(root: HTMLElement, fixture: ComponentFixture<unknown>, name: string) {
  byRole(root, "button", "Create server").click();
  await settle(fixture);
  const dialog = byRole(root, "dialog", "Create server");
  type(byRole(dialog, "textbox", "Server name"), name);
  await settle(fixture);
  dialog.querySelector("form")!.requestSubmit();
  await settle(fixture);
}

const messageTexts = (root: HTMLElement) =>
  Array.from(byRole(root, "region", "Messages").querySelectorAll(".message-text")).map((element) => element.textContent?.trim());

beforeEach(() => (embedded.length = 0));

describe("ChatComponent", () => {
  it("asks a signed-out user to log in or create an account, checking the fields before any request", async () => {
    const { root, fixture, rest } = await render();
    expect(field(root, "Username").getAttribute("autocomplete")).toBe("username");
    expect(field(root, "Password").type).toBe("password");
    expect(allByRole(root, "button").map((button) => button.textContent?.trim())).toEqual(["Log in", "Create account"]);
    type(field(root, "Username"), "al");
    type(field(root, "Password"), "short");
    byRole(root, "button", "Log in").click();
    await settle(fixture);
    expect(byRole(root, "alert", /username of 3–32/).textContent).toContain("at least 8 characters");
    expect(rest.login).not.toHaveBeenCalled();
    type(field(root, "Username"), "alice");
    type(field(root, "Password"), "wrong password");
    root.querySelector("form")!.requestSubmit();
    await settle(fixture);
    expect(byRole(root, "alert", "That username and password do not match.")).toBeTruthy();
  });

  it("signs a new account in at once, then creates a server: its channels, its ID, its messages and members", async () => {
    const { root, fixture, session } = await render();
    await signUp(root, fixture);
    expect(queryByRole(root, "button", "Log in")).toBeUndefined();
    expect(byRole(root, "navigation", "Servers").textContent).toContain("No servers yet.");
    await createServer(root, fixture, "Game night");
    expect(queryByRole(root, "dialog", "Create server")).toBeUndefined();
    const servers = byRole(root, "navigation", "Servers");
    expect(byRole(servers, "button", "Game night").getAttribute("aria-current")).toBe("true");
    const channels = byRole(root, "navigation", "Channels");
    expect(byRole(channels, "button", "general").getAttribute("aria-current")).toBe("true");
    expect((byRole(channels, "textbox", "Server ID") as HTMLInputElement).value).toBe(session.currentServer()!.id);
    expect(byRole(channels, "button", "Copy server ID")).toBeTruthy();
    expect(byRole(root, "region", "Messages").textContent).toContain("No messages in #general yet.");
    const members = byRole(root, "region", "Members");
    expect(allByRole(members, "listitem").map((item) => item.textContent?.replace(/\s+/g, " ").trim())).toEqual(["alice Owner"]);
  });

  it("lets an admin create a channel in a dialog, and says so when the name is taken", async () => {
    const { root, fixture } = await render();
    await signUp(root, fixture);
    await createServer(root, fixture, "Game night");
    byRole(root, "button", "Create channel").click();
    await settle(fixture);
    const dialog = byRole(root, "dialog", "Create channel");
    type(byRole(dialog, "textbox", "Channel name"), "general");
    await settle(fixture);
    byRole(dialog, "button", "Create").click();
    await settle(fixture);
    expect(byRole(dialog, "alert", "This server already has a channel of that name.")).toBeTruthy();
    type(byRole(dialog, "textbox", "Channel name"), "dice");
    await settle(fixture);
    byRole(dialog, "button", "Create").click();
    await settle(fixture);
    expect(queryByRole(root, "dialog", "Create channel")).toBeUndefined();
    expect(byRole(byRole(root, "navigation", "Channels"), "button", "dice").getAttribute("aria-current")).toBe("true");
  });

  it("joins a server by ID: an unknown ID stays in the dialog as an alert; a member sees no Create channel", async () => {
    const data = new FakeServerData();
    const owner = data.account("owner");
    const club = data.server("Book club", owner.user.id);
    const { root, fixture } = await render(data);
    await signUp(root, fixture, "bob");
    byRole(root, "button", "Join server").click();
    await settle(fixture);
    const dialog = byRole(root, "dialog", "Join server");
    type(byRole(dialog, "textbox", "Server ID"), "s-missing");
    await settle(fixture);
    byRole(dialog, "button", "Join").click();
    await settle(fixture);
    expect(byRole(dialog, "alert", "No server has this ID. Check it with the server's owner.")).toBeTruthy();
    press(byRole(dialog, "textbox", "Server ID"), "Escape");
    await settle(fixture);
    expect(queryByRole(root, "dialog", "Join server")).toBeUndefined();

    byRole(root, "button", "Join server").click();
    await settle(fixture);
    type(byRole(root, "textbox", "Server ID"), club.id);
    await settle(fixture);
    byRole(root, "dialog", "Join server").querySelector("form")!.requestSubmit();
    await settle(fixture);
    expect(byRole(byRole(root, "navigation", "Servers"), "button", "Book club")).toBeTruthy();
    expect(queryByRole(root, "button", "Create channel")).toBeUndefined();
    expect(byRole(root, "region", "Members").textContent).toContain("bob");
  });

  it("sends on Enter, keeps Shift+Enter for a new line, and shows links, offered to embed renderers", async () => {
    const { root, fixture, socket } = await render();
    await signUp(root, fixture);
    await createServer(root, fixture, "Game night");
    const composer = byRole(root, "textbox", "Message") as HTMLTextAreaElement;
    type(composer, "see https://example.com/map.png, and http://example.org");
    await settle(fixture);
    expect(press(composer, "Enter", true).defaultPrevented).toBe(false);
    expect(socket.sent).toEqual([]);
    expect(press(composer, "Enter").defaultPrevented).toBe(true);
    await settle(fixture);
    expect(socket.sent).toEqual([
      expect.objectContaining({ type: "send_message", content: "see https://example.com/map.png, and http://example.org" }),
    ]);
    expect(composer.value).toBe("");
    const messages = byRole(root, "region", "Messages");
    expect(allByRole(messages, "link").map((link) => link.getAttribute("href"))).toEqual([
      "https://example.com/map.png",
      "http://example.org/",
    ]);
    expect(embedded).toEqual([
      {
        message: expect.objectContaining({ content: expect.stringContaining("see") }),
        urls: ["https://example.com/map.png", "http://example.org/"],
      },
    ]);
  });

  it("uploads chosen files and sends them with the message; refuses a file over 8 MiB with no request", async () => {
    const { root, fixture, rest, socket, download } = await render();
    await signUp(root, fixture);
    await createServer(root, fixture, "Game night");
    const picker = root.querySelector<HTMLInputElement>('input[type="file"][aria-label="Attach file"]')!;
    const choose = async (file: File) => {
      Object.defineProperty(picker, "files", { value: [file], configurable: true });
      picker.dispatchEvent(new Event("change"));
      await settle(fixture);
    };
    await choose(new File([new Uint8Array(8 * 1024 * 1024 + 1)], "huge.bin"));
    expect(byRole(root, "alert", "“huge.bin” is larger than 8 MiB, so it was not sent.")).toBeTruthy();
    expect(rest.uploadAttachment).not.toHaveBeenCalled();
    await choose(new File(["hello"], "notes.txt", { type: "text/plain" }));
    expect(byRole(root, "button", "Remove notes.txt")).toBeTruthy();
    byRole(root, "button", "Send").click();
    await settle(fixture);
    expect(socket.sent[0]).toMatchObject({ type: "send_message", content: "", attachmentIds: [expect.any(String)] });
    const link = byRole(byRole(root, "region", "Messages"), "link", "notes.txt");
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(download).toHaveBeenCalledWith(expect.objectContaining({ name: "notes.txt" }));
  });

  it("pages older history with Load older messages and shows where the channel starts", async () => {
    const data = new FakeServerData();
    const alice = data.account("alice", "correct horse battery");
    const server = data.server("Game night", alice.user.id);
    data.fill(server, server.channels[0].id, MESSAGE_PAGE_SIZE + 3, alice.user.id);
    const { root, fixture } = await render(data);
    type(field(root, "Username"), "alice");
    type(field(root, "Password"), "correct horse battery");
    byRole(root, "button", "Log in").click();
    await settle(fixture);
    expect(messageTexts(root)).toHaveLength(MESSAGE_PAGE_SIZE);
    byRole(root, "button", "Load older messages").click();
    await settle(fixture);
    expect(messageTexts(root).slice(0, 3)).toEqual(["message 1", "message 2", "message 3"]);
    expect(queryByRole(root, "button", "Load older messages")).toBeUndefined();
    expect(byRole(root, "region", "Messages").textContent).toContain("This is the start of #general.");
  });
});

describe("ChatComponent with plugin contributions", () => {
  const rendered = (title: string) => ({ render: (host: HTMLElement) => void (host.textContent = `${title} content`) });
  const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

  async function inChannel() {
    const rendering = await render();
    await signUp(rendering.root, rendering.fixture);
    await createServer(rendering.root, rendering.fixture, "Game night");
    const composer = byRole(rendering.root, "textbox", "Message") as HTMLTextAreaElement;
    type(composer, "hello");
    press(composer, "Enter");
    await settle(rendering.fixture);
    return rendering;
  }

  it("shows channel sections between the channel's title and its messages, and actions on every message", async () => {
    const { root, fixture, store } = await inChannel();
    const quote = jest.fn();
    store.channelSections.set([entry("channelSection", "topic", "Channel topic", rendered("Topic"))]);
    store.actions.set([entry("action", "quote", "Quote", { run: quote }, { context: ["message"] })]);
    await settle(fixture);
    const section = byRole(root, "region", "Channel topic");
    expect(section.textContent).toContain("Topic content");
    expect(follows(root.querySelector("h2.channel-title")!, section)).toBe(true);
    expect(follows(section, byRole(root, "region", "Messages"))).toBe(true);
    const [message] = allByRole(byRole(root, "region", "Messages"), "listitem");
    byRole(message, "button", "Quote").click();
    const messageId = TestBed.inject(ChannelMessagesService).messages()[0].messageId;
    expect(quote).toHaveBeenCalledWith({ kind: "message", id: messageId });
  });

  it("puts panels where they belong: left of the channel, right under the members, bottom under the chat", async () => {
    const { root, fixture, store } = await inChannel();
    expect(root.querySelector(".left-panels, .right-panels, .bottom-panels")).toBeNull();
    store.panels.set([
      entry("panel", "dice", "Dice tray", rendered("Dice"), { location: "left" }),
      entry("panel", "polls", "Polls", rendered("Polls")),
      entry("panel", "log", "Game log", rendered("Log"), { location: "bottom" }),
    ]);
    await settle(fixture);
    const chat = root.querySelector(".chat")!;
    const left = byRole(root, "region", "Dice tray");
    expect(left.closest(".chat")).toBe(chat);
    expect(follows(byRole(root, "navigation", "Channels"), left)).toBe(true);
    expect(follows(left, byRole(root, "region", "Messages"))).toBe(true);
    const right = byRole(root, "region", "Polls");
    expect(right.closest(".chat-side")).toBe(byRole(root, "region", "Members").closest(".chat-side"));
    expect(follows(byRole(root, "region", "Members"), right)).toBe(true);
    const bottom = byRole(root, "region", "Game log");
    expect(bottom.closest(".chat")).toBeNull();
    expect(follows(chat, bottom)).toBe(true);
    expect([left, right, bottom].map((panel) => panel.textContent)).toEqual([
      expect.stringContaining("Dice content"),
      expect.stringContaining("Polls content"),
      expect.stringContaining("Log content"),
    ]);
  });

  it("offers pages as tabs beside the chat: a page opens as a region named by its title, and the chat keeps its draft", async () => {
    const { root, fixture, store } = await inChannel();
    expect(queryByRole(root, "tab", "Chat")).toBeUndefined();
    store.pages.set([entry("page", "board", "Board", rendered("Board")), entry("page", "scores", "Scores", rendered("Scores"))]);
    await settle(fixture);
    expect(byRole(root, "tablist", "Views")).toBeTruthy();
    const tabs = allByRole(root, "tab");
    expect(tabs.map((tab) => [tab.textContent?.trim(), tab.getAttribute("aria-selected")])).toEqual([
      ["Chat", "true"],
      ["Board", "false"],
      ["Scores", "false"],
    ]);
    type(byRole(root, "textbox", "Message"), "a draft");
    byRole(root, "tab", "Board").click();
    await settle(fixture);
    expect(byRole(root, "region", "Board").textContent).toBe("Board content");
    expect(byRole(root, "region", "Messages").closest("[hidden]")).not.toBeNull();
    expect(byRole(root, "tab", "Board").getAttribute("aria-selected")).toBe("true");
    press(byRole(root, "tab", "Board"), "ArrowRight");
    await settle(fixture);
    expect(queryByRole(root, "region", "Board")).toBeUndefined();
    expect(byRole(root, "region", "Scores").textContent).toBe("Scores content");
    press(byRole(root, "tab", "Scores"), "ArrowRight");
    await settle(fixture);
    expect(byRole(root, "region", "Messages").closest("[hidden]")).toBeNull();
    expect((byRole(root, "textbox", "Message") as HTMLTextAreaElement).value).toBe("a draft");
    byRole(root, "tab", "Scores").click();
    store.pages.set([entry("page", "board", "Board", rendered("Board"))]);
    await settle(fixture);
    expect(byRole(root, "tab", "Chat").getAttribute("aria-selected")).toBe("true");
    expect(byRole(root, "region", "Messages").closest("[hidden]")).toBeNull();
  });

  it("offers pages while no server is open too", async () => {
    const { root, fixture, store } = await render();
    await signUp(root, fixture);
    store.pages.set([entry("page", "board", "Board", rendered("Board"))]);
    await settle(fixture);
    byRole(root, "tab", "Board").click();
    await settle(fixture);
    expect(byRole(root, "region", "Board").textContent).toBe("Board content");
    byRole(root, "tab", "Chat").click();
    await settle(fixture);
    expect(root.textContent).toContain("You are not in a server yet");
  });
});
