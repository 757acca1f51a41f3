// Linear-time uniqueItems: the meaning of JSON Schema's keyword (deep equality, object key order ignored, 1 and "1"
// apart), ajv's error shape, and a per-value budget that refuses instead of working without bound.
import { createEmbeddedSchemaCompiler } from "./embedded-schema-compiler";
import { UNIQUE_ITEMS_BUDGET } from "./unique-items";

const compiler = createEmbeddedSchemaCompiler(16);
const unique = compiler.compile({ type: "array", uniqueItems: true, maxItems: 1000 });

describe("uniqueItems", () => {
  it.each([
    ["scalars of different types", [1, "1", true, "true", null, "null", 0, false], true],
    ["arrays that differ", [[1, 2], [2, 1], [1]], true],
    ["equal scalars", [1, 2, 1], false],
    [
      "equal arrays",
      [
        [1, [2]],
        [1, [2]],
      ],
      false,
    ],
    [
      "objects equal but for key order",
      [
        { a: 1, b: [2] },
        { b: [2], a: 1 },
      ],
      false,
    ],
    ["objects that differ in one nested value", [{ a: { b: 1 } }, { a: { b: 2 } }], true],
  ])("%s → %s", (_label, data, valid) => {
    expect(unique(data)).toBe(valid);
  });

  it("names the two equal items like ajv does", () => {
    expect(unique([{ x: 1 }, 2, { x: 1 }])).toBe(false);
    expect(unique.errors).toEqual([
      expect.objectContaining({
        keyword: "uniqueItems",
        params: { i: 2, j: 0 },
        message: "must NOT have duplicate items (items ## 0 and 2 are identical)",
      }),
    ]);
  });

  it("leaves an array over maxItems to maxItems (no comparison), and resets its budget for every value", () => {
    expect(unique(Array.from({ length: 15_000 }, () => [0]))).toBe(false);
    expect(unique.errors?.map((e) => e.keyword)).toEqual(["maxItems"]);
    const many = compiler.compile({ type: "array", items: { type: "array", uniqueItems: true, maxItems: 1000 } });
    const arrays = (count: number) => Array.from({ length: count }, () => Array.from({ length: 1000 }, (_, i) => [i]));
    expect(many(arrays(UNIQUE_ITEMS_BUDGET / 1000 + 1))).toBe(false);
    expect(many.errors?.[0].message).toContain("too many items to check for duplicates");
    expect(many(arrays(UNIQUE_ITEMS_BUDGET / 1000))).toBe(true);
  });
});
