// SPDX license expressions (SPDX 2.3 Annex D) through `spdx-expression-parse`, which checks ids against the official
// license and exception lists. Two rules are ours: operators are upper case (`MIT or X` is refused, as in SPDX 2.3),
// and at most 256 tokens, so a hostile manifest cannot recurse the parser deep.
import parseSpdxExpression from "spdx-expression-parse";

const MAX_TOKENS = 256;

/** True when `expression` is a valid SPDX license expression such as `MIT` or `(MIT OR Apache-2.0)`. */
export function isSpdxExpression(expression: string): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return false;
  if (tokens.some((token) => /^(and|or|with)$/i.test(token) && token !== token.toUpperCase())) return false;
  try {
    parseSpdxExpression(expression);
    return true;
  } catch {
    return false;
  }
}
