// The composer's slash commands: while the user types "/name" a listbox offers the running plugins' commands, filtered
// as they type; Enter on a complete `/name args` runs the command (never sends it); a bare name two plugins declare
// asks which; an unknown name is refused with a hint. One instance per composer.
import { Injectable, computed, inject, signal } from "@angular/core";
import { describeError } from "@toju/contracts/errors/coded-error";
import type { PluginCommandTarget } from "@toju/contracts/sdk/toju-plugin-sdk";
import { PluginStoreService } from "../../domains/plugins/shell/plugin-store.service";
import { RUNTIME_CONSOLE } from "../../domains/plugins/shell/runtime-tokens";
import {
  findCommand,
  matchingCommands,
  readSlashInput,
  slashCommands,
  typedCommandName,
  type SlashCommand,
} from "../../domains/plugins/ui-registry/slash-commands";

/** The listbox being shown: the commands matching the typed name, or the candidates of an ambiguous name. */
export interface CommandMenu {
  label: string;
  commands: SlashCommand[];
}

/** What the composer does after a key or a choice. */
export type CompletionOutcome =
  | { kind: "ignored" }
  | { kind: "handled" }
  | { kind: "replace"; text: string }
  | { kind: "run"; command: SlashCommand; args: string; text: string };

@Injectable()
export class SlashCommandCompletion {
  private readonly store = inject(PluginStoreService);
  private readonly output = inject(RUNTIME_CONSOLE);
  /** The composer's text, as typed. */
  readonly text = signal("");
  private readonly dismissed = signal(false);
  private readonly activeIndex = signal(0);
  /** After Enter on a bare name two plugins declare: the candidates, and the arguments typed. */
  private readonly ambiguous = signal<{ name: string; candidates: SlashCommand[]; args: string } | undefined>(undefined);
  private readonly running = signal<string | undefined>(undefined);

  readonly commands = computed(() => slashCommands(this.store.commands()));
  readonly menu = computed<CommandMenu | undefined>(() => {
    const asking = this.ambiguous();
    if (asking) {
      // A candidate whose plugin stopped meanwhile is no longer offered.
      const running = new Set(this.commands().map((command) => command.entry));
      const candidates = asking.candidates.filter((command) => running.has(command.entry));
      return candidates.length > 0 ? { label: `Which /${asking.name}?`, commands: candidates } : undefined;
    }
    const typed = typedCommandName(this.text());
    if (typed === undefined || this.dismissed()) return undefined;
    const commands = matchingCommands(this.commands(), typed);
    return commands.length > 0 ? { label: "Commands", commands } : undefined;
  });
  readonly active = computed(() => Math.min(this.activeIndex(), (this.menu()?.commands.length ?? 1) - 1));
  /** While arguments are typed: the command's usage and what it does. */
  readonly usage = computed(() => {
    const input = readSlashInput(this.text());
    if (!input || typedCommandName(this.text()) !== undefined) return undefined;
    const found = findCommand(this.commands(), input.name);
    if (found.kind !== "found") return undefined;
    const { name, entry } = found.command;
    return `/${name}${entry.declared.usage ? ` ${entry.declared.usage}` : ""} — ${entry.declared.description ?? entry.title}`;
  });
  /** The command line being run; Enter on the same line does nothing until it settles. */
  readonly runningLine = this.running.asReadonly();

  /** The user edited the text: a dismissed or ambiguous menu is forgotten. */
  edited(text: string): void {
    this.text.set(text);
    this.dismissed.set(false);
    this.ambiguous.set(undefined);
    this.activeIndex.set(0);
  }

  /** Arrows move through the open menu, Escape closes it, Tab and Enter choose the active command. */
  key(event: KeyboardEvent): CompletionOutcome {
    const menu = this.menu();
    if (!menu) return { kind: "ignored" };
    const count = menu.commands.length;
    switch (event.key) {
      case "ArrowDown":
        this.activeIndex.set((this.active() + 1) % count);
        return { kind: "handled" };
      case "ArrowUp":
        this.activeIndex.set((this.active() - 1 + count) % count);
        return { kind: "handled" };
      case "Escape":
        this.ambiguous.set(undefined);
        this.dismissed.set(true);
        return { kind: "handled" };
      case "Tab":
        return event.shiftKey ? { kind: "ignored" } : this.choose(menu.commands[this.active()], "tab");
      case "Enter":
        return event.shiftKey ? { kind: "ignored" } : this.choose(menu.commands[this.active()], "enter");
      default:
        return { kind: "ignored" };
    }
  }

  /**
   * A command chosen from the menu. Completing a name puts `/name ` in the composer; Enter on a name already typed in
   * full runs it; so does Enter or a click on a candidate of an ambiguous name (Tab only writes it in).
   */
  choose(command: SlashCommand, how: "enter" | "tab" | "click"): CompletionOutcome {
    const asking = this.ambiguous();
    if (asking) {
      const text = `/${command.qualifiedName}${asking.args ? ` ${asking.args}` : ""}`;
      this.edited(text);
      return how === "tab" ? { kind: "replace", text } : { kind: "run", command, args: asking.args, text };
    }
    const typed = typedCommandName(this.text());
    if (how === "enter" && typed !== undefined) {
      const found = findCommand(this.commands(), typed);
      if (found.kind === "found" && found.command === command) return { kind: "run", command, args: "", text: this.text() };
    }
    const text = `/${command.name} `;
    this.edited(text);
    return { kind: "replace", text };
  }

  /**
   * What Enter on a line starting with "/" does: run the command it names, ask which of two, or refuse. Returns the
   * command to run, or why nothing runs.
   */
  submit(text: string): { command: SlashCommand; args: string } | { refusal: string } | { asking: true } {
    const input = readSlashInput(text)!;
    if (input.name === "") return { refusal: "Type a command’s name after “/”, or choose one from the list." };
    const found = findCommand(this.commands(), input.name);
    if (found.kind === "found") return { command: found.command, args: input.args };
    if (found.kind === "ambiguous") {
      this.ambiguous.set({ name: input.name, candidates: found.candidates, args: input.args });
      this.activeIndex.set(0);
      return { asking: true };
    }
    return { refusal: `No command /${input.name}. To send a message that starts with “/”, begin it with “//”.` };
  }

  /** Runs the plugin's command for the channel the composer writes to; its throw or rejection becomes the refusal. */
  async run(command: SlashCommand, args: string, line: string, channelId: string | undefined): Promise<string | undefined> {
    const target: PluginCommandTarget = channelId === undefined ? { kind: "composer" } : { kind: "composer", id: channelId };
    this.running.set(line);
    try {
      await command.entry.registration.run(args, target);
      return undefined;
    } catch (error) {
      this.output.warn(`[plugin ${command.entry.pluginId}] command '${command.entry.id}' failed: ${describeError(error)}`);
      return `/${command.name} failed: ${describeError(error)}`;
    } finally {
      if (this.running() === line) this.running.set(undefined);
    }
  }
}
