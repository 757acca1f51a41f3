// PluginUiRegistryService: declared ids only, unique per plugin and kind, stable order, embeds, listeners.
import { type PluginEmbedRegistration, type PluginPageRegistration, PluginUiRegistryError } from "@toju/contracts/sdk/toju-plugin-sdk";
import type { TojuPluginManifest } from "@toju/generated/types/contract";
import { type PluginUiRegistryOptions, PluginUiRegistryService } from "./plugin-ui-registry.service";
import { uiRegistryHostPorts } from "./ui-registry-host-ports";

const manifest = (id: string, ui: TojuPluginManifest["ui"]) => ({ id, ui });
const page = (id: string, title = `Page ${id}`): PluginPageRegistration => ({ id, title, render: () => undefined });
const embed = (id: string, matches: PluginEmbedRegistration["matches"]): PluginEmbedRegistration => ({
  id,
  title: id,
  matches,
  render: () => undefined,
});

function setup(options: PluginUiRegistryOptions = {}) {
  const registry = new PluginUiRegistryService(options);
  registry.addPlugin(
    manifest("dice-roller", {
      pages: [
        { id: "board", title: "Board" },
        { id: "history", title: "History" },
      ],
      panels: [{ id: "board", title: "Board panel", location: "right" }],
    }),
  );
  registry.addPlugin(
    manifest("score-board", {
      pages: [{ id: "scores", title: "Scores" }],
      actions: [{ id: "share", title: "Share", context: ["message"] }],
    }),
  );
  return registry;
}

