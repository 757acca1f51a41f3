// SPDX license expressions (SPDX 2.3 Annex D): ids from the official lists, `+`, `WITH` exception, `AND`/`OR`, parentheses.
import exceptionIds from "spdx-exceptions/index.json";
import deprecatedLicenseIds from "spdx-license-ids/deprecated.json";
import licenseIds from "spdx-license-ids/index.json";

const LICENSES = new Set<string>([...licenseIds, ...deprecatedLicenseIds]);
const EXCEPTIONS = new Set<string>(exceptionIds);
const LICENSE_REF = /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;
const MAX_TOKENS = 256;

/** True when `expression` is a valid SPDX license expression such as `MIT` or `(MIT OR Apache-2.0)`. */
export function isSpdxExpression(expression: string): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return false;
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];

  const simple = (): boolean => {
    const token = take();
    if (token === undefined) return false;
    if (LICENSE_REF.test(token)) return true;
    return LICENSES.has(token.endsWith("+") ? token.slice(0, -1) : token);
  };
  const factor = (): boolean => {
    if (peek() === "(") {
      take();
      if (!or()) return false;
      return take() === ")";
    }
    if (!simple()) return false;
    if (peek() !== "WITH") return true;
    take();
    return EXCEPTIONS.has(take() ?? "");
  };
  const and = (): boolean => {
    if (!factor()) return false;
    while (peek() === "AND") {
      take();
      if (!factor()) return false;
    }
    return true;
  };
  const or = (): boolean => {
    if (!and()) return false;
    while (peek() === "OR") {
      take();
      if (!and()) return false;
    }
    return true;
  };
  return or() && at === tokens.length;
}
