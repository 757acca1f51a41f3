// `readLocalPluginFile`: serves a file only from the root of a plugin that discovery currently returns,
// resolved by realpath so no link or `..` leads out of it.
import { open } from "node:fs/promises";
import path from "node:path";
import { resolveInsidePluginRoot } from "@toju/contracts/paths/is-path-inside";
import type { LocalPluginFile, ReadLocalPluginFileRequest } from "@toju/generated/types/contract";
import { discoverLocalPlugins } from "../plugin-library";
import { IpcFailure } from "./ipc-error";

export const MAX_PLUGIN_FILE_BYTES = 32 * 1024 * 1024;

const MEDIA_TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".map": "application/json",
  ".md": "text/markdown",
  ".txt": "text/plain",
  ".html": "text/html",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

export function mediaTypeOf(filePath: string): string {
  return MEDIA_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

export async function readLocalPluginFile(pluginsPath: string, request: ReadLocalPluginFileRequest): Promise<LocalPluginFile> {
  const discovery = await discoverLocalPlugins(pluginsPath);
  const plugin = discovery.plugins.find((candidate) => candidate.pluginRoot === request.pluginRoot);
  if (!plugin) throw new IpcFailure("not_found", "no discovered local plugin has that root");
  const resolved = await resolveInsidePluginRoot(plugin.pluginRoot, request.path);
  if (!resolved.ok) {
    if (resolved.reason === "missing_file") throw new IpcFailure("not_found", `${request.path} does not exist in the plugin folder`);
    if (resolved.reason === "path_outside_root")
      throw new IpcFailure("path_outside_root", `${request.path} leads outside the plugin folder`);
    throw new IpcFailure("invalid_request", resolved.message, [{ path: "/path", message: resolved.message }]);
  }
  const handle = await open(resolved.realPath, "r").catch(() => {
    throw new IpcFailure("not_found", `${request.path} cannot be opened`);
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new IpcFailure("not_found", `${request.path} is not a file`);
    if (stats.size > MAX_PLUGIN_FILE_BYTES)
      throw new IpcFailure("quota_exceeded", `${request.path} is ${stats.size} bytes; the limit is ${MAX_PLUGIN_FILE_BYTES}`);
    const bytes = await handle.readFile();
    return {
      path: resolved.realPath,
      mediaType: mediaTypeOf(resolved.realPath),
      size: bytes.length,
      contentBase64: bytes.toString("base64"),
    };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
