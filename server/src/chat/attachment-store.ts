// Attachment files on disk: uploads are spooled to a temporary file in the attachments folder and renamed to a random
// name once their database row is written; the user's file name is never part of a path.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { open, rename, rm, type FileHandle } from "node:fs/promises";
import path from "node:path";

const SPOOL_PREFIX = ".incoming-";
/** A spool file this old was left by a crash (an upload of 8 MiB never takes this long), even if another process shares the folder. */
const STALE_SPOOL_MS = 60 * 60 * 1000;
const STORED_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export class AttachmentStore {
  /** Creates the folder and removes spool files a crash left behind. */
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    const staleBefore = Date.now() - STALE_SPOOL_MS;
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(SPOOL_PREFIX)) continue;
      const file = path.join(dir, name);
      if ((statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < staleBefore) rmSync(file, { force: true });
    }
  }

  /** A fresh temporary path in the folder (so the final rename never crosses file systems). */
  spoolPath(): string {
    return path.join(this.dir, `${SPOOL_PREFIX}${randomBytes(16).toString("base64url")}`);
  }

  newStoredName(): string {
    return randomBytes(24).toString("base64url");
  }

  /** Moves a spooled upload to its stored name. */
  async keep(spoolPath: string, storedName: string): Promise<void> {
    await rename(spoolPath, this.pathOf(storedName));
  }

  async discard(storedName: string): Promise<void> {
    await rm(this.pathOf(storedName), { force: true });
  }

  /** The stored file opened for reading, or undefined when it is gone. */
  async openStored(storedName: string): Promise<FileHandle | undefined> {
    try {
      return await open(this.pathOf(storedName), "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  private pathOf(storedName: string): string {
    if (!STORED_NAME.test(storedName)) throw new Error("not a stored attachment name");
    return path.join(this.dir, storedName);
  }
}
