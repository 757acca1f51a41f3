import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRegistration } from "./plugin-registration";

const FIXTURES = join(__dirname, "../../../../../../contracts/fixtures/manifests");
const read = (path: string): unknown => JSON.parse(readFileSync(join(FIXTURES, path), "utf8"));
const expected = read("expected-issues.json") as Record<string, { code: string }>;

describe("checkRegistration with the shared manifest fixtures", () => {
  it.each(readdirSync(join(FIXTURES, "valid")))("accepts valid/%s", (file) => {
    const check = checkRegistration(read(`valid/${file}`), { kind: "remote" });
    expect(check).toMatchObject({ valid: true, descriptor: { origin: { kind: "remote" } } });
  });

  // Embedded event/data schemas are compiled (their patterns on RE2) only where `new Function` is allowed (Node), and the SPDX license lists
  // cannot be bundled by Angular's builder: the renderer's CSP-safe check skips both, and the server, the CLI and
  // the desktop installer, which run them, stay the authority.
  const nodeOnly = new Set(["invalid_embedded_schema", "unsupported_pattern", "invalid_license"]);
  const rendererCheckable = readdirSync(join(FIXTURES, "invalid")).filter(
    (file) => !nodeOnly.has(expected[file.replace(/\.json$/, "")].code),
  );

  it.each(rendererCheckable)("refuses invalid/%s with its expected issue code", (file) => {
    const check = checkRegistration(read(`invalid/${file}`), { kind: "remote" });
    expect(check.valid).toBe(false);
    if (check.valid) return;
    expect(check.issues.map((i) => i.code)).toContain(expected[file.replace(/\.json$/, "")].code);
  });
});
