// Opens only regular files, checked on the open handle: a FIFO, socket or device named like a plugin file is refused
// instead of blocking a thread-pool thread forever, and the size is known before anything is read.
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";

// O_NONBLOCK keeps open() of a FIFO from waiting for a writer; Windows has neither flag.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const NO_FOLLOW = (constants.O_NOFOLLOW as number | undefined) ?? 0;

export type RegularFileProblem = "missing" | "is_link" | "not_regular" | "too_large" | "unreadable";

export class RegularFileError extends Error {
  override readonly name = "RegularFileError";
  constructor(
    readonly problem: RegularFileProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface OpenOptions {
  /** Refuse a symbolic link at the last path segment (`is_link`), so the caller can resolve it itself. */
  noFollow?: boolean;
}

/** Opens `file` for reading; rejects with `RegularFileError` unless it is a regular file. */
export async function openRegularFile(file: string, options: OpenOptions = {}): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(file, READ_FLAGS | (options.noFollow ? NO_FOLLOW : 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new RegularFileError("missing", "does not exist");
    if (code === "ELOOP") throw new RegularFileError("is_link", "is a symbolic link");
    throw new RegularFileError("unreadable", `cannot be opened (${code ?? "error"})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile())
      throw new RegularFileError("not_regular", stats.isDirectory() ? "is a folder, not a file" : "is not a regular file");
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error instanceof RegularFileError ? error : new RegularFileError("unreadable", "cannot be read");
  }
}

/** Reads a whole regular file of at most `maxBytes`; larger files are refused before a byte is read. */
export async function readRegularFile(file: string, maxBytes: number, options: OpenOptions = {}): Promise<Buffer> {
  const { handle, size } = await openRegularFile(file, options);
  try {
    if (size > maxBytes) throw new RegularFileError("too_large", `is ${size} bytes; the limit is ${maxBytes}`);
    return await readCapped(handle, size, maxBytes);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Reads the `expected` bytes its stat announced (one read for a small file, like `readFile`), never more than
 * `maxBytes + 1`: a file that grew after its stat is read as it was, and one that shrank ends at its end.
 */
async function readCapped(handle: FileHandle, expected: number, maxBytes: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(Math.min(expected, maxBytes + 1));
  let length = 0;
  while (length < buffer.length) {
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(buffer, length, buffer.length - length, length));
    } catch {
      throw new RegularFileError("unreadable", "cannot be read");
    }
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > maxBytes) throw new RegularFileError("too_large", `exceeds ${maxBytes} bytes`);
  return buffer.subarray(0, length);
}
