// Slash commands as the composer offers them: names people type (qualified when two plugins share an id), what a line
// asks for, the `//` escape, matching while typing, and resolving a typed name.
import type { UiContributionEntry } from "./plugin-ui-registry.service";
import { findCommand, matchingCommands, messageText, readSlashInput, slashCommands, typedCommandName } from "./slash-commands";

const command = (pluginId: string, id: string, title = id): UiContributionEntry<"command"> => ({
  pluginId,
  kind: "command",
  id,
  title,
  declared: { id, title },
  registration: { id, title, run: () => undefined },
});

const running = [command("poll", "poll"), command("dice-roller", "roll"), command("other-dice", "roll"), command("dice-roller", "reroll")];

describe("slashCommands", () => {
  it("names each command by its id, or pluginId:id while another running plugin declares the same id, sorted by name", () => {
    expect(slashCommands(running).map(({ name, qualifiedName }) => [name, qualifiedName])).toEqual([
      ["dice-roller:roll", "dice-roller:roll"],
      ["other-dice:roll", "other-dice:roll"],
      ["poll", "poll:poll"],
      ["reroll", "dice-roller:reroll"],
    ]);
    expect(slashCommands([command("dice-roller", "roll")]).map((c) => c.name)).toEqual(["roll"]);
  });
});

describe("readSlashInput", () => {
  it.each([
    ["/roll 2d6", { name: "roll", args: "2d6" }],
    ["/roll", { name: "roll", args: "" }],
    ["  /poll  Lunch? | Pizza | Sushi  ", { name: "poll", args: "Lunch? | Pizza | Sushi" }],
    ["/poll Lunch?\n| Pizza | Sushi", { name: "poll", args: "Lunch?\n| Pizza | Sushi" }],
    ["/dice-roller:roll d20", { name: "dice-roller:roll", args: "d20" }],
    ["/", { name: "", args: "" }],
    ["/ hello", { name: "", args: "hello" }],
  ])("reads %j as a command line", (text, input) => expect(readSlashInput(text)).toEqual(input));

  it.each(["hello /roll", "//roll 2d6", "", "roll"])("reads %j as a message", (text) => expect(readSlashInput(text)).toBeUndefined());

  it("sends a line starting with // with one slash less", () => {
    expect(messageText("//shrug ¯\\_(ツ)_/¯")).toBe("/shrug ¯\\_(ツ)_/¯");
    expect(messageText("a/b")).toBe("a/b");
  });
});

describe("typedCommandName", () => {
  it("is the name while the user types it, before any blank", () => {
    expect(typedCommandName("/")).toBe("");
    expect(typedCommandName("/ro")).toBe("ro");
    expect(typedCommandName("/roll ")).toBeUndefined();
    expect(typedCommandName("//ro")).toBeUndefined();
    expect(typedCommandName("x/ro")).toBeUndefined();
  });
});

describe("matchingCommands", () => {
  const commands = slashCommands(running);
  const names = (typed: string) => matchingCommands(commands, typed).map((c) => c.name);

  it("offers every command for a bare slash and filters by name, qualified name or id as the user types, in any case", () => {
    expect(names("")).toEqual(["dice-roller:roll", "other-dice:roll", "poll", "reroll"]);
    expect(names("r")).toEqual(["dice-roller:roll", "other-dice:roll", "reroll"]);
    expect(names("RO")).toEqual(["dice-roller:roll", "other-dice:roll"]);
    expect(names("dice-roller:")).toEqual(["dice-roller:roll", "reroll"]);
    expect(names("x")).toEqual([]);
  });

  it("puts an exact name first", () => {
    const close = slashCommands([command("a-plugin", "pollster"), command("b-plugin", "poll")]);
    expect(matchingCommands(close, "poll").map((c) => c.name)).toEqual(["poll", "pollster"]);
  });
});

describe("findCommand", () => {
  const commands = slashCommands(running);

  it("finds a command by its name or qualified name", () => {
    expect(findCommand(commands, "poll")).toMatchObject({ kind: "found", command: { qualifiedName: "poll:poll" } });
    expect(findCommand(commands, "poll:poll")).toMatchObject({ kind: "found", command: { name: "poll" } });
    expect(findCommand(commands, "other-dice:roll")).toMatchObject({ kind: "found", command: { entry: { pluginId: "other-dice" } } });
  });

  it("asks which when a bare id belongs to two plugins, and knows no other name", () => {
    const lookup = findCommand(commands, "roll");
    expect(lookup.kind).toBe("ambiguous");
    expect(lookup.kind === "ambiguous" && lookup.candidates.map((c) => c.name)).toEqual(["dice-roller:roll", "other-dice:roll"]);
    expect(findCommand(commands, "nope")).toEqual({ kind: "unknown" });
    expect(findCommand(commands, "")).toEqual({ kind: "unknown" });
  });
});
