// The grants document is read only through the contract validator, and anything off-contract is corrupt.
import { checkGrantsDocument, newestChange, parseGrantsText } from "./capability-grants-document";

const at = "2026-01-01T00:00:00.000Z";

describe("parseGrantsText", () => {
  it("treats nothing stored as missing", () => {
    expect(parseGrantsText(null)).toEqual({ kind: "missing" });
  });

  it("reads a valid document", () => {
    const document = { schemaVersion: 1, grants: [{ pluginId: "dice-roller", capabilities: ["ui.pages"], updatedAt: at }] };
    expect(parseGrantsText(JSON.stringify(document))).toEqual({ kind: "ok", document });
  });

  it.each([
    ["text that is not JSON", "{"],
    ["another schema version", JSON.stringify({ schemaVersion: 2, grants: [] })],
    [
      "an unknown capability",
      JSON.stringify({ schemaVersion: 1, grants: [{ pluginId: "dice-roller", capabilities: ["everything"], updatedAt: at }] }),
    ],
    ["an extra property", JSON.stringify({ schemaVersion: 1, grants: [], admin: true })],
    [
      "a __proto__ plugin id",
      JSON.stringify({ schemaVersion: 1, grants: [{ pluginId: "__proto__", capabilities: ["ui.pages"], updatedAt: at }] }),
    ],
    ["a __proto__ key", '{"schemaVersion":1,"grants":[],"__proto__":{"polluted":true}}'],
    [
      "a bad timestamp",
      JSON.stringify({ schemaVersion: 1, grants: [{ pluginId: "dice-roller", capabilities: [], updatedAt: "yesterday" }] }),
    ],
    ["a null", "null"],
  ])("reports %s as corrupt", (_, text) => {
    expect(parseGrantsText(text)).toMatchObject({ kind: "corrupt", reason: expect.any(String) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("checkGrantsDocument", () => {
  it("refuses two entries for one plugin rather than merging them", () => {
    const grant = { pluginId: "dice-roller", capabilities: ["ui.pages"], updatedAt: at };
    const read = checkGrantsDocument({ schemaVersion: 1, grants: [grant, { ...grant, capabilities: ["messages.send"] }] });
    expect(read).toEqual({ kind: "corrupt", reason: "plugin dice-roller has more than one grant entry" });
  });

  it("folds repeated capabilities and origins, which cannot widen anything", () => {
    const read = checkGrantsDocument({
      schemaVersion: 1,
      grants: [
        {
          pluginId: "dice-roller",
          capabilities: ["ui.pages", "ui.pages"],
          approvedOrigins: ["https://a.example", "https://a.example"],
          updatedAt: at,
        },
      ],
    });
    expect(read).toEqual({
      kind: "ok",
      document: {
        schemaVersion: 1,
        grants: [{ pluginId: "dice-roller", capabilities: ["ui.pages"], approvedOrigins: ["https://a.example"], updatedAt: at }],
      },
    });
  });
});

describe("newestChange", () => {
  it("is the latest updatedAt, or -Infinity for an empty document", () => {
    expect(newestChange({ schemaVersion: 1, grants: [] })).toBe(-Infinity);
    const grants = [
      { pluginId: "a-plugin", capabilities: [], updatedAt: "2026-01-02T00:00:00Z" },
      { pluginId: "b-plugin", capabilities: [], updatedAt: "2026-01-03T00:00:00+02:00" },
    ];
    expect(newestChange({ schemaVersion: 1, grants })).toBe(Date.parse("2026-01-02T22:00:00Z"));
  });
});
