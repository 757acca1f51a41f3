// Local plugin discovery (Electron main): scans `<userData>/plugins` one level deep and returns raw
// manifests plus the refusals, never throwing for anything found on disk.
import fs, { constants, type Dirent } from "node:fs";
import { lstat, readdir, realpath } from "node:fs/promises";
import { promisify } from "node:util";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { resolveInsidePluginRoot } from "@toju/contracts/paths/is-path-inside";
import { relativePathProblem } from "@toju/contracts/paths/relative-path";
import type {
  LocalPluginDiscoveryError,
  LocalPluginDiscoveryErrorCode,
  LocalPluginDiscoveryResult,
  LocalPluginManifestDescriptor,
} from "@toju/generated/types/contract";

/** Manifest file names in order of preference. */
export const MANIFEST_FILE_NAMES = ["toju-plugin.json", "plugin.json"] as const;
/** Manifests larger than this are refused before they are read. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Deeper manifests are refused: no real manifest comes close, and recursive consumers would overflow. */
export const MAX_MANIFEST_NESTING = 100;
/** How many plugin folders are examined at the same time. */
export const DEFAULT_DISCOVERY_CONCURRENCY = 16;

export interface DiscoveryOptions {
  concurrency?: number;
}

type FolderOutcome =
  { kind: "plugin"; descriptor: LocalPluginManifestDescriptor } | { kind: "error"; error: LocalPluginDiscoveryError } | { kind: "skip" };

class DiscoveryRefusal {
  constructor(
    readonly code: LocalPluginDiscoveryErrorCode,
    readonly path: string,
    readonly message: string,
  ) {}
}

/** Scans `pluginsPath` one level deep; a missing folder yields an empty result. */
export async function discoverLocalPlugins(pluginsPath: string, options: DiscoveryOptions = {}): Promise<LocalPluginDiscoveryResult> {
  const absolutePluginsPath = path.resolve(pluginsPath);
  const result: LocalPluginDiscoveryResult = { plugins: [], errors: [], pluginsPath: absolutePluginsPath };
  let entries: Dirent[];
  try {
    entries = await readdir(absolutePluginsPath, { withFileTypes: true });
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") {
      result.errors.push({ path: absolutePluginsPath, code: "unreadable", message: `cannot read the plugins folder: ${describe(error)}` });
    }
    return result;
  }
  let realPluginsPath: string;
  try {
    realPluginsPath = await realpath(absolutePluginsPath);
  } catch (error) {
    result.errors.push({ path: absolutePluginsPath, code: "unreadable", message: `cannot resolve the plugins folder: ${describe(error)}` });
    return result;
  }
  const candidates = entries.filter((entry) => entry.isDirectory() || entry.isSymbolicLink()).sort((a, b) => compareNames(a.name, b.name));
  // A real sub-folder's real path is known without a realpath call; only linked folders need one.
  const outcomes = await mapWithConcurrency(candidates, options.concurrency ?? DEFAULT_DISCOVERY_CONCURRENCY, (entry) =>
    examineFolder(path.join(absolutePluginsPath, entry.name), entry.isDirectory() ? path.join(realPluginsPath, entry.name) : null),
  );
  for (const outcome of outcomes) {
    if (outcome.kind === "plugin") result.plugins.push(outcome.descriptor);
    else if (outcome.kind === "error") result.errors.push(outcome.error);
  }
  return result;
}

async function examineFolder(folderPath: string, knownRealRoot: string | null): Promise<FolderOutcome> {
  try {
    const descriptor = await readPluginFolder(folderPath, knownRealRoot);
    return descriptor ? { kind: "plugin", descriptor } : { kind: "skip" };
  } catch (error) {
    if (error instanceof DiscoveryRefusal) return { kind: "error", error: { path: error.path, code: error.code, message: error.message } };
    return { kind: "error", error: { path: folderPath, code: "unreadable", message: `cannot read the plugin folder: ${describe(error)}` } };
  }
}

async function readPluginFolder(folderPath: string, knownRealRoot: string | null): Promise<LocalPluginManifestDescriptor | null> {
  let pluginRoot: string;
  try {
    pluginRoot = knownRealRoot ?? (await realpath(folderPath));
  } catch {
    return null; // a dangling link in the plugins folder is not a plugin folder
  }
  const found = await openManifest(folderPath, pluginRoot);
  if (!found) return null;
  const manifest = await readManifestJson(found);
  const [entrypoint, readme] = await Promise.allSettled([
    resolveNamedFile(pluginRoot, manifest, "entrypoint", found.manifestPath),
    resolveNamedFile(pluginRoot, manifest, "readme", found.manifestPath),
  ]);
  // Both are checked at once; when both fail, the entrypoint's refusal is the one reported.
  if (entrypoint.status === "rejected") throw entrypoint.reason;
  if (readme.status === "rejected") throw readme.reason;
  const entrypointPath = entrypoint.value;
  const readmePath = readme.value;
  const descriptor: LocalPluginManifestDescriptor = {
    manifest,
    manifestPath: found.manifestPath,
    pluginRoot,
    pluginRootUrl: pathToFileURL(pluginRoot + path.sep).href,
    discoveredAt: new Date().toISOString(),
  };
  if (entrypointPath) descriptor.entrypointPath = entrypointPath;
  if (readmePath) descriptor.readmePath = readmePath;
  return descriptor;
}

