// The one way the plugin-folder reader opens a file: regular files only (checked on the handle), the size cap enforced
// before a byte is read, and exactly the bytes the file holds.
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openRegularFile, readRegularFile, RegularFileError } from "./regular-file";

const dir = mkdtempSync(path.join(tmpdir(), "toju-regular-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer) => {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
};
const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "read",
    (error: unknown) => (error instanceof RegularFileError ? error.problem : `unexpected ${String(error)}`),
  );

it("reads exactly the bytes of a file, an empty one included", async () => {
  const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
  expect((await readRegularFile(file("big.bin", bytes), 1 << 20)).equals(bytes)).toBe(true);
  expect((await readRegularFile(file("empty.json", ""), 10)).length).toBe(0);
  expect((await readRegularFile(file("exact.json", "12345"), 5)).toString()).toBe("12345");
});

it("refuses a file over the cap before reading it, and names the problem of anything that is not a regular file", async () => {
  expect(await problemOf(readRegularFile(file("six.json", "123456"), 5))).toBe("too_large");
  expect(await problemOf(readRegularFile(path.join(dir, "absent.json"), 5))).toBe("missing");
  expect(await problemOf(readRegularFile(dir, 5))).toBe("not_regular");
  const fifo = path.join(dir, "pipe.json");
  execFileSync("mkfifo", [fifo]);
  expect(await problemOf(readRegularFile(fifo, 5))).toBe("not_regular");
  symlinkSync(file("target.json", "{}"), path.join(dir, "link.json"));
  expect(await problemOf(readRegularFile(path.join(dir, "link.json"), 5, { noFollow: true }))).toBe("is_link");
  expect((await readRegularFile(path.join(dir, "link.json"), 5)).toString()).toBe("{}");
});

it("takes the size from the open handle of each read, so a file that grew is capped by its new size", async () => {
  const growing = file("growing.json", "abc");
  const { handle, size } = await openRegularFile(growing);
  await handle.close();
  appendFileSync(growing, "x".repeat(100));
  expect(size).toBe(3);
  // A fresh read sees the new size, and the cap still holds.
  expect(await problemOf(readRegularFile(growing, 50))).toBe("too_large");
  expect((await readRegularFile(growing, 200)).length).toBe(103);
});
