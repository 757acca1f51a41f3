// Waits for a value that settles a little after the page shows a change (a file the desktop tier writes, a console
// line): the value once it equals `expected`, else the last one read within 5 s, so the test's own assertion reports
// what was there.

export async function eventuallyEqual<T>(read: () => T, expected: T): Promise<T | undefined> {
  const attempt = () => {
    try {
      return read();
    } catch {
      return undefined; // not written yet
    }
  };
  let value = attempt();
  for (let tries = 0; tries < 50 && JSON.stringify(value) !== JSON.stringify(expected); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = attempt();
  }
  return value;
}