describe("PluginUiRegistryService registration", () => {
  it("registers declared contributions and hands back the declared details", () => {
    const registry = setup();
    registry.register("dice-roller", "panel", { ...page("board"), location: "right" });
    const [entry] = registry.list("panel");
    expect(entry).toMatchObject({
      pluginId: "dice-roller",
      kind: "panel",
      id: "board",
      title: "Page board",
      declared: { id: "board", title: "Board panel", location: "right" },
    });
    expect(registry.get("dice-roller", "panel", "board")).toBe(entry);
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it("refuses an id the manifest does not declare for that kind", () => {
    const registry = setup();
    expect(() => registry.register("dice-roller", "page", page("secret"))).toThrow(
      expect.objectContaining({ code: "undeclared_contribution", message: "page 'secret' is not declared in the manifest's ui.pages" }),
    );
    expect(() => registry.register("score-board", "page", page("board"))).toThrow(
      expect.objectContaining({ code: "undeclared_contribution" }),
    );
    expect(() => registry.register("dice-roller", "settings", { ...page("board") })).toThrow(
      expect.objectContaining({ code: "undeclared_contribution" }),
    );
    expect(registry.list("page")).toEqual([]);
  });

  it("refuses a second registration of the same id and kind until the first is disposed", () => {
    const registry = setup();
    const first = registry.register("dice-roller", "page", page("board"));
    expect(() => registry.register("dice-roller", "page", page("board", "Again"))).toThrow(
      expect.objectContaining({ code: "duplicate_contribution", message: expect.stringContaining("already registered page 'board'") }),
    );
    expect(() => registry.register("dice-roller", "panel", page("board"))).not.toThrow();
    first.dispose();
    registry.register("dice-roller", "page", page("board", "Again"));
    expect(registry.list("page").map((entry) => entry.title)).toEqual(["Again"]);
  });

  it("refuses plugins that are not being activated and malformed registrations", () => {
    const registry = setup();
    expect(() => registry.register("unknown-plugin", "page", page("board"))).toThrow(
      expect.objectContaining({ code: "plugin_not_active" }),
    );
    expect(() => registry.register("__proto__", "page", page("board"))).toThrow(expect.objectContaining({ code: "plugin_not_active" }));
    expect(() => registry.register("dice-roller", "widget" as never, page("board") as never)).toThrow(
      expect.objectContaining({ code: "unknown_kind" }),
    );
    expect(() => registry.register("dice-roller", "__proto__" as never, page("board") as never)).toThrow(
      expect.objectContaining({ code: "unknown_kind" }),
    );
    for (const bad of [
      null,
      "board",
      { id: "__proto__", title: "x", render: () => undefined },
      { id: "board", title: "", render: () => undefined },
      { id: "board", title: "x".repeat(129), render: () => undefined },
      { id: "board", title: "Board" },
      { id: "board", title: "Board", render: "<script>" },
    ]) {
      expect(() => registry.register("dice-roller", "page", bad as never)).toThrow(
        expect.objectContaining({ code: "invalid_contribution" }),
      );
    }
    expect(() => registry.register("score-board", "action", { id: "share", title: "Share" } as never)).toThrow(
      expect.objectContaining({ message: "action 'share' needs a run function" }),
    );
    expect(registry.list("page")).toEqual([]);
  });

  it("keeps the id it checked even if the plugin changes its object afterwards", () => {
    const registry = setup();
    const registration = page("board");
    registry.register("dice-roller", "page", registration);
    registration.id = "secret";
    expect(registry.list("page").map((entry) => entry.id)).toEqual(["board"]);
  });

  it("refuses a bad plugin id and a second add of the same plugin", () => {
    const registry = setup();
    expect(() => registry.addPlugin(manifest("__proto__", {}))).toThrow(expect.objectContaining({ code: "invalid_plugin_id" }));
    expect(() => registry.addPlugin(manifest("dice-roller", {}))).toThrow(expect.objectContaining({ code: "plugin_already_active" }));
  });

  it("treats a plugin without ui declarations as declaring nothing", () => {
    const registry = new PluginUiRegistryService();
    registry.addPlugin({ id: "quiet-plugin" });
    expect(() => registry.register("quiet-plugin", "page", page("board"))).toThrow(PluginUiRegistryError);
  });
});

describe("PluginUiRegistryService commands", () => {
  it("registers a command the manifest's ui.commands declares, with its usage, and needs a run function", () => {
    const registry = new PluginUiRegistryService();
    registry.addPlugin(
      manifest("dice-roller", { commands: [{ id: "roll", title: "Roll dice", usage: "2d6", description: "Roll dice." }] }),
    );
    const run = jest.fn();
    expect(() => registry.register("dice-roller", "command", { id: "roll", title: "Roll dice" } as never)).toThrow(
      expect.objectContaining({ code: "invalid_contribution", message: "command 'roll' needs a run function" }),
    );
    expect(() => registry.register("dice-roller", "command", { id: "flip", title: "Flip", run })).toThrow(
      expect.objectContaining({ code: "undeclared_contribution", message: "command 'flip' is not declared in the manifest's ui.commands" }),
    );
    const disposable = registry.register("dice-roller", "command", { id: "roll", title: "Roll dice", run });
    expect(registry.list("command")).toEqual([
      expect.objectContaining({ pluginId: "dice-roller", id: "roll", declared: expect.objectContaining({ usage: "2d6" }) }),
    ]);
    disposable.dispose();
    expect(registry.list("command")).toEqual([]);
  });
});

describe("PluginUiRegistryService order and removal", () => {
  it("lists by plugin activation order, then registration order", () => {
    const registry = setup();
    registry.register("score-board", "page", page("scores"));
    registry.register("dice-roller", "page", page("history"));
    registry.register("dice-roller", "page", page("board"));
    expect(registry.list("page").map((entry) => `${entry.pluginId}/${entry.id}`)).toEqual([
      "dice-roller/history",
      "dice-roller/board",
      "score-board/scores",
    ]);
  });

  it("removes everything of a deactivated plugin, and a re-activated plugin goes to the end", () => {
    const registry = setup();
    const disposable = registry.register("dice-roller", "page", page("board"));
    registry.register("score-board", "page", page("scores"));
    registry.removeAll("dice-roller");
    expect(registry.list("page").map((entry) => entry.id)).toEqual(["scores"]);
    expect(() => registry.register("dice-roller", "page", page("board"))).toThrow(expect.objectContaining({ code: "plugin_not_active" }));
    registry.addPlugin(manifest("dice-roller", { pages: [{ id: "board", title: "Board" }] }));
    registry.register("dice-roller", "page", page("board"));
    disposable.dispose();
    expect(registry.list("page").map((entry) => entry.pluginId)).toEqual(["score-board", "dice-roller"]);
    registry.removeAll("never-added");
    registry.removeAll("__proto__");
  });
});

describe("PluginUiRegistryService embeds", () => {
  function embedRegistry(options: PluginUiRegistryOptions = {}) {
    const registry = new PluginUiRegistryService(options);
    registry.addPlugin(
      manifest("dice-roller", { embeds: [{ id: "dice-link", title: "Dice", match: { urlPrefixes: ["https://dice.example/"] } }] }),
    );
    registry.addPlugin(manifest("image-viewer", { embeds: [{ id: "images", title: "Images", match: { mediaTypes: ["image/*"] } }] }));
    registry.addPlugin(manifest("everything", { embeds: [{ id: "any", title: "Any" }] }));
    return registry;
  }

  it("asks the declared match first and the plugin's matcher second", () => {
    const registry = embedRegistry();
    const diceMatcher = jest.fn(() => true);
    registry.register("dice-roller", "embed", embed("dice-link", diceMatcher));
    registry.register(
      "image-viewer",
      "embed",
      embed("images", (_, mediaType) => mediaType !== "image/svg+xml"),
    );
    registry.register(
      "everything",
      "embed",
      embed("any", (url) => url.endsWith(".png")),
    );
    const ids = (url: string, mediaType?: string) => registry.embedsFor(url, mediaType).map((entry) => entry.id);
    expect(ids("https://dice.example/roll/6")).toEqual(["dice-link"]);
    expect(ids("https://files.example/a.png", "image/png")).toEqual(["images", "any"]);
    expect(ids("https://files.example/a.svg", "image/svg+xml")).toEqual([]);
    expect(diceMatcher).toHaveBeenCalledTimes(1);
    expect(diceMatcher).toHaveBeenCalledWith("https://dice.example/roll/6", undefined);
  });

  it("treats a throwing or non-boolean matcher as no match and reports the throw", () => {
    const errors: unknown[] = [];
    const registry = embedRegistry({ onMatcherError: (report) => errors.push(report) });
    registry.register(
      "image-viewer",
      "embed",
      embed("images", () => {
        throw new Error("matcher bug");
      }),
    );
    registry.register(
      "everything",
      "embed",
      embed("any", () => "yes" as never),
    );
    expect(registry.embedsFor("https://files.example/a.png", "image/png")).toEqual([]);
    expect(errors).toEqual([{ pluginId: "image-viewer", id: "images", error: new Error("matcher bug") }]);
    expect(registry.embedsFor(42 as never)).toEqual([]);
    expect(registry.embedsFor("https://files.example/a.png", {} as never)).toEqual([]);
  });
});

describe("PluginUiRegistryService change listeners", () => {
  it("tells the render host what changed and isolates a throwing listener", () => {
    const errors: unknown[] = [];
    const registry = setup({ onListenerError: (error) => errors.push(error) });
    const changes: unknown[] = [];
    registry.onChange(() => {
      throw new Error("host bug");
    });
    const subscription = registry.onChange((change) => changes.push(change));
    const disposable = registry.register("dice-roller", "page", page("board"));
    disposable.dispose();
    disposable.dispose();
    registry.removeAll("dice-roller");
    subscription.dispose();
    registry.removeAll("score-board");
    expect(changes).toEqual([
      { pluginId: "dice-roller", kind: "page" },
      { pluginId: "dice-roller", kind: "page" },
      { pluginId: "dice-roller" },
    ]);
    expect(errors).toHaveLength(4);
  });
});

describe("uiRegistryHostPorts", () => {
  it("maps each facade method onto its kind", () => {
    const registry = new PluginUiRegistryService();
    const declare = [{ id: "one", title: "One" }];
    registry.addPlugin(
      manifest("dice-roller", {
        pages: declare,
        panels: declare,
        actions: declare,
        channelSections: declare,
        embeds: declare,
        settings: declare,
        commands: declare,
      }),
    );
    const ports = uiRegistryHostPorts(registry);
    ports.registerPage("dice-roller", page("one"));
    ports.registerPanel("dice-roller", page("one"));
    ports.registerAction("dice-roller", { id: "one", title: "One", run: () => undefined });
    ports.registerChannelSection("dice-roller", page("one"));
    ports.registerEmbed(
      "dice-roller",
      embed("one", () => true),
    );
    ports.registerSettings("dice-roller", page("one"));
    ports.registerCommand("dice-roller", { id: "one", title: "One", run: () => undefined });
    for (const kind of ["page", "panel", "action", "channelSection", "embed", "settings", "command"] as const)
      expect(registry.list(kind)).toHaveLength(1);
  });
});
