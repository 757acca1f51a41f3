// `toju-plugin discover <plugins-dir> [--json]`: prints what the desktop loader would discover there;
// exit 0 even when some folders are refused, 2 for unusable input.
import { stat } from "node:fs/promises";
import path from "node:path";
import type { LocalPluginDiscoveryResult } from "@toju/generated/types/contract";
import { discoverLocalPlugins } from "../plugin-folder/discover-local-plugins";
import { parseTargetArgs } from "./cli-args";
import { EXIT_OK, EXIT_UNUSABLE, type CliIo } from "./cli-io";

export const DISCOVER_USAGE = "usage: toju-plugin discover <plugins-dir> [--json]\n";

export async function runDiscoverCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseTargetArgs(args);
  if (!parsed.ok) {
    io.stderr(DISCOVER_USAGE);
    return EXIT_UNUSABLE;
  }
  const { json } = parsed;
  const pluginsPath = path.resolve(parsed.target);
  const kind = await stat(pluginsPath).then(
    (stats) => (stats.isDirectory() ? "folder" : "other"),
    () => "missing",
  );
  if (kind === "other") {
    io.stderr(`toju-plugin: ${pluginsPath} is not a folder\n${DISCOVER_USAGE}`);
    return EXIT_UNUSABLE;
  }
  const result = await discoverLocalPlugins(pluginsPath);
  io.stdout(json ? `${JSON.stringify(result)}\n` : describe(result, kind === "missing"));
  return EXIT_OK;
}

function describe(result: LocalPluginDiscoveryResult, missing: boolean): string {
  const header = `Local plugins in ${result.pluginsPath}${missing ? " (folder does not exist yet)" : ""}: ${plural(result.plugins.length, "plugin")}, ${plural(result.errors.length, "refusal")}\n`;
  const rows: string[][] = [
    ...result.plugins.map((plugin) => [
      "ok",
      folderOf(result.pluginsPath, path.dirname(plugin.manifestPath)),
      identity(plugin.manifest),
      plugin.entrypointPath ? path.relative(plugin.pluginRoot, plugin.entrypointPath) : "-",
    ]),
    ...result.errors.map((error) => ["refused", folderOf(result.pluginsPath, error.path), error.code, error.message]),
  ];
  if (rows.length === 0) return header;
  const table = [["STATUS", "FOLDER", "PLUGIN / CODE", "ENTRYPOINT / REASON"], ...rows];
  const widths = [0, 1, 2].map((column) => Math.max(...table.map((row) => row[column].length)));
  return (
    header +
    table
      .map((row) => `  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join("  ")}`.trimEnd())
      .join("\n") +
    "\n"
  );
}

function folderOf(pluginsPath: string, target: string): string {
  const relative = path.relative(pluginsPath, target);
  return relative === "" ? "." : relative.split(path.sep)[0];
}

function identity(manifest: unknown): string {
  if (typeof manifest !== "object" || manifest === null) return "(manifest is not an object)";
  const { id, version } = manifest as { id?: unknown; version?: unknown };
  const name = typeof id === "string" ? id : "(no id)";
  return typeof version === "string" ? `${name}@${version}` : name;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
