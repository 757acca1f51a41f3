// Attachment files on disk: stored names only, spool files of a crash cleaned up, other processes' spools left alone.
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AttachmentStore } from "./attachment-store";

describe("AttachmentStore", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "toju-attachments-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("removes spool files older than an hour when it opens, and keeps recent ones and stored files", () => {
    const old = path.join(dir, ".incoming-old");
    const recent = path.join(dir, ".incoming-recent");
    const stored = path.join(dir, "storedName");
    for (const file of [old, recent, stored]) writeFileSync(file, "x");
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    utimesSync(stored, twoHoursAgo, twoHoursAgo);
    new AttachmentStore(dir);
    expect(readdirSync(dir).sort()).toEqual([".incoming-recent", "storedName"]);
  });

  it("moves a spool file to its stored name, opens it, and refuses a name that could be a path", async () => {
    const store = new AttachmentStore(path.join(dir, "nested"));
    const spool = store.spoolPath();
    expect(path.dirname(spool)).toBe(store.dir);
    writeFileSync(spool, "bytes");
    const name = store.newStoredName();
    await store.keep(spool, name);
    expect(existsSync(spool)).toBe(false);
    const file = await store.openStored(name);
    expect((await file!.readFile()).toString()).toBe("bytes");
    await file!.close();
    expect(await store.openStored("missing")).toBeUndefined();
    await expect(store.openStored("../escape")).rejects.toThrow("not a stored attachment name");
    await store.discard(name);
    expect(await store.openStored(name)).toBeUndefined();
  });
});
