// Values are plain JSON of bounded size; the checked copy is what travels on.
import { MAX_JSON_VALUE_BYTES, toJsonValue } from "./plugin-json-value";

class Point {
  constructor(readonly x: number) {}
}

describe("toJsonValue", () => {
  it("copies plain JSON values", () => {
    const value = { a: [1, "two", true, null, { b: -0.5 }], "": "empty key" };
    const checked = toJsonValue(value);
    expect(checked).toEqual({ ok: true, value, json: JSON.stringify(value), bytes: JSON.stringify(value).length });
    expect(checked.ok && checked.value).not.toBe(value);
  });

  it("allows the same object twice when it is not a cycle", () => {
    const shared = { n: 1 };
    expect(toJsonValue([shared, shared])).toMatchObject({ ok: true, value: [{ n: 1 }, { n: 1 }] });
  });

  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  let deep: unknown = 0;
  for (let level = 0; level < 10_000; level++) deep = [deep];
  const throwingGetter = Object.defineProperty({}, "boom", {
    enumerable: true,
    get: () => {
      throw new Error("getter");
    },
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  it.each([
    ["undefined", undefined],
    ["a function", () => 1],
    ["a symbol", Symbol("s")],
    ["a bigint", BigInt(1)],
    ["NaN", NaN],
    ["Infinity", { n: Infinity }],
    ["an undefined property", { a: undefined }],
    // The hole is the point: JSON would turn it into null.
    // eslint-disable-next-line no-sparse-arrays
    ["an array hole", [1, , 3]],
    ["a Date", new Date(0)],
    ["a Map", new Map([["a", 1]])],
    ["a class instance", new Point(1)],
    ["a toJSON method", { toJSON: () => "sneaky" }],
    ["a cycle", cyclic],
    ["10,000 levels of nesting", deep],
    ["a getter that throws", throwingGetter],
    ["a revoked proxy", revoked.proxy],
  ])("refuses %s as not serialisable", (_, value) => {
    expect(toJsonValue(value)).toMatchObject({ ok: false, code: "value_not_serializable", message: expect.any(String) });
  });

  it("measures UTF-8 bytes and allows exactly 1 MiB", () => {
    expect(toJsonValue("x".repeat(MAX_JSON_VALUE_BYTES - 2))).toMatchObject({ ok: true, bytes: MAX_JSON_VALUE_BYTES });
    expect(toJsonValue("x".repeat(MAX_JSON_VALUE_BYTES - 1))).toMatchObject({ ok: false, code: "value_too_large" });
    expect(toJsonValue("é".repeat((MAX_JSON_VALUE_BYTES - 2) / 2))).toMatchObject({ ok: true, bytes: MAX_JSON_VALUE_BYTES });
    expect(toJsonValue("é".repeat(MAX_JSON_VALUE_BYTES / 2))).toMatchObject({ ok: false, code: "value_too_large" });
  });

  it("stops huge values early, whatever their shape", () => {
    expect(toJsonValue("x".repeat(64 * MAX_JSON_VALUE_BYTES))).toMatchObject({ ok: false, code: "value_too_large" });
    expect(toJsonValue(new Array(2_000_000).fill(0))).toMatchObject({ ok: false, code: "value_too_large" });
    let blowup: unknown = { leaf: "x".repeat(100) };
    for (let level = 0; level < 40; level++) blowup = { left: blowup, right: blowup };
    expect(toJsonValue(blowup)).toMatchObject({ ok: false, code: "value_too_large" });
  });

  it("keeps a __proto__ key as data without touching any prototype", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    const checked = toJsonValue(hostile);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(Object.getPrototypeOf(checked.value)).toBe(Object.prototype);
    expect(Object.keys(checked.value as object)).toEqual(["__proto__", "constructor"]);
    expect(checked.json).toBe('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps refusal messages short even when a key is long", () => {
    const checked = toJsonValue({ ["k".repeat(100_000)]: () => 1 });
    expect(checked).toMatchObject({ ok: false, code: "value_not_serializable" });
    expect(!checked.ok && checked.message.length).toBeLessThanOrEqual(301);
  });

  it("accepts objects without a prototype", () => {
    const bare = Object.assign(Object.create(null), { a: 1 });
    expect(toJsonValue(bare)).toMatchObject({ ok: true, value: { a: 1 } });
  });
});
