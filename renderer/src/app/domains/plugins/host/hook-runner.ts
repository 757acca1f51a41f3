// Calls one plugin hook (or loads its module) with a time limit, turning throws and hangs into values.

export type HookOutcome<T> = { ok: true; value: T } | { ok: false; timedOut: boolean; message: string };

/**
 * A late result of a hook that already timed out is ignored; the plugin is failed by then.
 * `call` may throw synchronously; that counts as a failure like a rejected promise.
 */
export async function runWithTimeout<T>(call: () => T | Promise<T>, timeoutMs: number, what: string): Promise<HookOutcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HookOutcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, timedOut: true, message: `${what} did not finish within ${timeoutMs} ms` }), timeoutMs);
  });
  const attempt = (async (): Promise<HookOutcome<T>> => {
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      return { ok: false, timedOut: false, message: `${what} threw: ${describeError(error)}` };
    }
  })();
  try {
    return await Promise.race([attempt, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  try {
    return typeof error === "string" ? error : (JSON.stringify(error) ?? String(error));
  } catch {
    return String(error);
  }
}
