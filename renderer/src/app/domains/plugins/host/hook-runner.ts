// Calls one plugin hook (or loads its module) with a time limit, turning throws and hangs into values.
import { describeError } from "@toju/contracts/errors/coded-error";

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
