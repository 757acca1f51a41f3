// The `toju-plugin` command for plugin authors: dispatches to `validate` and `discover`.
import { EXIT_UNUSABLE, processIo, type CliIo } from "./cli-io";
import { runValidateCommand } from "./validate-command";

const USAGE = `usage:
  toju-plugin validate <manifest-file | plugin-folder> [--json]
  toju-plugin discover <plugins-dir> [--json]
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  validate: async () => runValidateCommand,
  discover: async () => (await import("./discover-command")).runDiscoverCommand,
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  const load = name === undefined ? undefined : commands[name];
  if (!load) {
    io.stderr(name === undefined || name === "--help" || name === "-h" ? USAGE : `toju-plugin: unknown command '${name}'\n${USAGE}`);
    return EXIT_UNUSABLE;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    io.stderr(`toju-plugin: ${(error as Error).message}\n`);
    return EXIT_UNUSABLE;
  }
}
