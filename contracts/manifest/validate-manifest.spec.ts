// The fixture corpus against validateManifest and the generated schema validator, plus hostile inputs.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateTojuPluginManifest } from "../../generated/validators";
import { validateManifest } from "./validate-manifest";
import { validateManifestWith } from "./validate-manifest-core";

const fixtures = path.join(__dirname, "..", "fixtures", "manifests");
const expected: Record<string, { code: string; path: string; schemaRejects: boolean }> = JSON.parse(
  readFileSync(path.join(fixtures, "invalid", "..", "expected-issues.json"), "utf8"),
);
const load = (dir: string, name: string): unknown => JSON.parse(readFileSync(path.join(fixtures, dir, name), "utf8"));
const validNames = readdirSync(path.join(fixtures, "valid")).filter((n) => n.endsWith(".json"));
const invalidNames = Object.keys(expected);

describe("fixture corpus", () => {
  it("has at least 40 invalid manifests, each on disk, and several valid ones", () => {
    expect(invalidNames.length).toBeGreaterThanOrEqual(40);
    expect(validNames.length).toBeGreaterThanOrEqual(5);
    const onDisk = readdirSync(path.join(fixtures, "invalid"))
      .map((n) => n.replace(/\.json$/, ""))
      .sort();
    expect(onDisk).toEqual([...invalidNames].sort());
  });

  it.each(validNames)("accepts valid/%s with no issue", (name) => {
    const manifest = load("valid", name);
    expect(validateManifest(manifest)).toEqual({ valid: true, issues: [] });
    expect(validateTojuPluginManifest(manifest)).toBe(true);
  });

  it.each(invalidNames)("rejects invalid/%s with the expected code at the expected pointer", (name) => {
    const { code, path: pointer, schemaRejects } = expected[name];
    const result = validateManifest(load("invalid", `${name}.json`));
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ code, path: pointer }));
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
    expect(validateTojuPluginManifest(load("invalid", `${name}.json`))).toBe(!schemaRejects);
  });
});

describe("validateManifest details", () => {
  const minimal = load("valid", "minimal-client.json") as Record<string, unknown>;

  it("reports every broken rule at once, not only the first", () => {
    const result = validateManifest({ ...minimal, id: "X", kind: "widget", extra: true, capabilities: ["ui.pages", "ui.pages"] });
    expect(result.issues.map((i) => i.code).sort()).toEqual([
      "duplicate_capability",
      "invalid_format",
      "not_allowed_value",
      "unknown_property",
    ]);
  });

  it("does not report a value twice when the schema already rejected it", () => {
    const result = validateManifest({ ...minimal, version: "one" });
    expect(result.issues.filter((i) => i.path === "/version")).toHaveLength(1);
  });

  it("explains patterns in words instead of printing the regular expression", () => {
    const [issue] = validateManifest({ ...minimal, id: "Bad Id" }).issues;
    expect(issue.message).toMatch(/^must be plugin identifier: lower-case letters/);
  });

  it("without a compiler (the renderer's no-eval CSP) still checks size and $ref but leaves compilation to the server", () => {
    const events = [{ eventName: "dice.rolled", direction: "clientToServer", scope: "server", schema: { type: "objekt" } }];
    const manifest = { ...minimal, capabilities: ["events.server.publish"], events };
    expect(validateManifestWith(manifest).valid).toBe(true);
    expect(validateManifest(manifest).valid).toBe(false);
    const remote = { ...manifest, events: [{ ...events[0], schema: { $ref: "https://evil.example.com/x.json" } }] };
    expect(validateManifestWith(remote).issues).toContainEqual(
      expect.objectContaining({ code: "non_local_ref", path: "/events/0/schema/$ref" }),
    );
  });

  it("caps the issue list and says how many were left out", () => {
    const capabilities = Array.from({ length: 500 }, () => "not.a.capability");
    const result = validateManifest({ ...minimal, capabilities });
    expect(result.issues.length).toBeLessThanOrEqual(101);
    expect(result.issues.at(-1)).toMatchObject({ code: "too_many_issues" });
  });
});

describe("hostile input never throws", () => {
  const minimal = load("valid", "minimal-client.json") as Record<string, unknown>;
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 200_000; i++) deep = (deep.a = {}) as Record<string, unknown>;
  const hostile: [string, unknown][] = [
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["a string", "toju-plugin.json"],
    ["an array", [minimal]],
    ["a function", () => minimal],
    ["a prototype-free object", Object.assign(Object.create(null), minimal, { extra: 1 })],
    ["__proto__ keys from JSON", JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}')],
    ["100,000 capabilities", { ...minimal, capabilities: Array(100_000).fill("ui.pages") }],
    ["200,000-deep settings", { ...minimal, settings: { type: "object", root } }],
    ["200,000-deep unknown property", { ...minimal, junk: root }],
    ["a 10 MB description", { ...minimal, description: "x".repeat(10_000_000) }],
    [
      "a throwing proxy",
      new Proxy(
        {},
        {
          get() {
            throw new Error("boom");
          },
          ownKeys() {
            throw new Error("boom");
          },
        },
      ),
    ],
  ];

  it.each(hostile)("returns issues for %s", (_label, input) => {
    const result = validateManifest(input);
    expect(result.valid).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
