// The composer's slash commands, driven by keys and the names people see: "/" opens a listbox of the running plugins'
// commands filtered as one types, arrows with Tab or Enter (or a click) choose, a complete line runs its command and is
// never sent, an unknown name is refused with a hint, a bare name two plugins declare asks which, a command's error
// shows under the composer, and a stopped plugin's commands go. The composer actions sit beside the text.
import { TestBed, type ComponentFixture } from "@angular/core/testing";
import type { PluginCommandRegistration, PluginCommandTarget } from "@toju/contracts/sdk/toju-plugin-sdk";
import { ChatSessionService } from "../../domains/chat/chat-session.service";
import { FakeServerData, fakeConnection } from "../../domains/chat/testing/fake-connection";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { RUNTIME_CONSOLE } from "../../domains/plugins/shell/runtime-tokens";
import { entry, fakeContributionStore } from "../plugins/testing/fake-contribution-store";
import { allByRole, byRole, queryByRole } from "../testing/accessible-dom";
import { ComposerComponent } from "./composer.component";

type Run = jest.Mock<ReturnType<PluginCommandRegistration["run"]>, Parameters<PluginCommandRegistration["run"]>>;

/** A command's `run` that settles at once. */
const settled = (): Run => jest.fn(async (_args: string, _target: PluginCommandTarget) => undefined);

const command = (pluginId: string, id: string, title: string, run: Run, declared: object = {}) =>
  entry("command", id, title, { id, title, run }, declared, pluginId);

async function render() {
  const data = new FakeServerData();
  const alice = data.account("alice", "correct horse battery");
  const server = data.server("Game night", alice.user.id);
  const connection = fakeConnection(data);
  const store = fakeContributionStore();
  const output = { debug: jest.fn(), info: jest.fn(), warn: jest.fn(), error: jest.fn() };
  TestBed.configureTestingModule({
    providers: [...connection.providers, { provide: PluginStoreService, useValue: store }, { provide: RUNTIME_CONSOLE, useValue: output }],
  });
  await TestBed.inject(ChatSessionService).logIn("alice", "correct horse battery");
  const roll = settled();
  const poll = settled();
  store.commands.set([
    command("dice-roller", "roll", "Roll dice", roll, { usage: "2d6", description: "Roll dice in the channel." }),
    command("poll", "poll", "Start a poll", poll, { usage: "<question> | <answer> | <answer> …" }),
  ]);
  const fixture = TestBed.createComponent(ComposerComponent);
  const root = fixture.nativeElement as HTMLElement;
  await settle(fixture);
  const textbox = byRole(root, "textbox", "Message") as HTMLTextAreaElement;
  return { fixture, root, textbox, store, output, roll, poll, channelId: server.channels[0].id, socket: connection.socket };
}

