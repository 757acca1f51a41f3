// Removes one state file; a file that is not there is no error.
import { rm, stat } from "node:fs/promises";

/** Whether a file was there to remove. */
export async function removeFile(file: string): Promise<boolean> {
  const existed = await stat(file).then(
    () => true,
    () => false,
  );
  await rm(file, { force: true });
  return existed;
}