const FIRST_READ_BYTES = 64 * 1024;
// O_NONBLOCK keeps a FIFO named like a manifest from hanging the scan. O_NOFOLLOW lets one open() both test
// that the manifest exists and that it is no link (a link then goes through realpath). Windows has neither.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW as number | undefined;
const openFd = promisify(fs.open);
const readFd = promisify(fs.read);
const closeFd = promisify(fs.close);
const fstatFd = promisify(fs.fstat);

interface OpenManifest {
  manifestPath: string;
  fd: number;
}

/** Opens the preferred manifest that exists, inside the root; null when the folder has none. */
async function openManifest(folderPath: string, pluginRoot: string): Promise<OpenManifest | null> {
  for (const name of MANIFEST_FILE_NAMES) {
    const manifestPath = path.join(folderPath, name);
    const direct = path.join(pluginRoot, name);
    let needsRealpath = NO_FOLLOW === undefined;
    if (!needsRealpath) {
      try {
        return { manifestPath, fd: await openFd(direct, OPEN_FLAGS | (NO_FOLLOW as number)) };
      } catch (error) {
        const code = errnoCode(error);
        if (code === "ENOENT" || code === "ENOTDIR") continue;
        if (code !== "ELOOP") throw new DiscoveryRefusal("unreadable", manifestPath, `cannot open ${name}: ${describe(error)}`);
        needsRealpath = true;
      }
    } else if (!(await exists(direct))) {
      continue;
    }
    const resolved = await resolveInsidePluginRoot(pluginRoot, name, { rootIsReal: true });
    if (!resolved.ok) throw new DiscoveryRefusal(resolved.reason, manifestPath, `${name}: ${resolved.message}`);
    try {
      return { manifestPath, fd: await openFd(resolved.realPath, OPEN_FLAGS) };
    } catch (error) {
      throw new DiscoveryRefusal("unreadable", manifestPath, `cannot open ${name}: ${describe(error)}`);
    }
  }
  return null;
}

async function exists(target: string): Promise<boolean> {
  return lstat(target).then(
    () => true,
    (error: unknown) => !["ENOENT", "ENOTDIR"].includes(errnoCode(error) ?? ""),
  );
}

async function readManifestJson({ fd, manifestPath }: OpenManifest): Promise<unknown> {
  let text: string;
  try {
    text = await readCapped(fd, manifestPath);
  } catch (error) {
    if (error instanceof DiscoveryRefusal) throw error;
    throw new DiscoveryRefusal("unreadable", manifestPath, `cannot read the manifest: ${describe(error)}`);
  } finally {
    await closeFd(fd).catch(() => undefined);
  }
  const depth = nestingDepth(text);
  if (depth > MAX_MANIFEST_NESTING) {
    throw new DiscoveryRefusal(
      "invalid_json",
      manifestPath,
      `the manifest nests ${depth} levels deep; at most ${MAX_MANIFEST_NESTING} are accepted`,
    );
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    throw new DiscoveryRefusal("invalid_json", manifestPath, `the manifest is not valid JSON: ${describe(error)}`);
  }
}

/**
 * Deepest bracket nesting outside strings. Valid JSON nested thousands of levels deep parses fine but then
 * overflows the stack of every recursive consumer (JSON.stringify, structured clone), so it is refused.
 */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

/** Reads the whole file but never more than MAX_MANIFEST_BYTES + 1; most manifests take a single read. */
async function readCapped(fd: number, reportedPath: string): Promise<string> {
  let buffer = Buffer.allocUnsafe(FIRST_READ_BYTES);
  let length = (await readFd(fd, buffer, 0, buffer.length, 0)).bytesRead;
  if (length === buffer.length) {
    const stats = await fstatFd(fd);
    if (stats.size > MAX_MANIFEST_BYTES) {
      throw new DiscoveryRefusal(
        "manifest_too_large",
        reportedPath,
        `the manifest is ${stats.size} bytes; the limit is ${MAX_MANIFEST_BYTES}`,
      );
    }
    const grown = Buffer.allocUnsafe(Math.max(stats.size, length) + 1);
    buffer.copy(grown, 0, 0, length);
    buffer = grown;
    for (;;) {
      const { bytesRead } = await readFd(fd, buffer, length, buffer.length - length, length);
      length += bytesRead;
      if (bytesRead === 0 || length === buffer.length) break;
    }
    if (length > MAX_MANIFEST_BYTES)
      throw new DiscoveryRefusal("manifest_too_large", reportedPath, `the manifest exceeds ${MAX_MANIFEST_BYTES} bytes`);
  }
  return buffer.toString("utf8", 0, length);
}

async function resolveNamedFile(
  pluginRoot: string,
  manifest: unknown,
  field: "entrypoint" | "readme",
  manifestPath: string,
): Promise<string | undefined> {
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) return undefined;
  const value = (manifest as Record<string, unknown>)[field];
  if (value === undefined) return undefined;
  const direct = await plainFileDirectlyInRoot(pluginRoot, value);
  if (direct) return direct;
  const resolved = await resolveInsidePluginRoot(pluginRoot, value, { rootIsReal: true });
  if (!resolved.ok) throw new DiscoveryRefusal(resolved.reason, manifestPath, `${field}: ${resolved.message}`);
  return resolved.realPath;
}

/** A name with no separator that lstat shows to be a plain file (no link) in a real root is its own real path. */
async function plainFileDirectlyInRoot(pluginRoot: string, value: unknown): Promise<string | null> {
  if (typeof value !== "string" || relativePathProblem(value) !== null || /[/\\]/.test(value) || value === ".") return null;
  const candidate = path.join(pluginRoot, value);
  const stats = await lstat(candidate).catch(() => null);
  return stats?.isFile() ? candidate : null;
}

/** Runs `work` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
