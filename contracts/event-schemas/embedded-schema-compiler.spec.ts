// Embedded schemas run their patterns on RE2: a pattern that backtracks exponentially in JavaScript is accepted and
// matched linearly, one RE2 cannot run is refused with its pointer, and uniqueItems needs a small maxItems.
import { checkEmbeddedSchemaShape } from "./embedded-schema";
import { createEmbeddedSchemaCompiler } from "./embedded-schema-compiler";
import { linearRegExpEngine, patternProblem } from "./linear-regexp";

const compiler = createEmbeddedSchemaCompiler();

describe("patterns on the linear-time engine", () => {
  it("is RE2 in every tier of this repository", () => {
    expect(linearRegExpEngine()).toBeDefined();
  });

  it.each([
    ["a pattern", { type: "string", pattern: "^(a|a)*$" }, "a".repeat(100_000) + "!", false],
    [
      "patternProperties",
      { type: "object", patternProperties: { "^(a+)+$": { type: "integer" } } },
      { ["a".repeat(5000) + "!"]: "x" },
      true,
    ],
    ["patternProperties", { type: "object", patternProperties: { "^(a+)+$": { type: "integer" } } }, { aaaa: "x" }, false],
    ["propertyNames", { type: "object", propertyNames: { pattern: "^(a|a)*$" } }, { ["a".repeat(5000) + "!"]: 1 }, false],
  ])("accepts %s that would backtrack in JavaScript, and judges a hostile value correctly", (_label, schema, value, valid) => {
    expect(compiler(schema)).toEqual([]);
    expect(compiler.compile(schema)(value)).toBe(valid);
  });

  it.each([
    ["lookahead", "^(?=a)a$", "/pattern"],
    ["negative lookahead", "^(?!admin).*$", "/pattern"],
    ["a backreference", "^(a)\\1$", "/pattern"],
  ])("refuses %s with unsupported_pattern at its pointer", (_label, pattern, path) => {
    expect(compiler({ type: "string", pattern })).toEqual([expect.objectContaining({ code: "unsupported_pattern", path })]);
  });

  it("refuses a patternProperties key RE2 cannot run, at that key", () => {
    expect(compiler({ type: "object", patternProperties: { "(?<=x)y": {} } })).toEqual([
      expect.objectContaining({ code: "unsupported_pattern", path: "/patternProperties/(?<=x)y" }),
    ]);
  });

  it("without the engine (a packaged CLI built without the addon) refuses what can backtrack catastrophically", () => {
    expect(patternProblem("^(a+)+$", undefined)).toMatch(/catastrophically/);
    expect(patternProblem("^[a-z]+$", undefined)).toBeNull();
  });
});

describe("uniqueItems", () => {
  it("is accepted with maxItems of at most 1,000 and refused otherwise", () => {
    expect(checkEmbeddedSchemaShape({ type: "array", uniqueItems: true, maxItems: 1000 })).toEqual([]);
    expect(checkEmbeddedSchemaShape({ type: "array", uniqueItems: true })).toEqual([
      expect.objectContaining({ code: "unbounded_unique_items", path: "/uniqueItems" }),
    ]);
    expect(checkEmbeddedSchemaShape({ type: "object", properties: { tags: { uniqueItems: true, maxItems: 1001 } } })).toEqual([
      expect.objectContaining({ code: "unbounded_unique_items", path: "/properties/tags/uniqueItems" }),
    ]);
    expect(checkEmbeddedSchemaShape({ type: "array", uniqueItems: false })).toEqual([]);
  });
});
