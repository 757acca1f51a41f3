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

  // Embedded event/data schemas are compiled only where `new Function` is allowed (Node); the renderer's
  // CSP-safe check cannot, and the server, which compiles them, stays the authority for them.
  const rendererCheckable = readdirSync(join(FIXTURES, "invalid")).filter(
    (file) => expected[file.replace(/\.json$/, "")].code !== "invalid_embedded_schema",
  );

  it.each(rendererCheckable)("refuses invalid/%s with its expected issue code", (file) => {
    const check = checkRegistration(read(`invalid/${file}`), { kind: "remote" });
    expect(check.valid).toBe(false);
    if (check.valid) return;
    expect(check.issues.map((i) => i.code)).toContain(expected[file.replace(/\.json$/, "")].code);
  });
});