async function settle(fixture: ComponentFixture<unknown>) {
  for (let i = 0; i < 4; i += 1) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

function type(control: HTMLTextAreaElement, text: string) {
  control.value = text;
  control.dispatchEvent(new Event("input"));
}

function press(control: HTMLElement, key: string, shiftKey = false) {
  const event = new KeyboardEvent("keydown", { key, shiftKey, bubbles: true, cancelable: true });
  control.dispatchEvent(event);
  return event;
}

const listbox = (root: HTMLElement) => allByRole(root, "listbox")[0] ?? null;
const options = (root: HTMLElement) => allByRole(root, "option").map((option) => option.textContent?.replace(/\s+/g, " ").trim());
const selected = (root: HTMLElement) =>
  root.querySelector('[role="option"][aria-selected="true"]')?.querySelector(".command-name")?.textContent;
const alertText = (root: HTMLElement) => root.querySelector('[role="alert"]')?.textContent?.trim();

describe("ComposerComponent slash commands", () => {
  it("offers the running commands in a listbox when the user types “/”, filtered as they type", async () => {
    const { fixture, root, textbox } = await render();
    expect(listbox(root)).toBeNull();
    expect(textbox.getAttribute("placeholder")).toBe("Message #general — “/” for commands");
    type(textbox, "/");
    await settle(fixture);
    const list = listbox(root)!;
    expect(byRole(root, "listbox", "Commands")).toBe(list);
    expect(options(root)).toEqual([
      "/poll <question> | <answer> | <answer> … Start a poll",
      "/roll 2d6 Roll dice — Roll dice in the channel.",
    ]);
    expect(textbox.getAttribute("aria-controls")).toBe(list.id);
    expect(textbox.getAttribute("aria-activedescendant")).toBe(`${list.id}-0`);
    type(textbox, "/R");
    await settle(fixture);
    expect(options(root)).toEqual(["/roll 2d6 Roll dice — Roll dice in the channel."]);
    type(textbox, "/x");
    await settle(fixture);
    expect(listbox(root)).toBeNull();
    expect(textbox.getAttribute("aria-controls")).toBeNull();
  });

  it("moves with the arrows, completes with Tab, then runs the complete line on Enter instead of sending it", async () => {
    const { fixture, root, textbox, roll, poll, channelId, socket } = await render();
    type(textbox, "/");
    await settle(fixture);
    expect(selected(root)).toBe("/poll");
    press(textbox, "ArrowDown");
    await settle(fixture);
    expect(selected(root)).toBe("/roll");
    expect(textbox.getAttribute("aria-activedescendant")).toBe("composer-commands-1");
    press(textbox, "ArrowDown");
    press(textbox, "ArrowUp");
    await settle(fixture);
    expect(selected(root)).toBe("/roll");
    expect(press(textbox, "Tab").defaultPrevented).toBe(true);
    await settle(fixture);
    expect(textbox.value).toBe("/roll ");
    expect(listbox(root)).toBeNull();
    expect(root.querySelector("#composer-usage")?.textContent).toBe("/roll 2d6 — Roll dice in the channel.");
    type(textbox, "/roll 3d8+2 ");
    await settle(fixture);
    expect(press(textbox, "Enter").defaultPrevented).toBe(true);
    await settle(fixture);
    expect(roll).toHaveBeenCalledWith("3d8+2", { kind: "composer", id: channelId });
    expect(poll).not.toHaveBeenCalled();
    expect(socket.sent).toEqual([]);
    expect(textbox.value).toBe("");
  });

  it("runs a name typed in full on Enter, completes a partial one, and chooses by click", async () => {
    const { fixture, root, textbox, roll, poll } = await render();
    type(textbox, "/roll");
    await settle(fixture);
    press(textbox, "Enter");
    await settle(fixture);
    expect(roll).toHaveBeenCalledWith("", expect.objectContaining({ kind: "composer" }));
    type(textbox, "/po");
    await settle(fixture);
    press(textbox, "Enter");
    await settle(fixture);
    expect(textbox.value).toBe("/poll ");
    expect(poll).not.toHaveBeenCalled();
    type(textbox, "/");
    await settle(fixture);
    byRole(root, "option", /^\/roll /).click();
    await settle(fixture);
    expect(textbox.value).toBe("/roll ");
    expect(roll).toHaveBeenCalledTimes(1);
  });

  it("closes the list on Escape until the text changes", async () => {
    const { fixture, root, textbox } = await render();
    type(textbox, "/r");
    await settle(fixture);
    expect(press(textbox, "Escape").defaultPrevented).toBe(true);
    await settle(fixture);
    expect(listbox(root)).toBeNull();
    type(textbox, "/ro");
    await settle(fixture);
    expect(listbox(root)).not.toBeNull();
  });

  it("refuses an unknown command with a hint and sends nothing; “//” sends a message that starts with “/”", async () => {
    const { fixture, root, textbox, socket } = await render();
    type(textbox, "/shrug whatever");
    await settle(fixture);
    press(textbox, "Enter");
    await settle(fixture);
    expect(alertText(root)).toBe("No command /shrug. To send a message that starts with “/”, begin it with “//”.");
    expect(textbox.value).toBe("/shrug whatever");
    expect(socket.sent).toEqual([]);
    type(textbox, "/");
    await settle(fixture);
    expect(alertText(root)).toBeUndefined();
    type(textbox, "//shrug whatever");
    await settle(fixture);
    byRole(root, "button", "Send").click();
    await settle(fixture);
    expect(socket.sent).toEqual([expect.objectContaining({ type: "send_message", content: "/shrug whatever" })]);
  });

  it("shows a command's error under the composer and keeps the line to correct it", async () => {
    const { fixture, root, textbox, roll, output } = await render();
    roll.mockRejectedValueOnce(new Error('"2x6" is not dice notation; try 2d6, d20 or 3d8+2'));
    type(textbox, "/roll 2x6");
    await settle(fixture);
    press(textbox, "Enter");
    await settle(fixture);
    expect(alertText(root)).toBe('/roll failed: "2x6" is not dice notation; try 2d6, d20 or 3d8+2');
    expect(textbox.value).toBe("/roll 2x6");
    expect(output.warn).toHaveBeenCalledWith(expect.stringContaining("[plugin dice-roller] command 'roll' failed"));
    roll.mockImplementationOnce(() => {
      throw new Error("thrown at once");
    });
    press(textbox, "Enter");
    await settle(fixture);
    expect(alertText(root)).toBe("/roll failed: thrown at once");
  });

  it("offers two plugins' commands of one id qualified; the bare name asks which and runs the chosen one with its arguments", async () => {
    const { fixture, root, textbox, store, roll, channelId } = await render();
    const other = settled();
    store.commands.update((commands) => [...commands, command("other-dice", "roll", "Roll other dice", other)]);
    type(textbox, "/ro");
    await settle(fixture);
    expect(options(root).map((option) => option?.split(" ")[0])).toEqual(["/dice-roller:roll", "/other-dice:roll"]);
    type(textbox, "/roll d20");
    await settle(fixture);
    press(textbox, "Enter");
    await settle(fixture);
    expect(byRole(root, "listbox", "Which /roll?")).toBeTruthy();
    expect(roll).not.toHaveBeenCalled();
    press(textbox, "ArrowDown");
    press(textbox, "Enter");
    await settle(fixture);
    expect(other).toHaveBeenCalledWith("d20", { kind: "composer", id: channelId });
    expect(roll).not.toHaveBeenCalled();
    expect(textbox.value).toBe("");
    type(textbox, "/dice-roller:roll 2d6");
    await settle(fixture);
    press(textbox, "Enter");
    await settle(fixture);
    expect(roll).toHaveBeenCalledWith("2d6", { kind: "composer", id: channelId });
  });

  it("stops offering a candidate whose plugin stopped while the composer asked which", async () => {
    const { fixture, root, textbox, store, roll } = await render();
    store.commands.update((commands) => [...commands, command("other-dice", "roll", "Roll other dice", settled())]);
    type(textbox, "/roll d20");
    await settle(fixture);
    press(textbox, "Enter");
    await settle(fixture);
    expect(options(root).map((option) => option?.split(" ")[0])).toEqual(["/dice-roller:roll", "/other-dice:roll"]);
    store.commands.update((commands) => commands.filter((c) => c.pluginId !== "other-dice"));
    await settle(fixture);
    expect(options(root).map((option) => option?.split(" ")[0])).toEqual(["/dice-roller:roll"]);
    press(textbox, "Enter");
    await settle(fixture);
    expect(roll).toHaveBeenCalledWith("d20", expect.objectContaining({ kind: "composer" }));
  });

  it("forgets the commands of a plugin that stopped", async () => {
    const { fixture, root, textbox, store, roll } = await render();
    store.commands.update((commands) => commands.filter((c) => c.pluginId !== "dice-roller"));
    type(textbox, "/r");
    await settle(fixture);
    expect(listbox(root)).toBeNull();
    type(textbox, "/roll 2d6");
    await settle(fixture);
    press(textbox, "Enter");
    await settle(fixture);
    expect(alertText(root)).toMatch(/^No command \/roll\./);
    expect(roll).not.toHaveBeenCalled();
  });

  it("keeps Shift+Enter for a new line while the list is open", async () => {
    const { fixture, textbox, roll } = await render();
    type(textbox, "/roll");
    await settle(fixture);
    expect(press(textbox, "Enter", true).defaultPrevented).toBe(false);
    expect(roll).not.toHaveBeenCalled();
  });

  it("places the plugins' composer actions beside the text, acting on the open channel", async () => {
    const { fixture, root, store, channelId } = await render();
    const run = jest.fn();
    store.actions.set([entry("action", "roll-dice", "Roll dice", { run }, { context: ["composer"] })]);
    await settle(fixture);
    const actions = byRole(root, "group", "Plugin actions for the composer");
    expect(actions.closest("form")).toBe(root.querySelector("form.composer"));
    byRole(actions, "button", "Roll dice").click();
    expect(run).toHaveBeenCalledWith({ kind: "composer", id: channelId });
    expect(allByRole(root, "button").map((button) => button.textContent?.trim())).toEqual(["Send", "Roll dice"]);
    expect(queryByRole(root, "listbox", "Commands")).toBeUndefined();
  });
});
