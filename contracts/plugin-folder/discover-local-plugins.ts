// Local plugin discovery: scans a plugins folder one level deep and returns raw manifests plus the refusals, never
// throwing for anything found on disk. The desktop loader serves it over IPC; `toju-plugin discover` prints it.
import type { Dirent } from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pLimit from "p-limit";
import type { LocalPluginDiscoveryError, LocalPluginDiscoveryResult, LocalPluginManifestDescriptor } from "@toju/generated/types/contract";
import { describeError } from "../errors/coded-error";
import { folderIssues } from "./check-plugin-folder";
import { readInstallSource, SOURCE_FILE_NAME } from "./install-source";
import { PluginFolderRefusal, readFolderManifest, resolveReferencedFile } from "./plugin-folder-reader";

/** How many plugin folders are examined at the same time. */
export const DEFAULT_DISCOVERY_CONCURRENCY = 16;

export interface DiscoveryOptions {
  concurrency?: number;
}

type FolderOutcome =
  { kind: "plugin"; descriptor: LocalPluginManifestDescriptor } | { kind: "error"; error: LocalPluginDiscoveryError } | { kind: "skip" };

/** Scans `pluginsPath` one level deep; a missing folder yields an empty result. */
export async function discoverLocalPlugins(pluginsPath: string, options: DiscoveryOptions = {}): Promise<LocalPluginDiscoveryResult> {
  const absolutePluginsPath = path.resolve(pluginsPath);
  const result: LocalPluginDiscoveryResult = { plugins: [], errors: [], pluginsPath: absolutePluginsPath };
  let entries: Dirent[];
  try {
    entries = await readdir(absolutePluginsPath, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      result.errors.push({
        path: absolutePluginsPath,
        code: "unreadable",
        message: `cannot read the plugins folder: ${describeError(error)}`,
      });
    }
    return result;
  }
  let realPluginsPath: string;
  try {
    realPluginsPath = await realpath(absolutePluginsPath);
  } catch (error) {
    result.errors.push({
      path: absolutePluginsPath,
      code: "unreadable",
      message: `cannot resolve the plugins folder: ${describeError(error)}`,
    });
    return result;
  }
  const candidates = entries.filter((entry) => entry.isDirectory() || entry.isSymbolicLink()).sort((a, b) => compareNames(a.name, b.name));
  const limit = pLimit(Math.max(1, options.concurrency ?? DEFAULT_DISCOVERY_CONCURRENCY));
  // A real sub-folder's real path is known without a realpath call; only linked folders need one.
  const outcomes = await Promise.all(
    candidates.map((entry) =>
      limit(() =>
        examineFolder(path.join(absolutePluginsPath, entry.name), entry.isDirectory() ? path.join(realPluginsPath, entry.name) : null),
      ),
    ),
  );
  for (const outcome of outcomes) {
    if (outcome.kind === "plugin") result.plugins.push(outcome.descriptor);
    else if (outcome.kind === "error") result.errors.push(outcome.error);
  }
  return result;
}

async function examineFolder(folderPath: string, knownRealRoot: string | null): Promise<FolderOutcome> {
  try {
    const descriptor = await describePluginFolder(folderPath, knownRealRoot);
    return descriptor ? { kind: "plugin", descriptor } : { kind: "skip" };
  } catch (error) {
    if (error instanceof PluginFolderRefusal) return { kind: "error", error: await refusal(error) };
    return {
      kind: "error",
      error: { path: folderPath, code: "unreadable", message: `cannot read the plugin folder: ${describeError(error)}` },
    };
  }
}

/**
 * The discovered plugin whose real root is `pluginRoot`, found without scanning the other folders: only the entries of
 * the plugins folder that lead to that root are examined. Null when none does or it is refused.
 */
