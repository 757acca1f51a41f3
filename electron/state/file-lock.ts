// Serialises read-modify-write cycles on one state file within this process.
const tails = new Map<string, Promise<unknown>>();

export async function withFileLock<T>(filePath: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(filePath) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(filePath, tail);
  try {
    return await run;
  } finally {
    if (tails.get(filePath) === tail) tails.delete(filePath);
  }
}
