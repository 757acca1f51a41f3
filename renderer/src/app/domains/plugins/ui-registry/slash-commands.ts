// Slash commands as the composer offers them: every running plugin's command under the name people type (its id, or
// `pluginId:id` when another running plugin declares the same id), and what a line of the composer asks for.
import type { UiContributionEntry } from "./plugin-ui-registry.service";

export interface SlashCommand {
  /** What is typed after "/": the id, or `pluginId:id` while another running plugin declares the same id. */
  readonly name: string;
  /** `pluginId:id`, which always works. */
  readonly qualifiedName: string;
  readonly entry: UiContributionEntry<"command">;
}

/** A composer line that asks for a command: `/name args`. */
export interface SlashInput {
  /** Empty when nothing but blanks follows the "/". */
  name: string;
  /** What follows the name, trimmed. */
  args: string;
}

export type SlashLookup =
  { kind: "found"; command: SlashCommand } | { kind: "ambiguous"; candidates: SlashCommand[] } | { kind: "unknown" };

/** The running commands, sorted by the name people type. */
export function slashCommands(entries: readonly UiContributionEntry<"command">[]): SlashCommand[] {
  const plugins = new Map<string, Set<string>>();
  for (const entry of entries) plugins.set(entry.id, (plugins.get(entry.id) ?? new Set()).add(entry.pluginId));
  return entries
    .map((entry) => {
      const qualifiedName = `${entry.pluginId}:${entry.id}`;
      return { name: plugins.get(entry.id)!.size > 1 ? qualifiedName : entry.id, qualifiedName, entry };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.qualifiedName.localeCompare(b.qualifiedName));
}

/**
 * A line starting with one "/" asks for a command; `//` escapes a message that starts with "/" (see `messageText`),
 * and anything else is a message.
 */
export function readSlashInput(text: string): SlashInput | undefined {
  const match = /^\/(?!\/)(\S*)([\s\S]*)$/.exec(text.trim());
  return match ? { name: match[1], args: match[2].trim() } : undefined;
}

/** What a line that asks for no command sends: `//shrug` is sent as `/shrug`. */
export function messageText(text: string): string {
  return text.startsWith("//") ? text.slice(1) : text;
}

/** The name being typed right after "/" (no blank yet), else undefined: completion is offered only then. */
export function typedCommandName(text: string): string | undefined {
  return /^\/(?!\/)(\S*)$/.exec(text)?.[1];
}

/** The commands whose name, qualified name or bare id starts with what is typed (any case); exact names first. */
export function matchingCommands(commands: readonly SlashCommand[], typed: string): SlashCommand[] {
  const wanted = typed.toLowerCase();
  const starts = (name: string) => name.toLowerCase().startsWith(wanted);
  const exact = (command: SlashCommand) => (command.name.toLowerCase() === wanted ? 0 : 1);
  return commands
    .filter((command) => starts(command.name) || starts(command.qualifiedName) || starts(command.entry.id))
    .sort((a, b) => exact(a) - exact(b));
}

/** A typed name resolves to one command by its name or qualified name; a bare id two plugins declare asks which. */
export function findCommand(commands: readonly SlashCommand[], name: string): SlashLookup {
  const command = commands.find((candidate) => candidate.name === name || candidate.qualifiedName === name);
  if (command) return { kind: "found", command };
  const candidates = commands.filter((candidate) => candidate.entry.id === name);
  return candidates.length > 0 ? { kind: "ambiguous", candidates } : { kind: "unknown" };
}
