// `toju-plugin validate <manifest-file | plugin-folder> [--json]`: exit 0 valid, 1 invalid, 2 unusable input.
import { stat } from "node:fs/promises";
import path from "node:path";
import type { ManifestValidationResult } from "../manifest/manifest-issue";
import { checkManifestFile, checkPluginFolder, type ManifestCheck } from "../plugin-folder/check-plugin-folder";
import { parseTargetArgs } from "./cli-args";
import { EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE, type CliIo } from "./cli-io";

export const VALIDATE_USAGE = "usage: toju-plugin validate <manifest-file | plugin-folder> [--json]\n";

export async function runValidateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseTargetArgs(args);
  if (!parsed.ok) {
    io.stderr(VALIDATE_USAGE);
    return EXIT_UNUSABLE;
  }
  const { json } = parsed;
  const target = path.resolve(parsed.target);
  const checked = await check(target);
  if (!checked.ok) {
    if (json) io.stdout(`${JSON.stringify({ valid: false, error: checked.message, issues: [] })}\n`);
    io.stderr(`toju-plugin: ${checked.message}\n`);
    return EXIT_UNUSABLE;
  }
  const { result, manifestPath } = checked;
  if (json) io.stdout(`${JSON.stringify({ valid: result.valid, issues: result.issues })}\n`);
  else io.stdout(describe(manifestPath, result));
  return result.valid ? EXIT_OK : EXIT_INVALID;
}

async function check(target: string): Promise<ManifestCheck> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(target)).isDirectory();
  } catch {
    return { ok: false, message: `${target} does not exist` };
  }
  return isDirectory ? checkPluginFolder(target) : checkManifestFile(target);
}
function describe(manifestPath: string, result: ManifestValidationResult): string {
  if (result.valid) return `✔ ${manifestPath} is a valid Toju plugin manifest\n`;
  const lines = result.issues.map((i) => `  ${i.path || "/"}  [${i.code}]  ${i.message}`);
  const count = result.issues.length === 1 ? "1 issue" : `${result.issues.length} issues`;
  return `✘ ${manifestPath}: ${count}\n${lines.join("\n")}\n`;
}
