// The linear-time regular-expression engine embedded schemas run on: RE2 (the `re2` native addon). A pattern such as
// `^(a|a)*$` backtracks exponentially in JavaScript's engine; in RE2 it is matched in time linear in the input.
import { createRequire } from "node:module";
import isSafeRegex from "safe-regex2";

import type { RegExpEngine, RegExpLike } from "ajv/dist/types";

export type { RegExpEngine };

let cached: RegExpEngine | null | undefined;

/** RE2 where the addon is installed (every tier of this repository); undefined in a packaged CLI built without it. */
export function linearRegExpEngine(): RegExpEngine | undefined {
  if (cached === undefined) {
    try {
      const RE2 = createRequire(__filename)("re2") as RegExpEngine;
      // ajv names the engine in standalone code by `code`; embedded schemas are compiled at run time only.
      RE2.code ??= 'require("re2")';
      cached = RE2;
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}

/**
 * Why `pattern` cannot be used in an embedded schema, or null when it can: with RE2, a pattern RE2 cannot compile
 * (lookaround, backreferences); without it, a pattern that can backtrack catastrophically.
 */
export function patternProblem(pattern: string, engine: RegExpEngine | undefined): string | null {
  if (engine) {
    try {
      new (engine as unknown as new (pattern: string, flags: string) => RegExpLike)(pattern, "u");
      return null;
    } catch (error) {
      return `pattern ${JSON.stringify(pattern)} needs lookaround or backreferences, which the linear-time engine cannot run (${(error as Error).message})`;
    }
  }
  let safe: boolean;
  try {
    safe = isSafeRegex(pattern);
  } catch {
    safe = false;
  }
  return safe ? null : `pattern ${JSON.stringify(pattern)} may backtrack catastrophically (nested quantifiers); simplify it`;
}
