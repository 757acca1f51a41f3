// Crash-safe state files: write a temp file, fsync, rename over the target, fsync the folder; a file that
// cannot be parsed is moved aside (quarantined) and reported, never silently replaced with empty state.
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";

/** Test seams: lets a spec stop a write between fsync and rename, as a crash would. */
export interface AtomicWriteHooks {
  beforeRename?(tempPath: string, targetPath: string): Promise<void>;
}

export async function writeFileAtomic(targetPath: string, contents: string, hooks: AtomicWriteHooks = {}): Promise<void> {
  const folder = path.dirname(targetPath);
  await mkdir(folder, { recursive: true });
  const tempPath = path.join(folder, `.${path.basename(targetPath)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(tempPath, "wx", 0o600);
  try {
    await handle.writeFile(contents, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await hooks.beforeRename?.(tempPath, targetPath);
    await rename(tempPath, targetPath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable; not every platform lets a folder be opened, hence best effort.
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows refuses to open folders; NTFS journals the rename anyway.
  }
}

export type StateFileRead<T> =
  { kind: "missing" } | { kind: "ok"; value: T } | { kind: "corrupt"; quarantinedPath: string; reason: string };

/**
 * Reads and parses a JSON state file; `accept` returns null for a valid document or the reason it is not.
 * A corrupt or truncated file is renamed to `<name>.corrupt-<timestamp>` so the next write cannot destroy it.
 */
export async function readStateFile<T>(filePath: string, accept: (value: unknown) => string | null): Promise<StateFileRead<T>> {
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    throw error;
  }
  let reason: string | null;
  let value: unknown;
  try {
    value = JSON.parse(text);
    reason = accept(value);
  } catch (error) {
    reason = `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (reason === null) return { kind: "ok", value: value as T };
  const quarantinedPath = `${filePath}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}`;
  await rename(filePath, quarantinedPath);
  return { kind: "corrupt", quarantinedPath, reason };
}
