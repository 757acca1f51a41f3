// Argument parsing shared by the commands: `node:util` parseArgs with one positional target and `--json`.
import { parseArgs } from "node:util";

export type TargetArgs = { ok: true; target: string; json: boolean } | { ok: false };

export function parseTargetArgs(args: string[]): TargetArgs {
  try {
    const { values, positionals } = parseArgs({ args, options: { json: { type: "boolean" } }, allowPositionals: true, strict: true });
    if (positionals.length !== 1 || positionals[0] === "") return { ok: false };
    return { ok: true, target: positionals[0], json: values.json === true };
  } catch {
    return { ok: false };
  }
}