export async function findDiscoveredPlugin(pluginsPath: string, pluginRoot: string): Promise<LocalPluginManifestDescriptor | null> {
  const absolutePluginsPath = path.resolve(pluginsPath);
  let realPluginsPath: string;
  let entries: Dirent[];
  try {
    realPluginsPath = await realpath(absolutePluginsPath);
    entries = await readdir(absolutePluginsPath, { withFileTypes: true });
  } catch {
    return null;
  }
  for (const entry of entries.sort((a, b) => compareNames(a.name, b.name))) {
    const folderPath = path.join(absolutePluginsPath, entry.name);
    let root: string;
    if (entry.isDirectory()) root = path.join(realPluginsPath, entry.name);
    else if (entry.isSymbolicLink()) root = await realpath(folderPath).catch(() => "");
    else continue;
    if (root !== pluginRoot) continue;
    const outcome = await examineFolder(folderPath, root);
    if (outcome.kind === "plugin") return outcome.descriptor;
  }
  return null;
}

/** A folder refused after its manifest was read, with what it read: the refusal then lists every issue of the folder. */
class RefusedPluginFolder extends PluginFolderRefusal {
  constructor(
    refusal: { code: LocalPluginDiscoveryError["code"]; message: string },
    manifestPath: string,
    readonly pluginRoot: string,
    readonly manifest: unknown,
  ) {
    super(refusal.code, manifestPath, refusal.message);
  }
}

/** A refused folder, with every issue `toju-plugin validate` finds in it when its manifest could be read. */
async function refusal(error: PluginFolderRefusal): Promise<LocalPluginDiscoveryError> {
  const refused: LocalPluginDiscoveryError = { path: error.path, code: error.code, message: error.message };
  if (error instanceof RefusedPluginFolder) {
    const { issues } = await folderIssues(error.pluginRoot, error.manifest);
    if (issues.length > 0) refused.issues = issues;
  }
  return refused;
}

async function describePluginFolder(folderPath: string, knownRealRoot: string | null): Promise<LocalPluginManifestDescriptor | null> {
  let pluginRoot: string;
  try {
    pluginRoot = knownRealRoot ?? (await realpath(folderPath));
  } catch {
    return null; // a dangling link in the plugins folder is not a plugin folder
  }
  // The listing tells whether the folder has a source.json: most folders were not installed from a URL, and a failing
  // open per folder cost a third of a scan.
  const [found, names] = await Promise.all([readFolderManifest(folderPath, pluginRoot), readdir(pluginRoot)]);
  if (!found) return null;
  const named = asRecord(found.manifest);
  const source = names.includes(SOURCE_FILE_NAME) ? await readInstallSource(pluginRoot, found.manifestPath) : undefined;
  // An installed remote bundle's module is named by source.json, as the manifest's own `bundle.url` is remote.
  const entrypointValue = named?.entrypoint ?? source?.entrypoint;
  // Both are checked at once; when both fail, the entrypoint's refusal is the one reported.
  const [entrypoint, readme] = await Promise.all(
    [entrypointValue, named?.readme].map((value) => (value === undefined ? null : resolveReferencedFile(pluginRoot, value))),
  );
  for (const [field, resolved] of [
    ["entrypoint", entrypoint],
    ["readme", readme],
  ] as const) {
    if (resolved && !resolved.ok) {
      throw new RefusedPluginFolder(
        { code: resolved.code, message: `${field}: ${resolved.message}` },
        found.manifestPath,
        pluginRoot,
        found.manifest,
      );
    }
  }
  const descriptor: LocalPluginManifestDescriptor = {
    manifest: found.manifest,
    manifestPath: found.manifestPath,
    pluginRoot,
    pluginRootUrl: pathToFileURL(pluginRoot + path.sep).href,
    discoveredAt: new Date().toISOString(),
  };
  if (entrypoint?.ok) descriptor.entrypointPath = entrypoint.realPath;
  if (source) descriptor.source = source;
  if (readme?.ok) descriptor.readmePath = readme.realPath;
  return descriptor;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
