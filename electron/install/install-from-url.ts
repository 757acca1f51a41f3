// installPluginFromUrl: downloads a manifest and the files it names from approved origins, verifies the module against
// `bundle.integrity`, and only then writes `<plugins>/<pluginId>/` in one rename, with a `source.json`. Any failure
// leaves the plugins folder as it was.
import { randomBytes } from "node:crypto";
import { mkdir, open, realpath, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { findDiscoveredPlugin } from "@toju/contracts/plugin-folder/discover-local-plugins";
import { verifyIntegrity } from "@toju/contracts/integrity/subresource-integrity";
import { validateManifest } from "@toju/contracts/manifest/validate-manifest";
import { MANIFEST_FILE_NAMES, MAX_MANIFEST_BYTES, parseManifestText } from "@toju/contracts/plugin-folder/manifest-text";
import { SOURCE_FILE_NAME } from "@toju/contracts/plugin-folder/install-source";
import { referencedPaths } from "@toju/contracts/plugin-folder/referenced-paths";
import type {
  InstallPluginFromUrlRequest,
  InstallPluginResult,
  PluginInstallSource,
  TojuPluginManifest,
} from "@toju/generated/types/contract";
import { IpcFailure } from "../ipc/ipc-error";
import { downloadCapped } from "./capped-download";

export const MAX_MODULE_BYTES = 5 * 1024 * 1024;
export const MAX_INSTALL_BYTES = 10 * 1024 * 1024;
export const DOWNLOAD_TIMEOUT_MS = 20_000;
/** Where a remote bundle's module is written when the manifest names no `entrypoint`. */
const BUNDLE_MODULE_FILE = "bundle.js";

export interface InstallerOptions {
  pluginsPath: string;
  /** A folder on the same file system as `pluginsPath`, for staging. */
  stagingPath: string;
  approvedOrigins(): Promise<readonly string[]>;
  timeoutMs?: number;
}

interface StagedFile {
  relativePath: string;
  bytes: Buffer;
}

export async function installPluginFromUrl(request: InstallPluginFromUrlRequest, options: InstallerOptions): Promise<InstallPluginResult> {
  const approved = new Set(await options.approvedOrigins());
  const limits = (maxBytes: number) => ({ maxBytes, timeoutMs: options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS });
  const requireApproved = (url: URL, what: string) => {
    if (!approved.has(url.origin))
      throw new IpcFailure("origin_not_approved", `${what} is on ${url.origin}, which you have not allowed plugins to be installed from`);
  };
  const manifestUrl = new URL(request.url);
  requireApproved(manifestUrl, "the manifest");

  const { bytes: manifestBytes, url: manifestLocation } = await downloadCapped(manifestUrl.href, limits(MAX_MANIFEST_BYTES), "manifest");
  const manifest = checkedManifest(manifestBytes, request.expectedPluginId);
  const files: StagedFile[] = [{ relativePath: MANIFEST_FILE_NAMES[0], bytes: manifestBytes }];
  const source: PluginInstallSource = { url: manifestUrl.href, origin: manifestUrl.origin, installedAt: new Date().toISOString() };

  if (manifest.bundle) {
    const moduleUrl = new URL(manifest.bundle.entrypointUrl ?? manifest.bundle.url);
    requireApproved(moduleUrl, "the plugin's code");
    const { bytes } = await downloadCapped(moduleUrl.href, limits(MAX_MODULE_BYTES), "module");
    if (manifest.bundle.integrity) {
      const verdict = await verifyIntegrity(bytes, manifest.bundle.integrity);
      if (!verdict.ok)
        throw new IpcFailure(
          "integrity_mismatch",
          `the plugin's code from ${moduleUrl.href} failed its integrity check: ${verdict.message}`,
        );
    }
    const relativePath = manifest.entrypoint ?? BUNDLE_MODULE_FILE;
    if (!manifest.entrypoint) source.entrypoint = BUNDLE_MODULE_FILE;
    files.push({ relativePath, bytes });
  }
  let total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  for (const ref of referencedPaths(manifest)) {
    const relativePath = ref.value as string;
    if (files.some((file) => file.relativePath === relativePath)) continue;
    const fileUrl = new URL(relativePath, manifestLocation);
    requireApproved(fileUrl, relativePath);
    const { bytes } = await downloadCapped(fileUrl.href, limits(MAX_MODULE_BYTES), relativePath);
    total += bytes.length;
    if (total > MAX_INSTALL_BYTES) throw new IpcFailure("download_failed", `the plugin's files exceed ${MAX_INSTALL_BYTES} bytes in all`);
    files.push({ relativePath, bytes });
  }
  files.push({ relativePath: SOURCE_FILE_NAME, bytes: Buffer.from(`${JSON.stringify(source, null, 2)}\n`) });

  const updated = await writePluginFolder(manifest.id, files, options);
  const plugin = await findDiscoveredPlugin(options.pluginsPath, path.join(await realpath(options.pluginsPath), manifest.id));
  if (!plugin)
    throw new IpcFailure("invalid_manifest", `the installed plugin ${manifest.id} is refused by discovery; see the plugins list`);
  return { plugin, updated };
}

function checkedManifest(bytes: Buffer, expectedPluginId: string | undefined): TojuPluginManifest {
  const parsed = parseManifestText(bytes);
  if (!parsed.ok) throw new IpcFailure("invalid_manifest", parsed.message);
  const result = validateManifest(parsed.manifest);
  if (!result.valid) {
    const details = result.issues
      .slice(0, 50)
      .map((issue) => ({ path: issue.path, message: `${issue.code}: ${issue.message}`.slice(0, 1024) }));
    throw new IpcFailure("invalid_manifest", `the downloaded manifest is invalid (${result.issues.length} issue(s))`, details);
  }
  const manifest = parsed.manifest as TojuPluginManifest;
  if (expectedPluginId !== undefined && manifest.id !== expectedPluginId) {
    throw new IpcFailure("invalid_manifest", `the manifest is for plugin '${manifest.id}', not '${expectedPluginId}'`);
  }
  return manifest;
}

/** Stages every file, then swaps the folder in with renames; returns whether an earlier installation was replaced. */
async function writePluginFolder(pluginId: string, files: readonly StagedFile[], options: InstallerOptions): Promise<boolean> {
  const target = path.join(options.pluginsPath, pluginId);
  const existing = await stat(target).then(
    (stats) => stats,
    () => null,
  );
  if (existing && !(await stat(path.join(target, SOURCE_FILE_NAME)).catch(() => null))) {
    throw new IpcFailure("invalid_request", `a plugin folder named ${pluginId} exists that was not installed from a URL; remove it first`);
  }
  await mkdir(options.stagingPath, { recursive: true });
  await mkdir(options.pluginsPath, { recursive: true });
  const staged = path.join(options.stagingPath, `${pluginId}.${randomBytes(6).toString("hex")}`);
  try {
    for (const file of files) await writeDurably(staged, file);
    let previous: string | null = null;
    if (existing) {
      previous = `${staged}.previous`;
      await rename(target, previous);
    }
    await rename(staged, target);
    if (previous) await rm(previous, { recursive: true, force: true });
    return existing !== null;
  } finally {
    await rm(staged, { recursive: true, force: true });
  }
}

async function writeDurably(root: string, file: StagedFile): Promise<void> {
  const target = path.join(root, file.relativePath);
  if (path.relative(root, target).startsWith(".."))
    throw new IpcFailure("invalid_manifest", `${file.relativePath} leaves the plugin folder`);
  await mkdir(path.dirname(target), { recursive: true });
  const handle = await open(target, "wx", 0o644);
  try {
    await handle.writeFile(file.bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
