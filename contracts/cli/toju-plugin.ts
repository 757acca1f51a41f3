// The `toju-plugin` executable: runs the CLI on the process arguments and exits with its code.
import { runCli } from "./main";

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
