// The `toju-plugin` command for plugin authors: dispatches to `validate` and `discover`. Every outcome is exit 0, 1
// or 2 with readable lines; no input reaches a stack trace.
import { describeError } from "../errors/coded-error";
import { EXIT_UNUSABLE, processIo, type CliIo } from "./cli-io";
import { runDiscoverCommand } from "./discover-command";
import { runValidateCommand } from "./validate-command";

const USAGE = `usage:
  toju-plugin validate <manifest-file | plugin-folder> [--json]
  toju-plugin discover <plugins-dir> [--json]
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands = new Map<string, Command>([
  ["validate", runValidateCommand],
  ["discover", runDiscoverCommand],
]);

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stderr(USAGE);
    return EXIT_UNUSABLE;
  }
  const command = commands.get(name);
  if (!command) {
    io.stderr(`toju-plugin: unknown command '${printable(name)}'\n${USAGE}`);
    return EXIT_UNUSABLE;
  }
  try {
    return await command(args, io);
  } catch (error) {
    io.stderr(`toju-plugin: ${printable(describeError(error))}\n`);
    return EXIT_UNUSABLE;
  }
}

/** One line, no control characters, bounded: what the user typed may be anything. */
function printable(text: string): string {
  const line = [...text].map((c) => (isControl(c.codePointAt(0)!) ? "?" : c)).join("");
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}
