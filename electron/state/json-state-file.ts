// One JSON document of desktop state in one file: read under the file's lock (missing → the empty document, corrupt →
// quarantined and reported), written atomically. Each store names its document and how to check it.
import type { ContractValidator } from "@toju/generated/validators/index";
import { IpcFailure } from "../ipc/ipc-error";
import { type AtomicWriteHooks, readStateFile, writeFileAtomic } from "./atomic-file";
import { withFileLock } from "./file-lock";

export interface JsonStateFileOptions<T> {
  /** What the document is, for messages ("the disabled plugins file"). */
  what: string;
  validate: ContractValidator<T>;
  empty(): T;
  hooks?: AtomicWriteHooks;
}

export class JsonStateFile<T> {
  constructor(
    readonly filePath: string,
    private readonly options: JsonStateFileOptions<T>,
  ) {}

  read(): Promise<T> {
    return withFileLock(this.filePath, () => this.readUnlocked());
  }

  write(document: T): Promise<T> {
    return withFileLock(this.filePath, () => this.writeUnlocked(document));
  }

  /** A read-modify-write under the file's lock. */
  update(change: (current: T) => T | Promise<T>): Promise<T> {
    return withFileLock(this.filePath, async () => this.writeUnlocked(await change(await this.readUnlocked())));
  }

  private async readUnlocked(): Promise<T> {
    const read = await readStateFile<T>(this.filePath, (value) => (this.options.validate(value) ? null : "does not match its contract"));
    if (read.kind === "ok") return read.value;
    if (read.kind === "missing") return this.options.empty();
    throw new IpcFailure("state_corrupt", `${this.options.what} is corrupt (${read.reason}); it was moved to ${read.quarantinedPath}`, [
      { path: "", message: `quarantined: ${read.quarantinedPath}`.slice(0, 1024) },
    ]);
  }

  private async writeUnlocked(document: T): Promise<T> {
    await writeFileAtomic(this.filePath, `${JSON.stringify(document, null, 2)}\n`, this.options.hooks);
    return document;
  }
}
