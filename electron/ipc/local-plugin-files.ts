// `readLocalPluginFile`: serves a file only from the root of a plugin that discovery returns, resolved by realpath so
// no link or `..` leads out of it, and only when it is a regular file (a FIFO or device is refused, never waited on).
import path from "node:path";
import { findDiscoveredPlugin } from "@toju/contracts/plugin-folder/discover-local-plugins";
import { resolveInsidePluginRoot } from "@toju/contracts/paths/is-path-inside";
import { readRegularFile, RegularFileError } from "@toju/contracts/plugin-folder/regular-file";
import type { LocalPluginFile, ReadLocalPluginFileRequest } from "@toju/generated/types/contract";
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
  const plugin = await findDiscoveredPlugin(pluginsPath, request.pluginRoot);
  if (!plugin) throw new IpcFailure("not_found", "no discovered local plugin has that root");
  const resolved = await resolveInsidePluginRoot(plugin.pluginRoot, request.path, { rootIsReal: true });
  if (!resolved.ok) {
    if (resolved.reason === "missing_file") throw new IpcFailure("not_found", `${request.path} does not exist in the plugin folder`);
    if (resolved.reason === "path_outside_root")
      throw new IpcFailure("path_outside_root", `${request.path} leads outside the plugin folder`);
    throw new IpcFailure("invalid_request", resolved.message, [{ path: "/path", message: resolved.message }]);
  }
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(resolved.realPath, MAX_PLUGIN_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof RegularFileError)) throw error;
    if (error.problem === "too_large") throw new IpcFailure("quota_exceeded", `${request.path} ${error.message}`);
    throw new IpcFailure("not_found", `${request.path} ${error.message}`);
  }
  return {
    path: resolved.realPath,
    mediaType: mediaTypeOf(resolved.realPath),
    size: bytes.length,
    contentBase64: bytes.toString("base64"),
  };
}
