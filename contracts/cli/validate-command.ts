// `toju-plugin validate <manifest-file | plugin-folder> [--json]`: exit 0 valid, 1 invalid, 2 unusable input.
import { stat } from "node:fs/promises";
import path from "node:path";
import type { ManifestValidationResult } from "../manifest/manifest-issue";
import { loadManifestFile, validatePluginFolder } from "../manifest/plugin-folder";
import { validateManifest } from "../manifest/validate-manifest";
import { EXIT_INVALID, EXIT_OK, EXIT_UNUSABLE, type CliIo } from "./cli-io";

export const VALIDATE_USAGE = "usage: toju-plugin validate <manifest-file | plugin-folder> [--json]\n";

export async function runValidateCommand(args: string[], io: CliIo): Promise<number> {
  const json = args.includes("--json");
  const targets = args.filter((a) => a !== "--json");
  if (targets.length !== 1 || targets[0].startsWith("--")) {
    io.stderr(VALIDATE_USAGE);
    return EXIT_UNUSABLE;
  }
  const target = path.resolve(targets[0]);
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

async function check(
  target: string,
): Promise<{ ok: true; manifestPath: string; result: ManifestValidationResult } | { ok: false; message: string }> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(target)).isDirectory();
  } catch {
    return { ok: false, message: `${target} does not exist` };
  }
  if (isDirectory) return validatePluginFolder(target);
  const load = await loadManifestFile(target);
  if (!load.ok) return load;
  return { ok: true, manifestPath: target, result: validateManifest(load.manifest) };
}

function describe(manifestPath: string, result: ManifestValidationResult): string {
  if (result.valid) return `✔ ${manifestPath} is a valid Toju plugin manifest\n`;
  const lines = result.issues.map((i) => `  ${i.path || "/"}  [${i.code}]  ${i.message}`);
  const count = result.issues.length === 1 ? "1 issue" : `${result.issues.length} issues`;
  return `✘ ${manifestPath}: ${count}\n${lines.join("\n")}\n`;
}
