// The `toju-plugin` command for plugin authors: dispatches to `validate` and `discover`.
import { EXIT_UNUSABLE, processIo, type CliIo } from "./cli-io";
import { runDiscoverCommand } from "./discover-command";
import { runValidateCommand } from "./validate-command";

const USAGE = `usage:
  toju-plugin validate <manifest-file | plugin-folder> [--json]
  toju-plugin discover <plugins-dir> [--json]
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, Command> = { validate: runValidateCommand, discover: runDiscoverCommand };

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (!command) {
    io.stderr(name === undefined || name === "--help" || name === "-h" ? USAGE : `toju-plugin: unknown command '${name}'\n${USAGE}`);
    return EXIT_UNUSABLE;
  }
  try {
    return await command(args, io);
  } catch (error) {
    io.stderr(`toju-plugin: ${(error as Error).message}\n`);
    return EXIT_UNUSABLE;
  }
}
